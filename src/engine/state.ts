import type { AssignorName } from './assignors'
import type { ClusterConfig, ConsumerConfig, ProducerConfig, TopicConfig } from './config'
import type { BrokerId, ProducerId, TopicName } from './ids'
import type { Task } from './tasks'

/** The label a record carries; the broker never looks inside the bytes. */
export type RecordFormat = 'json' | 'avro' | 'text'

/** A record as the log holds it. Immutable once appended. */
export interface KafkaRecord {
  readonly offset: number
  readonly key: string | null
  /** null: a tombstone (a key with no value), which deletes its key when the log is compacted. */
  readonly value: string | null
  readonly format: RecordFormat
  /** CreateTime, set by the producer. */
  readonly timestamp: number
  readonly producerId: ProducerId
  /** The idempotent producer's sequence number, -1 without idempotence. */
  readonly sequence: number
  readonly producerEpoch: number
  readonly sizeBytes: number
  /** The leader epoch of the leader that appended it. */
  readonly leaderEpoch: number
  /**
   * Set by the log cleaner on a tombstone the first time it cleans it (the batch's delete horizon, KIP-534):
   * the cleaner removes the tombstone on a later pass once this time has come.
   */
  readonly deleteHorizonMs?: number
}

export interface Segment {
  baseOffset: number
  records: KafkaRecord[]
  bytes: number
  /** When the segment was rolled (opened). */
  createdAt: number
  /** The largest record timestamp in it (retention compares this). */
  maxTimestamp: number
}

export interface ReplicaState {
  brokerId: BrokerId
  /** The replica's own log end offset. */
  logEndOffset: number
  /** The leader's knowledge of this follower's log end offset (from its last fetch request). */
  fetchOffsetAtLeader: number
  /** When this follower was last caught up to the leader's log end offset (the leader's clock). */
  lastCaughtUpMs: number
  /** A fetch response to this follower is on the wire. */
  fetchInFlight: boolean
}

/** Recent appends of one idempotent producer, as the leader keeps them to refuse duplicates. */
export interface ProducerAppendState {
  epoch: number
  lastSequence: number
  batches: { firstSequence: number; lastSequence: number; baseOffset: number }[]
}

/** A produce request with acks=all waiting in the leader's purgatory for the high watermark. */
export interface PendingAck {
  producerId: ProducerId
  requestId: number
  batchId: number
  lastOffset: number
  baseOffset: number
  /** The request's timeout runs out: then it is answered REQUEST_TIMED_OUT. */
  expiresAt: number
}

export interface LostRecord {
  offset: number
  key: string | null
  value: string | null
  reason: 'truncated' | 'uncleanElection'
  lostAt: number
}

export interface PartitionState {
  topic: TopicName
  partition: number
  /** Assignment order; replicas[0] is the preferred leader. */
  replicas: ReplicaState[]
  isr: BrokerId[]
  leader: BrokerId | null
  leaderEpoch: number
  highWatermark: number
  logStartOffset: number
  /** The current leader's log end offset: the next offset to be written. */
  logEndOffset: number
  segments: Segment[]
  /**
   * The log cleaner's checkpoint on a compacted topic: the first dirty offset. Everything below it has been
   * cleaned; the next pass starts here.
   */
  cleanerPoint: number
  producerStates: Record<string, ProducerAppendState>
  pendingAcks: PendingAck[]
  /** When the purgatory next looks for expired requests (one timer per partition), -1 when none is set. */
  purgatoryTimerAt: number
  /** The most recent records lost to truncation or an unclean election, for the view. */
  lost: LostRecord[]
}

export interface TopicState {
  name: TopicName
  partitions: PartitionState[]
  config: TopicConfig
  internal: boolean
  createdAt: number
}

export interface BrokerState {
  id: BrokerId
  /** The process runs. */
  alive: boolean
  /** The controller has fenced it (no heartbeat within the session timeout) or it has not registered yet. */
  fenced: boolean
  /** Bumped on every restart; stale timers carry the old one. */
  incarnation: number
  /** When the current incarnation registered; heartbeats are sent every interval from here. */
  registeredAt: number
  /** Keeps heartbeating but its followers stop fetching (a slow disk, a long GC pause). */
  stalled: boolean
  /** When the controller will fence it after it stopped (its session timeout), -1 while running. */
  fenceAt: number
}

