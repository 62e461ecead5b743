import { recordAt, type PartitionState, type RecordFormat } from '../../engine'

export interface CellView {
  offset: number
  key: string | null
  format: RecordFormat
  /** The record's value (what a lesson may ask the cells to show). */
  value: string
  /** The first record of a segment after the log's first one: a segment boundary is drawn before it. */
  segmentStart: boolean
  /** The replica has this record. */
  present: boolean
  committed: boolean
}

export interface LogWindow {
  from: number
  cells: CellView[]
  /** Offsets before `from` still retained but out of view. */
  hiddenBefore: number
}

/**
 * The recent offsets a row shows: a window ending at the partition's log end offset (so every replica of a
 * partition shows the same offsets), never before the log start offset.
 */
export function logWindow(
  p: PartitionState,
  replicaLeo: number,
  capacity: number,
  end = p.logEndOffset,
): LogWindow {
  const cap = Math.max(1, capacity)
  const from = Math.max(p.logStartOffset, Math.min(end, p.logEndOffset) - cap)
  const cells: CellView[] = []
  const last = Math.min(end, p.logEndOffset)
  const bases = new Set<number>()
  for (const s of p.segments)
    if (s.baseOffset > p.logStartOffset && s.baseOffset >= from && s.baseOffset < last)
      bases.add(s.baseOffset)
  for (let o = from; o < last; o++) {
    const r = recordAt(p, o)
    cells.push({
      offset: o,
      key: r?.key ?? null,
      format: r?.format ?? 'text',
      value: r?.value ?? '',
      segmentStart: bases.has(o),
      present: o < replicaLeo,
      committed: o < p.highWatermark,
    })
  }
  return { from, cells, hiddenBefore: from - p.logStartOffset }
}
