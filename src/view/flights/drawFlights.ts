import { isNetworkTask, type NetworkTask, type SimState } from '../../engine'
import { keyColor } from '../cluster/keyColor'
import { center, leftMiddle, rightMiddle, type AnchorBox } from './anchors'
import { alongArc, progress, type Point } from './geometry'

/** Past this many messages in the air, flights are drawn as plain dots (no labels): readable and cheap. */
const LABEL_LIMIT = 120

function slotOrBroker(anchors: Map<string, AnchorBox>, topic: string, partition: number, broker: number): AnchorBox | undefined {
  return anchors.get(`slot:${topic}:${partition}:${broker}`) ?? anchors.get(`broker:${broker}`)
}

function pill(ctx: CanvasRenderingContext2D, at: Point, text: string, fill: string, ink: string): void {
  ctx.font = '600 11px system-ui, sans-serif'
  const w = Math.ceil(ctx.measureText(text).width) + 14
  const h = 20
  ctx.beginPath()
  ctx.roundRect(at.x - w / 2, at.y - h / 2, w, h, 10)
  ctx.fillStyle = fill
  ctx.fill()
  ctx.lineWidth = 1.5
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.35)'
  ctx.stroke()
  ctx.fillStyle = ink
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, at.x, at.y + 0.5)
}

function dot(ctx: CanvasRenderingContext2D, at: Point, r: number, fill: string): void {
  ctx.beginPath()
  ctx.arc(at.x, at.y, r, 0, Math.PI * 2)
  ctx.fillStyle = fill
  ctx.fill()
}

type Route = { from: Point; to: Point }

function routeOf(task: NetworkTask, anchors: Map<string, AnchorBox>): Route | undefined {
  switch (task.kind) {
    case 'produceRequest': {
      const p = anchors.get(`producer:${task.producerId}`)
      const b = slotOrBroker(anchors, task.topic, task.partition, task.brokerId)
      return p && b ? { from: rightMiddle(p), to: center(b) } : undefined
    }
    case 'produceResponse': {
      const b = slotOrBroker(anchors, task.topic, task.partition, task.brokerId)
      const p = anchors.get(`producer:${task.producerId}`)
      return p && b ? { from: center(b), to: rightMiddle(p) } : undefined
    }
    case 'fetchResponse': {
      const l = anchors.get(`slot:${task.topic}:${task.partition}:${task.leader}`)
      const f = anchors.get(`slot:${task.topic}:${task.partition}:${task.follower}`)
      return l && f ? { from: center(l), to: center(f) } : undefined
    }
    case 'metadataResponse': {
      const b = anchors.get(`broker:${task.brokerId}`)
      const p = anchors.get(`producer:${task.producerId}`)
      return b && p ? { from: leftMiddle(b), to: rightMiddle(p) } : undefined
    }
    case 'consumerFetchResponse': {
      const l = anchors.get(`slot:${task.topic}:${task.partition}:${task.leader}`)
      const m = anchors.get(`member:${task.memberId}`)
      return l && m ? { from: center(l), to: leftMiddle(m) } : undefined
    }
    case 'offsetCommit': {
      const m = anchors.get(`member:${task.memberId}`)
      const b = task.coordinator === null ? undefined : anchors.get(`broker:${task.coordinator}`)
      return m && b ? { from: leftMiddle(m), to: { x: b.right - 60, y: b.top + 14 } } : undefined
    }
    case 'fetchRequest':
      return undefined
  }
}

/** What one frame drew: messages on the wire, and the records they carry (produce requests, fetch responses). */
export type FlightsDrawn = { messages: number; records: number }

/** Draws every message on the wire at the simulated instant `state.timeMs`. */
export function drawFlights(ctx: CanvasRenderingContext2D, state: SimState, anchors: Map<string, AnchorBox>): FlightsDrawn {
  const now = state.timeMs
  const flights = state.queue.filter(isNetworkTask)
  const labels = flights.length <= LABEL_LIMIT
  let drawn = 0
  let records = 0
  for (const task of flights) {
    const route = routeOf(task, anchors)
    if (!route) continue
    const at = alongArc(route.from, route.to, progress(task.sentAt, task.at, now))
    drawn++
    switch (task.kind) {
      case 'produceRequest': {
        records += task.recordCount
        const first = task.records[0]
        const key = first?.key ?? null
        if (!labels) {
          dot(ctx, at, 4, keyColor(key))
          break
        }
        const what = task.recordCount > 1 ? `×${task.recordCount}` : (key ?? '∅')
        pill(ctx, at, `${what} → p${task.partition} · ${(first?.format ?? 'text').toUpperCase()}`, keyColor(key, true), '#0f172a')
        break
      }
      case 'produceResponse':
        if (task.error === null) {
          if (labels) pill(ctx, at, `✓ ${task.baseOffset}`, '#dcfce7', '#166534')
          else dot(ctx, at, 3, '#16a34a')
        } else if (labels) pill(ctx, at, `✕ ${task.error}`, '#fee2e2', '#991b1b')
        else dot(ctx, at, 3, '#dc2626')
        break
      case 'fetchResponse':
        if (labels && task.toOffset > task.fromOffset) pill(ctx, at, `${task.fromOffset}…${task.toOffset - 1}`, '#dbeafe', '#1e3a8a')
        else dot(ctx, at, 3, '#3b82f6')
        break
      case 'metadataResponse':
        if (labels) pill(ctx, at, 'metadata', '#ede9fe', '#5b21b6')
        else dot(ctx, at, 3, '#7c3aed')
        break
      case 'consumerFetchResponse': {
        records += task.records.length
        const first = task.records[0]
        if (labels && first) pill(ctx, at, task.records.length > 1 ? `p${task.partition} ${first.offset}…${first.offset + task.records.length - 1}` : `p${task.partition} ${first.offset}`, '#ccfbf1', '#115e59')
        else dot(ctx, at, 3, '#0d9488')
        break
      }
      case 'offsetCommit':
        if (labels) pill(ctx, at, `commit ${Object.entries(task.offsets).map(([p, o]) => `p${p}:${o}`).join(' ')}`, '#fef9c3', '#713f12')
        else dot(ctx, at, 3, '#ca8a04')
        break
      case 'fetchRequest':
        break
    }
  }
  return { messages: drawn, records }
}
