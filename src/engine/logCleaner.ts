import type { TopicConfig } from './config'
import { emit, type Ctx } from './context'
import { BATCH_OVERHEAD_BYTES, isCompacted } from './log'
import type { KafkaRecord, PartitionState, Segment } from './state'

/** How many removed offsets a `logCleaned` event lists (for the view's fade-out); the rest are only counted. */
const REMOVED_LISTED = 200

/** What the cleaner may take from a compacted log now (LogCleanerManager.cleanableOffsets, LogToClean). */
export interface CleanableRange {
  /** The cleaner's checkpoint, or the log start if the checkpoint is out of the log. */
  firstDirtyOffset: number
  /** The base offset of the first segment the cleaner must not touch: the active one, or an earlier one. */
  firstUncleanableOffset: number
  /** Bytes of the segments below the first dirty offset. */
  cleanBytes: number
  /** Bytes of the segments from the first dirty offset up to the first uncleanable one. */
  cleanableBytes: number
  /** cleanableBytes / (cleanBytes + cleanableBytes); 0 for an empty log. */
  dirtyRatio: number
  /** A dirty record has waited longer than max.compaction.lag.ms. */
  needCompactionNow: boolean
}

/** The index of the segment holding `offset` (the last one whose base offset is at most `offset`). */
function segmentIndexAtOrBelow(segments: readonly Segment[], offset: number): number {
  let i = 0
  while (i + 1 < segments.length && segments[i + 1]!.baseOffset <= offset) i++
  return i
}

export function cleanableRange(p: PartitionState, cfg: TopicConfig, now: number): CleanableRange {
  const segments = p.segments
  const active = segments[segments.length - 1]!
  let firstDirtyOffset = p.cleanerPoint
  if (firstDirtyOffset < p.logStartOffset || firstDirtyOffset > p.logEndOffset)
    firstDirtyOffset = p.logStartOffset
  // Never past the last stable offset (the high watermark here) nor into the active segment.
  let uncleanable = Math.min(p.highWatermark, active.baseOffset)
  const firstDirtyIndex = segmentIndexAtOrBelow(segments, firstDirtyOffset)
  if (cfg.minCompactionLagMs > 0) {
    for (let i = firstDirtyIndex; i < segments.length - 1; i++) {
      if (segments[i]!.maxTimestamp > now - cfg.minCompactionLagMs) {
        uncleanable = Math.min(uncleanable, segments[i]!.baseOffset)
        break
      }
    }
  }
  const firstUncleanableOffset = segments[segmentIndexAtOrBelow(segments, uncleanable)]!.baseOffset
  let cleanBytes = 0
  let cleanableBytes = 0
  let earliestDirty = Infinity
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!
    if (s.baseOffset < firstDirtyOffset) cleanBytes += s.bytes
    if (i >= firstDirtyIndex && s.baseOffset < firstUncleanableOffset) cleanableBytes += s.bytes
    const first = s.records[0]
    if (i >= firstDirtyIndex && i < segments.length - 1 && first && first.timestamp > 0)
      earliestDirty = Math.min(earliestDirty, first.timestamp)
  }
  const total = cleanBytes + cleanableBytes
  return {
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    cleanableBytes,
    dirtyRatio: total > 0 ? cleanableBytes / total : 0,
    needCompactionNow: earliestDirty < now - cfg.maxCompactionLagMs,
  }
}

/** LogCleanerManager.grabFilthiestCompactedLog's test: dirty enough, or a record has waited too long. */
export function isCleanable(r: CleanableRange, cfg: TopicConfig): boolean {
  if (r.cleanBytes + r.cleanableBytes === 0) return false
  return (r.needCompactionNow && r.cleanableBytes > 0) || r.dirtyRatio > cfg.minCleanableDirtyRatio
}

/** Bytes of cleaned records: each run from one producer counts as one batch (batches keep their header). */
function cleanedBytes(records: readonly KafkaRecord[]): number {
  let bytes = 0
  let previous: KafkaRecord | undefined
  for (const r of records) {
    if (!previous || previous.producerId !== r.producerId) bytes += BATCH_OVERHEAD_BYTES
    bytes += r.sizeBytes
    previous = r
  }
  return bytes
}

/**
 * LogCleaner.groupSegmentsBySize: consecutive segments are cleaned into one while their sizes together stay
 * within segment.bytes, so a cleaned log has fewer, fuller segments.
 */
function groupSegmentsBySize(segments: readonly Segment[], maxSize: number): Segment[][] {
  const groups: Segment[][] = []
  let i = 0
  while (i < segments.length) {
    const group = [segments[i]!]
    let size = segments[i]!.bytes
    i++
    while (i < segments.length && size + segments[i]!.bytes <= maxSize) {
      size += segments[i]!.bytes
      group.push(segments[i]!)
      i++
    }
    groups.push(group)
  }
  return groups
}

