import { topicPartitionKey } from './ids'
import { isCompacted, readRange } from './log'
import type { GroupState, PartitionState, SimState } from './state'

/** Plain-JSON read models of the engine state: what the public API and the tests look at. */
export interface PartitionView {
  partition: number
  leader: number | null
  leaderEpoch: number
  replicas: number[]
  isr: number[]
  logStartOffset: number
  logEndOffset: number
  highWatermark: number
  /** The leader's log as its segments, oldest first; the last one is the active segment (the one appended to). */
  segments: { baseOffset: number; records: number; bytes: number; active: boolean }[]
  /** A compacted topic's cleaner point (the first dirty offset): the cleaner has cleaned everything below it. */
  cleanerPoint?: number
}

export interface ProducerView {
  id: string
  topic: string
  acks: '0' | '1' | 'all'
  sent: number
  acked: number
  failed: number
  leaders: Record<string, number | null>
}

export interface GroupView {
  groupId: string
  topic: string
  assignor: string
  commitMode: string
  phase: string
  generation: number
  /** group.protocol: 'classic' or 'consumer' (KIP-848). */
  protocol: string
  members: {
    memberId: string
    groupInstanceId: string | null
    status: string
    partitions: string[]
    processed: number
    /** The record its polls fail on, while it cannot deserialize it. */
    stuckAt?: { partition: string; offset: number }
  }[]
  committed: Record<string, number>
  consumed: Record<string, number>
  lag: Record<string, number>
  duplicates: number
  skipped: number
  deadLettered: number
  /** Time each partition spent without an owner after a rebalance took it away, ms in total. */
  pausedMs: Record<string, number>
}

export interface ClusterView {
  timeMs: number
  brokers: { id: number; alive: boolean; fenced: boolean }[]
  topics: { name: string; internal?: boolean; partitions: PartitionView[] }[]
  producers: ProducerView[]
  groups: GroupView[]
}

export interface RecordView {
  offset: number
  key: string | null
  /** null: a tombstone. */
  value: string | null
  timestamp: number
}

export function partitionView(p: PartitionState, compacted = false): PartitionView {
  return {
    partition: p.partition,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: p.replicas.map((r) => r.brokerId),
    isr: [...p.isr],
    logStartOffset: p.logStartOffset,
    logEndOffset: p.logEndOffset,
    highWatermark: p.highWatermark,
    segments: p.segments.map((s, i) => ({
      baseOffset: s.baseOffset,
      records: s.records.length,
      bytes: s.bytes,
      active: i === p.segments.length - 1,
    })),
    ...(compacted ? { cleanerPoint: p.cleanerPoint } : {}),
  }
}

export function clusterView(state: SimState): ClusterView {
  return {
    timeMs: state.timeMs,
    brokers: state.brokers.map((b) => ({ id: b.id, alive: b.alive, fenced: b.fenced })),
    topics: Object.values(state.topics).map((t) => ({
      name: t.name,
      ...(t.internal ? { internal: true } : {}),
      partitions: t.partitions.map((p) => partitionView(p, isCompacted(t.config))),
    })),
    producers: state.producers.map((p) => ({
      id: p.id,
      topic: p.topic,
      acks: p.config.acks,
      sent: p.sent,
      acked: p.acked,
      failed: p.failed,
      leaders: Object.fromEntries(p.metadata.leaders.map((l, i) => [topicPartitionKey(p.topic, i), l])),
    })),
    groups: Object.values(state.groups).map((g) => groupView(state, g)),
  }
}

export function groupView(state: SimState, g: GroupState): GroupView {
  const key = (p: number | string) => topicPartitionKey(g.topic, Number(p))
  const partitions = state.topics[g.topic]?.partitions ?? []
  return {
    groupId: g.groupId,
    topic: g.topic,
    assignor: g.assignor,
    commitMode: g.commitMode,
    protocol: g.protocol,
    phase: g.phase,
    generation: g.generation,
    members: state.consumers
      .filter((c) => c.groupId === g.groupId)
      .map((c) => ({
        memberId: c.memberId,
        groupInstanceId: c.groupInstanceId,
        status: c.status,
        partitions: c.owned.map(key),
        processed: c.processed,
        ...(c.stuckAt ? { stuckAt: { partition: key(c.stuckAt.partition), offset: c.stuckAt.offset } } : {}),
      })),
    committed: Object.fromEntries(Object.entries(g.committed).map(([p, o]) => [key(p), o])),
    consumed: Object.fromEntries(Object.entries(g.consumed).map(([p, n]) => [key(p), n])),
    lag: Object.fromEntries(
      partitions.map((p) => [
        key(p.partition),
        Math.max(0, p.highWatermark - (g.committed[p.partition] ?? p.highWatermark)),
      ]),
    ),
    duplicates: g.duplicates,
    skipped: g.skipped,
    deadLettered: g.deadLettered,
    pausedMs: pausedView(state, g),
  }
}

/** Pause time by partition, the pause under way included. */
function pausedView(state: SimState, g: GroupState): Record<string, number> {
  const out: Record<string, number> = {}
  const partitions = new Set([...Object.keys(g.pausedMs), ...Object.keys(g.pausedSince)].map(Number))
  for (const p of [...partitions].sort((a, b) => a - b)) {
    const since = g.pausedSince[p]
    out[topicPartitionKey(g.topic, p)] =
      (g.pausedMs[p] ?? 0) + (since === undefined ? 0 : state.timeMs - since)
  }
  return out
}

/** The leader's retained log, oldest first (empty for an unknown partition). */
export function recordViews(state: SimState, topic: string, partition: number): RecordView[] {
  const t = Object.prototype.hasOwnProperty.call(state.topics, topic) ? state.topics[topic] : undefined
  const p = Number.isInteger(partition) ? t?.partitions[partition] : undefined
  if (!p) return []
  return readRange(p, p.logStartOffset, p.logEndOffset).map((r) => ({
    offset: r.offset,
    key: r.key,
    value: r.value,
    timestamp: r.timestamp,
  }))
}
