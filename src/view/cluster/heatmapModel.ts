import type { PartitionState, SimState } from '../../engine'

/** What a heatmap cell says about its partition, besides its lag shade. */
export type CellState = 'inSync' | 'underReplicated' | 'offline'

/** How many lag shades an in-sync cell can take (0: no lag, up to the darkest). */
export const LAG_LEVELS = 5

/** Below this, the darkest shade is not reached: a lag of 2 records is not painted as alarming as 2000. */
export const MIN_LAG_SCALE = 20

/**
 * A partition without a leader is offline; one whose ISR is smaller than its replica set is under-replicated
 * (Kafka's UnderReplicatedPartitions); else all its replicas are in sync.
 */
export function cellState(p: Pick<PartitionState, 'leader' | 'isr' | 'replicas'>): CellState {
  if (p.leader === null) return 'offline'
  return p.isr.length < p.replicas.length ? 'underReplicated' : 'inSync'
}

/** The worst consumer lag on a partition over the groups reading its topic (high watermark − committed offset). */
export function worstLag(
  state: SimState,
  topic: string,
  p: Pick<PartitionState, 'partition' | 'highWatermark'>,
): number {
  let worst = 0
  for (const g of Object.values(state.groups)) {
    if (g.topic !== topic) continue
    const committed = g.committed[p.partition]
    if (committed !== undefined) worst = Math.max(worst, p.highWatermark - committed)
  }
  return worst
}

/**
 * The shade of a lag: 0 for none, then 1 … LAG_LEVELS-1 on a log scale up to `scale` (the topic's worst), so that a
 * lag of 5 and one of 50 look different when the worst is 500.
 */
export function lagLevel(lag: number, scale: number): number {
  if (lag <= 0) return 0
  const s = Math.max(scale, MIN_LAG_SCALE)
  const f = Math.log1p(Math.min(lag, s)) / Math.log1p(s)
  return Math.min(LAG_LEVELS - 1, 1 + Math.floor((LAG_LEVELS - 1) * f * 0.999))
}

/** One topic's cells, packed for the canvas: state, leader, lag shade, per partition. */
export interface HeatmapCells {
  count: number
  state: CellState[]
  leader: Int32Array
  lag: Int32Array
  level: Uint8Array
  /** The lag the darkest shade stands for (the legend shows it). */
  scale: number
  underReplicated: number
  offline: number
}

export function heatmapCells(state: SimState, topic: string): HeatmapCells {
  const partitions = state.topics[topic]?.partitions ?? []
  const n = partitions.length
  const cells: HeatmapCells = {
    count: n,
    state: new Array<CellState>(n),
    leader: new Int32Array(n),
    lag: new Int32Array(n),
    level: new Uint8Array(n),
    scale: MIN_LAG_SCALE,
    underReplicated: 0,
    offline: 0,
  }
  let maxLag = 0
  for (let i = 0; i < n; i++) {
    const p = partitions[i]!
    const s = cellState(p)
    cells.state[i] = s
    cells.leader[i] = p.leader ?? -1
    const lag = worstLag(state, topic, p)
    cells.lag[i] = lag
    if (lag > maxLag) maxLag = lag
    if (s === 'underReplicated') cells.underReplicated++
    else if (s === 'offline') cells.offline++
  }
  cells.scale = Math.max(maxLag, MIN_LAG_SCALE)
  for (let i = 0; i < n; i++) cells.level[i] = lagLevel(cells.lag[i]!, cells.scale)
  return cells
}

/** Where the cells go: a grid of square cells filling the width, as large as fits the height (within bounds). */
export interface HeatmapLayout {
  count: number
  cell: number
  gap: number
  cols: number
  rows: number
  width: number
  height: number
}

export function heatmapLayout(
  count: number,
  width: number,
  maxHeight: number,
  minCell = 6,
  maxCell = 44,
): HeatmapLayout {
  const w = Math.max(1, Math.floor(width))
  let cell = minCell
  for (let size = maxCell; size >= minCell; size--) {
    const cols = Math.max(1, Math.floor(w / size))
    if (Math.ceil(count / cols) * size <= maxHeight) {
      cell = size
      break
    }
  }
  const cols = Math.max(1, Math.min(count, Math.floor(w / cell)))
  const rows = Math.ceil(count / cols)
  const gap = cell >= 12 ? 2 : 1
  return { count, cell, gap, cols, rows, width: cols * cell, height: rows * cell }
}

/** The partition drawn at (x, y) in the canvas's own pixels, or null between or past the cells. */
export function cellAt(layout: HeatmapLayout, x: number, y: number): number | null {
  if (x < 0 || y < 0 || x >= layout.width || y >= layout.height) return null
  const i = Math.floor(y / layout.cell) * layout.cols + Math.floor(x / layout.cell)
  return i < layout.count ? i : null
}

/** A cell's square in the canvas's pixels (without its gap). */
export function cellRect(layout: HeatmapLayout, i: number): { x: number; y: number; size: number } {
  const col = i % layout.cols
  const row = Math.floor(i / layout.cols)
  return { x: col * layout.cell, y: row * layout.cell, size: layout.cell - layout.gap }
}

/** Arrow keys, Home/End and Page keys over the grid: the partition focus moves to. */
export function moveFocus(layout: HeatmapLayout, from: number, key: string): number | null {
  const last = layout.count - 1
  const page = layout.cols * Math.max(1, Math.floor(layout.rows / 4))
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, from + 1)
    case 'ArrowLeft':
      return Math.max(0, from - 1)
    case 'ArrowDown':
      return from + layout.cols <= last ? from + layout.cols : from
    case 'ArrowUp':
      return from - layout.cols >= 0 ? from - layout.cols : from
    case 'PageDown':
      return Math.min(last, from + page)
    case 'PageUp':
      return Math.max(0, from - page)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
