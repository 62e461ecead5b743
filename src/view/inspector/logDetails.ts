import { cleanableRange, isCompacted, type CleanupPolicy, type SimState } from '../../engine'
import { supersededOffsets } from '../cluster/logWindow'

/** How many of the newest segments, and of each segment's newest records, the log inspector lists. */
export const SEGMENTS_SHOWN = 8
export const RECORDS_SHOWN = 40

export type LogEntry =
  | {
      kind: 'record'
      offset: number
      key: string | null
      value: string | null
      committed: boolean
      wouldGo: boolean
    }
  /** Offsets whose records the cleaner removed: they stay empty. */
  | { kind: 'gap'; from: number; to: number }

export interface SegmentDetails {
  baseOffset: number
  /** The next segment's base offset (the log end offset for the active one). */
  endOffset: number
  records: number
  bytes: number
  active: boolean
  /** Entirely below the cleaner point. */
  clean: boolean
  /** Records older than the RECORDS_SHOWN listed, not listed. */
  hiddenRecords: number
  entries: LogEntry[]
}

export interface LogDetails {
  topic: string
  partition: number
  internal: boolean
  policy: CleanupPolicy
  logStartOffset: number
  highWatermark: number
  logEndOffset: number
  /** Compacted topics only: the first dirty offset, and the dirty share of the log's bytes now. */
  cleanerPoint: number | null
  dirtyRatio: number | null
  minCleanableDirtyRatio: number
  records: number
  /** How many records a full compaction would keep now. */
  survivors: number
  hiddenSegments: number
  segments: SegmentDetails[]
}

/** A partition's log as its segments, for the log inspector; null when the partition does not exist. */
export function logDetails(state: SimState, topic: string, partition: number): LogDetails | null {
  const t = Object.prototype.hasOwnProperty.call(state.topics, topic) ? state.topics[topic] : undefined
  const p = t && Number.isInteger(partition) ? t.partitions[partition] : undefined
  if (!t || !p) return null
  const compacted = isCompacted(t.config)
  const superseded = supersededOffsets(p, state.timeMs)
  let records = 0
  for (const s of p.segments) records += s.records.length
  const firstShown = Math.max(0, p.segments.length - SEGMENTS_SHOWN)
  const segments = p.segments.slice(firstShown).map((s, i): SegmentDetails => {
    const index = firstShown + i
    const endOffset = p.segments[index + 1]?.baseOffset ?? p.logEndOffset
    const listed = s.records.slice(-RECORDS_SHOWN)
    const entries: LogEntry[] = []
    let next = listed.length < s.records.length ? listed[0]!.offset : s.baseOffset
    for (const r of listed) {
      if (r.offset > next) entries.push({ kind: 'gap', from: next, to: r.offset - 1 })
      entries.push({
        kind: 'record',
        offset: r.offset,
        key: r.key,
        value: r.value,
        committed: r.offset < p.highWatermark,
        wouldGo: superseded.has(r.offset),
      })
      next = r.offset + 1
    }
    if (next < endOffset && endOffset <= p.cleanerPoint)
      entries.push({ kind: 'gap', from: next, to: endOffset - 1 })
    return {
      baseOffset: s.baseOffset,
      endOffset,
      records: s.records.length,
      bytes: s.bytes,
      active: index === p.segments.length - 1,
      clean: compacted && endOffset <= p.cleanerPoint && index < p.segments.length - 1,
      hiddenRecords: s.records.length - listed.length,
      entries,
    }
  })
  return {
    topic,
    partition,
    internal: t.internal,
    policy: t.config.cleanupPolicy,
    logStartOffset: p.logStartOffset,
    highWatermark: p.highWatermark,
    logEndOffset: p.logEndOffset,
    cleanerPoint: compacted ? p.cleanerPoint : null,
    dirtyRatio: compacted ? cleanableRange(p, t.config, state.timeMs).dirtyRatio : null,
    minCleanableDirtyRatio: t.config.minCleanableDirtyRatio,
    records,
    survivors: records - superseded.size,
    hiddenSegments: firstShown,
    segments,
  }
}
