import type { NetworkTask } from '../../engine'
import { center, leftMiddle, rightMiddle, type AnchorBox } from './anchors'
import type { Point } from './geometry'

export type Route = { from: Point; to: Point }

function slotOrBroker(
  anchors: Map<string, AnchorBox>,
  topic: string,
  partition: number,
  broker: number,
): AnchorBox | undefined {
  return anchors.get(`slot:${topic}:${partition}:${broker}`) ?? anchors.get(`broker:${broker}`)
}

/** Where a message on the wire leaves from and lands, in viewport coordinates; undefined if either end is not shown. */
export function routeOf(task: NetworkTask, anchors: Map<string, AnchorBox>): Route | undefined {
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

/** Same ends, to the pixel: a flight whose ends moved less than this keeps its animation. */
export function sameRoute(a: Route, b: Route): boolean {
  return (
    Math.abs(a.from.x - b.from.x) < 1 &&
    Math.abs(a.from.y - b.from.y) < 1 &&
    Math.abs(a.to.x - b.to.x) < 1 &&
    Math.abs(a.to.y - b.to.y) < 1
  )
}