export type KeyMode =
  { kind: 'none' } | { kind: 'pool'; prefix: string; count: number } | { kind: 'fixed'; key: string }

export interface PendingRecord {
  key: string | null
  value: string | null
  format: RecordFormat
  timestamp: number
  sizeBytes: number
}

export type BatchStatus = 'open' | 'ready' | 'inFlight' | 'backoff'

export interface ProducerBatch {
  id: number
  partition: number
  records: PendingRecord[]
  bytes: number
  createdAt: number
  /** The idempotent producer's first sequence number, -1 without idempotence. */
  baseSequence: number
  status: BatchStatus
  attempts: number
  /** The request currently carrying it, if any. */
  requestId: number
  /** The producer epoch its sequence numbers belong to. */
  epoch: number
  /** delivery.timeout.ms ran out while it was on the wire: it fails when the answer comes. */
  expired: boolean
}

export interface ProducerState {
  id: ProducerId
  topic: TopicName
  config: ProducerConfig
  /** Records a second (0: only hand-sent records). */
  ratePerSec: number
  keys: KeyMode
  format: RecordFormat
  /** Leaders as this producer last heard them, by partition. */
  metadata: {
    leaders: (BrokerId | null)[]
    fetchedAt: number
    refreshInFlight: boolean
    retryScheduled: boolean
  }
  sticky: { partition: number; producedBytes: number }
  /** Bumped when a batch fails for good, so the broker accepts sequences from 0 again (KIP-360). */
  epoch: number
  /** Next sequence number by partition (idempotence). */
  nextSequence: number[]
  /** Unfinished batches by partition, oldest first. */
  batches: ProducerBatch[][]
  nextBatchId: number
  recordCounter: number
  sent: number
  acked: number
  failed: number
  /** When the producer next looks for batches past delivery.timeout.ms (one timer), -1 when none is set. */
  deliveryTimerAt: number
  /** Consecutive failures, for the exponential retry backoff. */
  retryStreak: number
  removed: boolean
}

export interface SimState {
  version: 1
  seed: number
  timeMs: number
  rng: number
  /** Task sequence number: ties at the same time run in scheduling order. */
  seq: number
  nextRequestId: number
  config: ClusterConfig
  brokers: BrokerState[]
  topics: Record<string, TopicState>
  producers: ProducerState[]
  /** Generated records are held back until this time (a week passing quietly, to watch retention). */
  producersQuietUntil: number
  /** Consumer groups by id, in creation order. */
  groups: Record<string, GroupState>
  consumers: ConsumerState[]
  /** Binary min-heap ordered by (at, seq). */
  queue: Task[]
}

/** When a consumer commits: periodically (enable.auto.commit), after or before processing each record. */
export type CommitMode = 'auto' | 'afterProcessing' | 'beforeProcessing'

/**
 * A group's states: the classic protocol's (Empty, PreparingRebalance, CompletingRebalance, Stable) and the consumer
 * protocol's (KIP-848: Empty, Reconciling, Stable; its Assigning lasts no simulated time here).
 */
export type GroupPhase = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Reconciling' | 'Stable'

/** group.protocol: the classic join/sync protocol, or the consumer protocol of KIP-848. */
export type GroupProtocol = 'classic' | 'consumer'

/**
 * What the member's value deserializer accepts: JSON (a JsonDeserializer), Avro (a schema-registry deserializer:
 * the magic byte and a schema id), text (StringDeserializer) or anything (ByteArrayDeserializer).
 */
export type ValueFormat = RecordFormat | 'any'

/** What the application does when a poll fails on a record it cannot deserialize. */
export type DeserializationErrorHandling = 'fail' | 'skip' | 'deadLetter'

export interface FetchedRecord {
  partition: number
  offset: number
  key: string | null
  value: string | null
  format: RecordFormat
}

