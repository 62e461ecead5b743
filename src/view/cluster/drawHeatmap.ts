import { cellRect, type HeatmapCells, type HeatmapLayout } from './heatmapModel'
import { paintOf, PANEL, RING, STRIPE } from './heatmapPalette'

/** What changes a cell's look: its state, its shade, whether it is dimmed (another broker is picked), its focus. */
export interface HeatmapMarks {
  /** Cells led by this broker stay bright, the rest dim; null: none picked. */
  broker: number | null
  /** The partition with the keyboard focus or the pointer, ringed. */
  focus: number | null
}

/** Past this size a cell shows its partition number. */
const LABEL_CELL = 24

/** A number per cell that changes whenever its drawing would: redraw only the cells whose key moved. */
export function cellKey(cells: HeatmapCells, marks: HeatmapMarks, i: number): number {
  const state = cells.state[i] === 'inSync' ? 0 : cells.state[i] === 'underReplicated' ? 1 : 2
  const dim = marks.broker !== null && cells.leader[i] !== marks.broker ? 1 : 0
  const focus = marks.focus === i ? 1 : 0
  return state * 64 + cells.level[i]! * 4 + dim * 2 + focus
}

function stripes(ctx: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  ctx.save()
  ctx.beginPath()
  ctx.rect(x, y, s, s)
  ctx.clip()
  ctx.strokeStyle = STRIPE
  ctx.lineWidth = Math.max(1, s / 8)
  const step = Math.max(4, s / 3)
  ctx.beginPath()
  for (let d = -s; d < s; d += step) {
    ctx.moveTo(x + d, y + s)
    ctx.lineTo(x + d + s, y)
  }
  ctx.stroke()
  ctx.restore()
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, s: number, ink: string): void {
  const m = s * 0.24
  ctx.strokeStyle = ink
  ctx.lineWidth = Math.max(1.2, s / 7)
  ctx.lineCap = 'round'
  ctx.beginPath()
  ctx.moveTo(x + m, y + m)
  ctx.lineTo(x + s - m, y + s - m)
  ctx.moveTo(x + s - m, y + m)
  ctx.lineTo(x + m, y + s - m)
  ctx.stroke()
}

/** Draws one cell over whatever was there (its square and gap cleared first). */
export function drawCell(
  ctx: CanvasRenderingContext2D,
  layout: HeatmapLayout,
  cells: HeatmapCells,
  marks: HeatmapMarks,
  i: number,
): void {
  const { x, y, size } = cellRect(layout, i)
  ctx.fillStyle = PANEL
  ctx.fillRect(x, y, layout.cell, layout.cell)
  const state = cells.state[i]!
  const paint = paintOf(state, cells.level[i]!)
  const dim = marks.broker !== null && cells.leader[i] !== marks.broker
  ctx.globalAlpha = dim ? 0.22 : 1
  ctx.fillStyle = paint.fill
  ctx.fillRect(x, y, size, size)
  if (state === 'underReplicated') stripes(ctx, x, y, size)
  if (size >= 8) {
    ctx.strokeStyle = paint.edge
    ctx.lineWidth = 1
    ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1)
  }
  if (state === 'offline') cross(ctx, x, y, size, paint.ink)
  else if (size >= LABEL_CELL) {
    ctx.fillStyle = state === 'underReplicated' ? PANEL : paint.ink
    const label = String(i)
    ctx.font = `600 ${Math.round(size * 0.36)}px system-ui, sans-serif`
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    if (state === 'underReplicated') {
      // A white plate under the number keeps it readable over the stripes.
      const w = ctx.measureText(label).width + 6
      const h = size * 0.46
      ctx.fillRect(x + (size - w) / 2, y + (size - h) / 2, w, h)
      ctx.fillStyle = paint.ink
    }
    ctx.fillText(label, x + size / 2, y + size / 2 + 0.5)
  }
  ctx.globalAlpha = 1
  if (marks.focus === i) {
    ctx.strokeStyle = RING
    ctx.lineWidth = 2
    ctx.strokeRect(x - 0, y - 0, size, size)
    ctx.strokeStyle = PANEL
    ctx.lineWidth = 1
    ctx.strokeRect(x + 2.5, y + 2.5, size - 5, size - 5)
  }
}

/**
 * Draws the cells whose key differs from `drawn` (all of them when `drawn` is empty or the wrong size), and
 * records the keys drawn. Returns how many cells it drew.
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  layout: HeatmapLayout,
  cells: HeatmapCells,
  marks: HeatmapMarks,
  drawn: Int32Array,
): number {
  let count = 0
  const n = Math.min(cells.count, layout.count)
  for (let i = 0; i < n; i++) {
    const key = cellKey(cells, marks, i)
    if (drawn[i] === key) continue
    drawn[i] = key
    drawCell(ctx, layout, cells, marks, i)
    count++
  }
  return count
}
