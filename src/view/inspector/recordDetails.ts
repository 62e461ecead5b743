import { recordAt, type RecordFormat, type SimState } from '../../engine'

export interface ReplicaHolding {
  brokerId: number
  /** The replica's log reaches past this offset. */
  hasIt: boolean
  leader: boolean
  alive: boolean
}

export interface RecordFields {
  key: string | null
  /** null: a tombstone. */
  value: string | null
  format: RecordFormat
  timestamp: number
  producerId: string
  sequence: number
  leaderEpoch: number
  sizeBytes: number
}

/** A plain, small read model of one selected record: what the inspector shows, recomputed as the state moves. */
export type RecordDetails =
  | { status: 'noTopic'; topic: string; partition: number; offset: number }
  | { status: 'missing'; topic: string; partition: number; offset: number }
  /** The log cleaner removed it: a later record has its key. */
  | { status: 'compacted'; topic: string; partition: number; offset: number }
  | { status: 'deleted'; topic: string; partition: number; offset: number; logStartOffset: number }
  | {
      status: 'lost'
      topic: string
      partition: number
      offset: number
      reason: 'truncated' | 'uncleanElection'
    }
  | {
      status: 'present'
      topic: string
      partition: number
      offset: number
      record: RecordFields
      replicas: ReplicaHolding[]
      committed: boolean
      highWatermark: number
      retentionMs: number
      /** Consumers whose polls fail on this record: their value deserializer cannot read it. */
      stuck: { memberId: string; groupId: string; expected: string }[]
      /** An earlier record at this offset was lost (truncation or unclean election) and this one replaced it. */
      replaced: 'truncated' | 'uncleanElection' | null
    }

export function recordDetails(
  state: SimState,
  topic: string,
  partition: number,
  offset: number,
): RecordDetails {
  const base = { topic, partition, offset }
  const t = Object.hasOwn(state.topics, topic) ? state.topics[topic] : undefined
  const p = t && Number.isInteger(partition) ? t.partitions[partition] : undefined
  if (!t || !p) return { status: 'noTopic', ...base }
  const lost = p.lost.find((l) => l.offset === offset)
  const record = recordAt(p, offset)
  if (!record) {
    if (offset < p.logStartOffset) return { status: 'deleted', ...base, logStartOffset: p.logStartOffset }
    if (lost) return { status: 'lost', ...base, reason: lost.reason }
    if (offset < p.cleanerPoint) return { status: 'compacted', ...base }
    return { status: 'missing', ...base }
  }
  const alive = new Map(state.brokers.map((b) => [b.id as number, b.alive]))
  return {
    status: 'present',
    ...base,
    record: {
      key: record.key,
      value: record.value,
      format: record.format,
      timestamp: record.timestamp,
      producerId: record.producerId,
      sequence: record.sequence,
      leaderEpoch: record.leaderEpoch,
      sizeBytes: record.sizeBytes,
    },
    replicas: p.replicas.map((r) => ({
      brokerId: r.brokerId,
      hasIt: r.logEndOffset > offset,
      leader: p.leader === r.brokerId,
      alive: alive.get(r.brokerId) ?? false,
    })),
    committed: offset < p.highWatermark,
    highWatermark: p.highWatermark,
    retentionMs: t.config.retentionMs,
    replaced: lost && lost.value !== record.value ? lost.reason : null,
    stuck: state.consumers
      .filter((c) => c.topic === topic && c.stuckAt?.partition === partition && c.stuckAt.offset === offset)
      .map((c) => ({ memberId: c.memberId, groupId: c.groupId, expected: c.valueFormat })),
  }
}