export interface ConsumerState {
  /** group.instance.id: a static member (KIP-345), or null for a dynamic one. */
  groupInstanceId: string | null
  memberId: string
  groupId: string
  topic: TopicName
  /** Records it processes a second. */
  ratePerSec: number
  status: 'active' | 'crashed'
  /** max.poll.records: the most records one poll hands to the application. */
  maxPollRecords: number
  /** max.poll.interval.ms: longer than this between two polls and the member leaves its group. */
  maxPollIntervalMs: number
  /** When the application last called poll(). */
  lastPollAt: number
  /** When the poll timer next looks at this member, -1 when none is set (one timer per member). */
  pollTimerAt: number
  /**
   * The member left its group because its poll timeout expired (its heartbeat thread sent LeaveGroup), while the
   * application goes on with the batch it holds; it rejoins at its next poll.
   */
  pollTimedOut: boolean
  /** Heartbeats run on their own thread from `joinedAt`; they stop at this time (a crash), -1 while they run. */
  heartbeatStoppedAt: number
  /** The value deserializer's format. */
  valueFormat: ValueFormat
  onDeserializationError: DeserializationErrorHandling
  /** Where dead-lettered records go (deadLetter handling only). */
  deadLetterTopic: string | null
  /** The record its polls fail on, while it is stuck there. */
  stuckAt: { partition: number; offset: number } | null
  /** A classic rebalance started: the member joins it at its next poll. */
  rejoinPending: boolean
  /** When its heartbeat thread learns of that rebalance. */
  rejoinNoticeAt: number
  /** An auto-commit came due while the application was processing: it happens at the next poll. */
  autoCommitDue: boolean
  /** The consumer protocol's member epoch (KIP-848); the classic protocol leaves it at 0. */
  memberEpoch: number
  /** When its next consumer-protocol heartbeat is due, -1 when none is set. */
  heartbeatDueAt: number
  /** Partitions it owns and may fetch now. */
  owned: number[]
  /** Next offset to fetch, by partition (the consumer's position). */
  positions: Record<number, number>
  /** Fetched, not yet handed to the application by a poll. */
  buffer: FetchedRecord[]
  /** Handed to the application by the last poll, not yet processed. */
  batch: FetchedRecord[]
  fetchInFlight: boolean
  tickScheduled: boolean
  /** After-processing mode: the offset to commit on the next loop (a crash before then loses the commit). */
  pendingCommit: FetchedRecord | null
  /** The record being processed now, if any. */
  processing: FetchedRecord | null
  /**
   * Its position by partition, as the Java consumer's: where it started on the partition (the committed offset, else
   * auto.offset.reset), then the next offset after the last record it finished. What an auto or after-commit stores.
   */
  processedUpTo: Record<number, number>
  processed: number
  /** The latest records it finished, newest last: order within a partition, interleaving across them. */
  recent: (FetchedRecord & { duplicate: boolean })[]
  /** Round-robin cursor over owned partitions for fetches. */
  fetchCursor: number
  joinedAt: number
  crashedAt: number
}

export interface GroupState {
  groupId: string
  topic: TopicName
  assignor: AssignorName
  protocol: GroupProtocol
  commitMode: CommitMode
  config: ConsumerConfig
  phase: GroupPhase
  generation: number
  /** Member ids in the group (crashed ones stay until their session times out). */
  members: string[]
  /** The target assignment of the current generation, by member. */
  assignment: Record<string, number[]>
  /** Committed offsets, by partition, as stored in __consumer_offsets. */
  committed: Record<number, number>
  /** Records handed to the group's members, by partition. */
  consumed: Record<number, number>
  /** Next offset after the last record any member finished, by partition (to see duplicates and skips). */
  processedUpTo: Record<number, number>
  duplicates: number
  skipped: number
  /** Records handed to the dead-letter topic, each counted once. */
  deadLettered: number
  /** Time each partition spent with no owner after a rebalance took it away, in total, by partition. */
  pausedMs: Record<number, number>
  /** Partitions taken away and not yet owned again: since when. */
  pausedSince: Record<number, number>
  /** Partitions revoked in a cooperative rebalance, waiting for the follow-up one to get their new owner. */
  pendingRevoked: number[]
  nextMemberNumber: number
  /** A classic rebalance answers the JoinGroups no sooner than this (group.initial.rebalance.delay.ms of a new group). */
  joinDelayUntil: number
  /** A rebalance wants to start again once the current one ends. */
  rejoinRequested: boolean
}
