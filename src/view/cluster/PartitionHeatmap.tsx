import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'
import { useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { drawnAnchors, type AnchorBox } from '../flights/anchors'
import { drawHeatmap, type HeatmapMarks } from './drawHeatmap'
import {
  cellAt,
  cellRect,
  heatmapCells,
  heatmapLayout,
  moveFocus,
  type HeatmapCells,
  type HeatmapLayout,
} from './heatmapModel'
import { HeatmapLegend } from './HeatmapLegend'
import { PartitionDetail } from './PartitionDetail'
import { partitionDetailView } from './partitionDetailView'

/** The cells follow the engine at most this often (the flights carry the motion; the picture changes slowly). */
const REDRAW_MS = 150

type Summary = { under: number; offline: number; scale: number }

/** Where the detail goes: beside its cell, on the side and at the height where it has room. */
function detailPlace(layout: HeatmapLayout, i: number): CSSProperties {
  const { x, y } = cellRect(layout, i)
  const right = x + layout.cell / 2 > layout.width / 2
  const low = y + layout.cell / 2 > layout.height / 2
  return {
    ...(right ? { right: layout.width - x + 6 } : { left: x + layout.cell + 6 }),
    ...(low ? { bottom: layout.height - y - layout.cell } : { top: y }),
  }
}

/**
 * A topic at scale, as a picture: one small square per partition on one canvas (state by colour and pattern, lag by
 * shade), its details on hover, tap or keyboard focus. The cells are where records fly to.
 */
export function PartitionHeatmap({ topic, broker }: { topic: string; broker: number | null }) {
  const t = useT()
  const store = useLabStore()
  const id = useId()
  const count = useLab((s) => s.sim.state.topics[topic]?.partitions.length ?? 0)
  const ruler = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [layout, setLayout] = useState<HeatmapLayout | null>(null)
  const [hover, setHover] = useState<number | null>(null)
  const [pinned, setPinned] = useState<number | null>(null)
  const [summary, setSummary] = useState<Summary>({ under: 0, offline: 0, scale: 0 })
  const [announce, setAnnounce] = useState('')
  const current = hover ?? pinned
  const cellsRef = useRef<HeatmapCells | null>(null)

  // The grid: as wide as the column, as tall as the ruler (CSS sets its height in em).
  useLayoutEffect(() => {
    const el = ruler.current
    if (!el) return
    const measure = () => {
      const next = heatmapLayout(count, el.clientWidth, el.clientHeight)
      setLayout((prev) =>
        prev && prev.cell === next.cell && prev.cols === next.cols && prev.count === next.count ? prev : next,
      )
    }
    measure()
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    ro?.observe(el)
    return () => ro?.disconnect()
  }, [count])

  // The cells: redrawn where they changed, at most every REDRAW_MS, off React's render path.
  const marks = useRef<HeatmapMarks>({ broker, focus: current })
  const redraw = useRef<() => void>(() => {})
  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx || !layout) return
    const dpr = window.devicePixelRatio || 1
    el.width = Math.round(layout.width * dpr)
    el.height = Math.round(layout.height * dpr)
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    const drawn = new Int32Array(layout.count).fill(-1)
    let timer: ReturnType<typeof setTimeout> | null = null
    let last = -Infinity
    const draw = () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      last = performance.now()
      const cells = heatmapCells(store.getState().sim.state, topic)
      cellsRef.current = cells
      drawHeatmap(ctx, layout, cells, marks.current, drawn)
      setSummary((s) =>
        s.under === cells.underReplicated && s.offline === cells.offline && s.scale === cells.scale
          ? s
          : { under: cells.underReplicated, offline: cells.offline, scale: cells.scale },
      )
    }
    const request = () => {
      if (timer === null) timer = setTimeout(draw, Math.max(0, REDRAW_MS - (performance.now() - last)))
    }
    redraw.current = draw
    draw()
    const unsubscribe = store.subscribe(request)
    return () => {
      unsubscribe()
      redraw.current = () => {}
      if (timer !== null) clearTimeout(timer)
    }
  }, [store, topic, layout])
  // A picked broker or a moved focus: only the cells whose look changes are drawn again, now.
  useEffect(() => {
    marks.current = { broker, focus: current }
    redraw.current()
  }, [broker, current])

  // Records fly to the leader's cell: each partition's `slot:` anchor on its leader is its square.
  useEffect(() => {
    if (!layout) return
    const add = (out: Map<string, AnchorBox>) => {
      const el = canvas.current
      const cells = cellsRef.current
      if (!el || !cells) return
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.bottom < -200 || r.top > window.innerHeight + 200) return
      const half = layout.cell / 2
      for (let i = 0; i < cells.count && i < layout.count; i++) {
        const leader = cells.leader[i]!
        if (leader < 0) continue
        const c = cellRect(layout, i)
        const left = r.left + c.x
        const top = r.top + c.y
        out.set(`slot:${topic}:${i}:${leader}`, {
          left,
          top,
          right: left + c.size,
          bottom: top + c.size,
          cx: left + half,
          cy: top + half,
        })
      }
    }
    drawnAnchors.add(add)
    return () => {
      drawnAnchors.delete(add)
    }
  }, [layout, topic])

  // A screen reader hears the partition the keyboard, a tap or the number field moved to (not every change of its
  // offsets afterwards).
  const choose = (i: number | null) => {
    setHover(null)
    setPinned(i)
    const v = i === null ? null : partitionDetailView(store.getState().sim.state, topic, i)
    setAnnounce(
      v === null
        ? ''
        : t('detail.announce', {
            name: v.name,
            leader: v.leader ?? t('detail.noLeader'),
            replicas: v.replicas.join(', '),
            isr: v.isr.join(', ') || '—',
            leo: v.leo,
            hw: v.hw,
            lag: v.worstLag,
          }),
    )
  }

  const pick = (
    e: React.PointerEvent<HTMLCanvasElement> | React.MouseEvent<HTMLCanvasElement>,
  ): number | null => {
    if (!layout) return null
    const r = e.currentTarget.getBoundingClientRect()
    return cellAt(layout, e.clientX - r.left, e.clientY - r.top)
  }
  const onKey = (e: React.KeyboardEvent) => {
    if (!layout) return
    if (e.key === 'Escape') {
      if (pinned !== null) {
        choose(null)
        e.stopPropagation()
      }
      return
    }
    const next = moveFocus(layout, pinned ?? 0, e.key)
    if (next === null) return
    e.preventDefault()
    choose(pinned === null && e.key.startsWith('Arrow') ? 0 : next)
  }
  const label = t('heatmap.label', { topic })
  return (
    <div className="heatmap panel" data-heatmap={topic}>
      <div className="heatmap-head">
        <h3 className="heatmap-title" id={`${id}-title`}>
          {t('cluster.partitionsOf', { topic })}
        </h3>
        <span className="heatmap-summary" data-under={summary.under} data-offline={summary.offline}>
          {t('heatmap.summary', { n: count, under: summary.under, offline: summary.offline })}
        </span>
        <label className="heatmap-goto">
          <span>{t('heatmap.goto')}</span>
          <input
            type="number"
            min={0}
            max={Math.max(0, count - 1)}
            inputMode="numeric"
            value={pinned ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.valueAsNumber
              choose(Number.isInteger(v) && v >= 0 && v < count ? v : null)
            }}
          />
        </label>
      </div>
      <div className="heatmap-ruler" ref={ruler} aria-hidden="true" />
      <div
        className="heatmap-box"
        data-cell={layout?.cell}
        data-cols={layout?.cols}
        style={layout ? { width: layout.width, height: layout.height } : undefined}
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={`${id}-keys`}
        onKeyDown={onKey}
        onFocus={(e) => {
          // From the keyboard, the first partition opens; a tap or a click opens the one under it instead.
          if (e.target === e.currentTarget && pinned === null && e.currentTarget.matches(':focus-visible'))
            choose(0)
        }}
      >
        <canvas
          ref={canvas}
          className="heatmap-canvas"
          style={layout ? { width: layout.width, height: layout.height } : undefined}
          aria-hidden="true"
          onPointerMove={(e) => {
            if (e.pointerType === 'mouse') setHover(pick(e))
          }}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => {
            const i = pick(e)
            choose(i === null || i === pinned ? null : i)
          }}
        />
        {layout && current !== null && current < count && (
          <PartitionDetail
            topic={topic}
            partition={current}
            style={detailPlace(layout, current)}
            pinned={hover === null}
            onClose={() => choose(null)}
          />
        )}
      </div>
      <p className="visually-hidden" id={`${id}-keys`}>
        {t('heatmap.keys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <HeatmapLegend scale={summary.scale} />
    </div>
  )
}
