import type { TopicConfig } from './config'
import { emit, type Ctx } from './context'
import type { ProducerId } from './ids'
import { ownValue, setOwnValue } from './ownKeys'
import type { KafkaRecord, LostRecord, PartitionState, PendingRecord, Segment } from './state'

/** How many lost records a partition keeps to show; the rest are only counted in events. */
const LOST_KEPT = 50
/** Kafka's record batch header; segment sizes count it once per appended batch. */
export const BATCH_OVERHEAD_BYTES = 61

export function newSegment(baseOffset: number, now: number): Segment {
  return { baseOffset, records: [], bytes: 0, createdAt: now, maxTimestamp: -1 }
}

export function activeSegment(p: PartitionState): Segment {
  return p.segments[p.segments.length - 1]!
}

/** The segment holding `offset`, by binary search over base offsets. */
function segmentIndexFor(p: PartitionState, offset: number): number {
  let lo = 0
  let hi = p.segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (p.segments[mid]!.baseOffset <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The record at `offset` in the leader's log, if it is still retained (compaction leaves gaps). */
export function recordAt(p: PartitionState, offset: number): KafkaRecord | undefined {
  if (offset < p.logStartOffset || offset >= p.logEndOffset) return undefined
  const records = p.segments[segmentIndexFor(p, offset)]!.records
  const direct = records[offset - (records[0]?.offset ?? 0)]
  if (direct?.offset === offset) return direct
  let lo = 0
  let hi = records.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const o = records[mid]!.offset
    if (o === offset) return records[mid]
    if (o < offset) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** At most `max` records from `from` up to `to`, reading across the gaps compaction leaves. */
export function readRecords(p: PartitionState, from: number, to: number, max: number): KafkaRecord[] {
  const out: KafkaRecord[] = []
  const start = Math.max(from, p.logStartOffset)
  const end = Math.min(to, p.logEndOffset)
  if (start >= end || max <= 0) return out
  for (let i = segmentIndexFor(p, start); i < p.segments.length; i++) {
    for (const r of p.segments[i]!.records) {
      if (r.offset >= end) return out
      if (r.offset < start) continue
      out.push(r)
      if (out.length === max) return out
    }
  }
  return out
}

/** Whether the topic keeps the latest record of each key (cleanup.policy compact or compact,delete). */
export function isCompacted(cfg: TopicConfig): boolean {
  return cfg.cleanupPolicy !== 'delete'
}

/** Records in [from, to), clipped to what is retained. */
export function readRange(p: PartitionState, from: number, to: number): KafkaRecord[] {
  const out: KafkaRecord[] = []
  const start = Math.max(from, p.logStartOffset)
  const end = Math.min(to, p.logEndOffset)
  if (start >= end) return out
  for (let i = segmentIndexFor(p, start); i < p.segments.length; i++) {
    const seg = p.segments[i]!
    for (const r of seg.records) {
      if (r.offset >= end) return out
      if (r.offset >= start) out.push(r)
    }
  }
  return out
}

function rollSegment(ctx: Ctx, p: PartitionState): void {
  p.segments.push(newSegment(p.logEndOffset, ctx.state.timeMs))
  emit(ctx, { type: 'segmentRolled', topic: p.topic, partition: p.partition, baseOffset: p.logEndOffset })
}

/** segment.bytes and segment.ms, checked before each append as Kafka's log does. */
function maybeRoll(ctx: Ctx, p: PartitionState, cfg: TopicConfig, incomingBytes: number): void {
  const seg = activeSegment(p)
  if (seg.records.length === 0) return
  const full = seg.bytes + incomingBytes > cfg.segmentBytes
  // LogConfig.maxSegmentMs: a compacted log rolls by max.compaction.lag.ms too, so its records can be cleaned in time.
  const rollMs = isCompacted(cfg) ? Math.min(cfg.segmentMs, cfg.maxCompactionLagMs) : cfg.segmentMs
  const old = ctx.state.timeMs - seg.createdAt >= rollMs
  if (full || old) rollSegment(ctx, p)
}

/** Appends a batch at the log end offset; the caller is the leader. Returns its base offset. */
export function appendBatch(
  ctx: Ctx,
  p: PartitionState,
  cfg: TopicConfig,
  records: readonly PendingRecord[],
  producerId: ProducerId,
  producerEpoch: number,
  baseSequence: number,
): number {
  let bytes = BATCH_OVERHEAD_BYTES
  for (const r of records) bytes += r.sizeBytes
  maybeRoll(ctx, p, cfg, bytes)
  const seg = activeSegment(p)
  if (seg.records.length === 0) seg.createdAt = ctx.state.timeMs
  const baseOffset = p.logEndOffset
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!
    seg.records.push({
      offset: baseOffset + i,
      key: r.key,
      value: r.value,
      format: r.format,
      timestamp: r.timestamp,
      producerId,
      sequence: baseSequence < 0 ? -1 : baseSequence + i,
      producerEpoch,
      sizeBytes: r.sizeBytes,
      leaderEpoch: p.leaderEpoch,
    })
    if (r.timestamp > seg.maxTimestamp) seg.maxTimestamp = r.timestamp
  }
  seg.bytes += bytes
  p.logEndOffset += records.length
  return baseOffset
}

/**
 * Cuts the log back to `offset` (a new leader had less). The cut records are reported lost:
 * with a clean election they were never committed; with an unclean one they may have been.
 */
export function truncateTo(ctx: Ctx, p: PartitionState, offset: number, reason: LostRecord['reason']): void {
  if (offset >= p.logEndOffset) return
  const lost = readRange(p, offset, p.logEndOffset)
  while (p.segments.length > 1 && activeSegment(p).baseOffset > offset) p.segments.pop()
  const seg = activeSegment(p)
  if (seg.baseOffset > offset) {
    // Only possible when the whole retained log is cut: start an empty segment at the cut.
    p.segments[p.segments.length - 1] = { ...seg, baseOffset: offset, records: [], bytes: 0 }
  } else {
    const keep = seg.records.filter((r) => r.offset < offset)
    seg.records = keep
    seg.bytes = keep.reduce((n, r) => n + r.sizeBytes, keep.length > 0 ? BATCH_OVERHEAD_BYTES : 0)
    seg.maxTimestamp = keep.reduce((m, r) => Math.max(m, r.timestamp), -1)
  }
  if (p.cleanerPoint > offset) p.cleanerPoint = offset
  const from = offset
  const to = p.logEndOffset
  p.logEndOffset = offset
  if (p.logStartOffset > offset) p.logStartOffset = offset
  const now = ctx.state.timeMs
  for (const r of lost) p.lost.push({ offset: r.offset, key: r.key, value: r.value, reason, lostAt: now })
  if (p.lost.length > LOST_KEPT) p.lost.splice(0, p.lost.length - LOST_KEPT)
  rebuildProducerStates(p)
  emit(ctx, {
    type: 'recordsLost',
    topic: p.topic,
    partition: p.partition,
    fromOffset: from,
    toOffset: to,
    reason,
  })
}

/** After a truncation the leader rebuilds its idempotence table from the log, as Kafka does on recovery. */
function rebuildProducerStates(p: PartitionState): void {
  p.producerStates = {}
  for (const seg of p.segments) {
    for (const r of seg.records) {
      if (r.sequence < 0) continue
      notePersistedRecord(p, r)
    }
  }
}

function notePersistedRecord(p: PartitionState, r: KafkaRecord): void {
  let st = ownValue(p.producerStates, r.producerId)
  if (!st || st.epoch !== r.producerEpoch) {
    st = { epoch: r.producerEpoch, lastSequence: -1, batches: [] }
    setOwnValue(p.producerStates, r.producerId, st)
  }
  st.lastSequence = r.sequence
  const last = st.batches[st.batches.length - 1]
  if (
    last &&
    last.lastSequence === r.sequence - 1 &&
    last.baseOffset + (r.sequence - last.firstSequence) === r.offset
  ) {
    last.lastSequence = r.sequence
  } else {
    st.batches.push({ firstSequence: r.sequence, lastSequence: r.sequence, baseOffset: r.offset })
    if (st.batches.length > 5) st.batches.shift()
  }
}

/**
 * Time-based retention (UnifiedLog.deleteRetentionMsBreachedSegments): whole segments, oldest first, whose newest
 * record is older than retention.ms, never past the high watermark. If every segment expired, roll first.
 */
export function deleteExpiredSegments(ctx: Ctx, p: PartitionState, cfg: TopicConfig): void {
  // Kafka's UnifiedLog.deleteOldSegments: only with the delete policy; by size first, then by time.
  if (cfg.cleanupPolicy === 'compact') return
  if (cfg.retentionBytes >= 0) {
    let excess = p.segments.reduce((n, s) => n + s.bytes, 0) - cfg.retentionBytes
    if (excess > 0) {
      deleteOldSegments(ctx, p, 'size', (s) => {
        if (excess - s.bytes < 0) return false
        excess -= s.bytes
        return true
      })
    }
  }
  if (cfg.retentionMs >= 0) {
    const now = ctx.state.timeMs
    deleteOldSegments(ctx, p, 'time', (s) => s.maxTimestamp >= 0 && now - s.maxTimestamp > cfg.retentionMs)
  }
}

/**
 * Deletes whole segments from the oldest while `breached` holds, as Kafka's `deletableSegments`: a segment goes
 * only when everything in it is below the high watermark, never record by record. When every segment goes, the
 * log rolls first, so that it always keeps an active segment (empty) and the log start offset moves to its end.
 */
function deleteOldSegments(
  ctx: Ctx,
  p: PartitionState,
  reason: 'time' | 'size',
  breached: (s: Segment) => boolean,
): void {
  let count = 0
  for (; count < p.segments.length; count++) {
    const segment = p.segments[count]!
    const next = p.segments[count + 1]
    const upperBound = next ? next.baseOffset : p.logEndOffset
    const lastAndEmpty = !next && segment.records.length === 0
    if (!(p.highWatermark >= upperBound && !lastAndEmpty && breached(segment))) break
  }
  if (count === 0) return
  if (count === p.segments.length) rollSegment(ctx, p)
  for (let i = 0; i < count; i++) {
    const segment = p.segments.shift()!
    p.logStartOffset = p.segments[0]!.baseOffset
    if (p.cleanerPoint < p.logStartOffset) p.cleanerPoint = p.logStartOffset
    emit(ctx, {
      type: 'segmentDeleted',
      topic: p.topic,
      partition: p.partition,
      baseOffset: segment.baseOffset,
      endOffset: p.logStartOffset,
      logStartOffset: p.logStartOffset,
      reason,
    })
  }
}

/** Records the sequence numbers of an appended batch so a retried copy is recognised. */
export function noteIdempotentAppend(
  p: PartitionState,
  producerId: ProducerId,
  epoch: number,
  firstSequence: number,
  count: number,
  baseOffset: number,
): void {
  let st = ownValue(p.producerStates, producerId)
  if (!st || st.epoch !== epoch) {
    st = { epoch, lastSequence: -1, batches: [] }
    setOwnValue(p.producerStates, producerId, st)
  }
  st.lastSequence = firstSequence + count - 1
  st.batches.push({ firstSequence, lastSequence: st.lastSequence, baseOffset })
  if (st.batches.length > 5) st.batches.shift()
}