/**
 * One pass of the cleaner over a partition (Cleaner.clean): the latest offset of every key in the dirty range is
 * mapped, then every segment up to the end of that range is rewritten keeping a record only if nothing later in
 * the dirty range has its key. A tombstone survives its first pass, which stamps it with a delete horizon
 * (delete.retention.ms from now), and goes on a pass after that horizon. Records keep their offsets.
 */
export function cleanLog(ctx: Ctx, p: PartitionState, cfg: TopicConfig, range: CleanableRange): void {
  const now = ctx.state.timeMs
  const latestByKey = new Map<string, number>()
  let latestOffset = -1
  for (const s of p.segments) {
    if (s.baseOffset >= range.firstUncleanableOffset) break
    for (const r of s.records) {
      if (r.offset < range.firstDirtyOffset || r.offset >= range.firstUncleanableOffset) continue
      if (r.key !== null) latestByKey.set(r.key, r.offset)
      latestOffset = r.offset
    }
  }
  if (latestOffset < 0) {
    p.cleanerPoint = Math.max(p.cleanerPoint, range.firstUncleanableOffset)
    return
  }
  const endOffset = latestOffset + 1
  const cut = p.segments.findIndex((s) => s.baseOffset >= endOffset)
  const toClean = cut < 0 ? p.segments.slice() : p.segments.slice(0, cut)
  const rest = cut < 0 ? [] : p.segments.slice(cut)
  const removedOffsets: number[] = []
  let removed = 0
  let tombstonesRemoved = 0
  const cleaned: Segment[] = []
  for (const group of groupSegmentsBySize(toClean, cfg.segmentBytes)) {
    const kept: KafkaRecord[] = []
    for (const s of group) {
      for (const r of s.records) {
        const keep = retain(r, latestByKey, latestOffset, now)
        if (keep === false) {
          removed++
          if (r.value === null) tombstonesRemoved++
          if (removedOffsets.length < REMOVED_LISTED) removedOffsets.push(r.offset)
        } else {
          kept.push(keep === true ? r : keep)
        }
      }
    }
    const first = group[0]!
    const stamped = kept.map((r) =>
      r.value === null && r.deleteHorizonMs === undefined
        ? { ...r, deleteHorizonMs: now + cfg.deleteRetentionMs }
        : r,
    )
    cleaned.push({
      baseOffset: first.baseOffset,
      records: stamped,
      bytes: cleanedBytes(stamped),
      createdAt: first.createdAt,
      // A cleaned segment keeps the time of the newest segment it replaces (its file's last-modified time).
      maxTimestamp: group.reduce((m, s) => Math.max(m, s.maxTimestamp), -1),
    })
  }
  const segmentsBefore = p.segments.length
  p.segments = [...cleaned, ...rest]
  p.cleanerPoint = endOffset
  emit(ctx, {
    type: 'logCleaned',
    topic: p.topic,
    partition: p.partition,
    firstDirtyOffset: range.firstDirtyOffset,
    cleanerPoint: endOffset,
    dirtyRatio: range.dirtyRatio,
    removed,
    tombstonesRemoved,
    removedOffsets,
    segmentsBefore,
    segmentsAfter: p.segments.length,
  })
}

/** Cleaner.shouldRetainRecord: true keeps, false removes, a record is kept as that record. */
function retain(
  r: KafkaRecord,
  latestByKey: ReadonlyMap<string, number>,
  latestOffset: number,
  now: number,
): boolean | KafkaRecord {
  if (r.offset > latestOffset) return true
  // A keyless record cannot be compacted; Kafka counts it invalid and drops it (a compacted topic refuses them).
  if (r.key === null) return false
  if (r.offset < (latestByKey.get(r.key) ?? -1)) return false
  if (r.value !== null) return true
  return r.deleteHorizonMs === undefined || now < r.deleteHorizonMs
}

/**
 * The cleaner thread (log.cleaner.threads = 1): it cleans the filthiest cleanable log, then looks again, until none
 * is left; then it sleeps log.cleaner.backoff.ms. Cleaning takes no simulated time here.
 */
export function runLogCleaner(ctx: Ctx): void {
  const now = ctx.state.timeMs
  const done = new Set<PartitionState>()
  for (;;) {
    let filthiest: { p: PartitionState; cfg: TopicConfig; range: CleanableRange } | undefined
    for (const t of Object.values(ctx.state.topics)) {
      if (!isCompacted(t.config)) continue
      for (const p of t.partitions) {
        if (done.has(p) || p.leader === null) continue
        const range = cleanableRange(p, t.config, now)
        if (!isCleanable(range, t.config)) continue
        if (!filthiest || range.dirtyRatio > filthiest.range.dirtyRatio)
          filthiest = { p, cfg: t.config, range }
      }
    }
    if (!filthiest) return
    done.add(filthiest.p)
    cleanLog(ctx, filthiest.p, filthiest.cfg, filthiest.range)
  }
}
