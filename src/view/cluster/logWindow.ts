import { recordAt, type PartitionState, type RecordFormat } from '../../engine'

export interface CellView {
  offset: number
  key: string | null
  format: RecordFormat
  /** The record's value (what a lesson may ask the cells to show); '' for a tombstone. */
  value: string
  /** The cleaner removed this offset's record: a later one has its key. The offset stays, empty. */
  compacted: boolean
  /** A record with a key and no value: it deletes its key when the log is compacted. */
  tombstone: boolean
  /** "View as compacted": a full compaction now would remove this record. */
  wouldGo: boolean
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
 * The offsets a full compaction of the whole log would remove now: every record a later one with the same key
 * supersedes, and keyless records. A tombstone stays (its first cleaning keeps it) unless its delete horizon passed.
 */
export function supersededOffsets(p: PartitionState, now: number): Set<number> {
  const latest = new Map<string, number>()
  for (const s of p.segments) for (const r of s.records) if (r.key !== null) latest.set(r.key, r.offset)
  const out = new Set<number>()
  for (const s of p.segments) {
    for (const r of s.records) {
      const superseded = r.key === null || latest.get(r.key) !== r.offset
      const expired = r.value === null && r.deleteHorizonMs !== undefined && now >= r.deleteHorizonMs
      if (superseded || expired) out.add(r.offset)
    }
  }
  return out
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
  wouldGo: ReadonlySet<number> | null = null,
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
      compacted: r === undefined && o < p.cleanerPoint,
      tombstone: r !== undefined && r.value === null,
      wouldGo: wouldGo?.has(o) ?? false,
      segmentStart: bases.has(o),
      present: o < replicaLeo,
      committed: o < p.highWatermark,
    })
  }
  return { from, cells, hiddenBefore: from - p.logStartOffset }
}
