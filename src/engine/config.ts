/**
 * Settings with Kafka 4.x defaults. A scenario may change them (and says so); the real default
 * stays beside each one so the UI can show both.
 */
export interface ClusterConfig {
  /** broker.session.timeout.ms: a broker without a heartbeat this long is fenced. */
  brokerSessionTimeoutMs: number
  /** broker.heartbeat.interval.ms */
  brokerHeartbeatIntervalMs: number
  /** replica.lag.time.max.ms: a follower not caught up this long leaves the ISR. */
  replicaLagTimeMaxMs: number
  /** auto.leader.rebalance.enable */
  autoLeaderRebalanceEnable: boolean
  /** leader.imbalance.check.interval.seconds, in ms */
  leaderImbalanceCheckIntervalMs: number
  /** log.retention.check.interval.ms */
  retentionCheckIntervalMs: number
  /**
   * One-way network delay between any two nodes. Real LANs take well under 1 ms; teaching scenarios
   * slow it down so that a record's flight can be watched. Not a Kafka setting.
   */
  networkDelayMs: number
  /** unclean.leader.election.enable (cluster default; a topic may override it). */
  uncleanLeaderElectionEnable: boolean
}

export const KAFKA_CLUSTER_DEFAULTS: ClusterConfig = {
  brokerSessionTimeoutMs: 9000,
  brokerHeartbeatIntervalMs: 2000,
  replicaLagTimeMaxMs: 30000,
  autoLeaderRebalanceEnable: true,
  leaderImbalanceCheckIntervalMs: 300000,
  retentionCheckIntervalMs: 300000,
  networkDelayMs: 1,
  uncleanLeaderElectionEnable: false,
}

type TimingSetting = {
  [K in keyof ClusterConfig]: ClusterConfig[K] extends number ? K : never
}[keyof ClusterConfig]

const YEAR_MS = 365 * 86400000

/**
 * The range each cluster timing may take. The lower bounds keep the simulation finite: a periodic check every 0 ms
 * would never let the clock move (Kafka itself wants leader.imbalance.check.interval.seconds >= 1).
 */
export const CLUSTER_TIMING_LIMITS: Record<TimingSetting, { min: number; max: number }> = {
  brokerSessionTimeoutMs: { min: 0, max: YEAR_MS },
  brokerHeartbeatIntervalMs: { min: 1, max: YEAR_MS },
  replicaLagTimeMaxMs: { min: 1000, max: YEAR_MS },
  leaderImbalanceCheckIntervalMs: { min: 1000, max: YEAR_MS },
  retentionCheckIntervalMs: { min: 1000, max: YEAR_MS },
  networkDelayMs: { min: 0, max: YEAR_MS },
}

/** What is wrong with a cluster's settings, if anything. */
export function clusterConfigProblem(config: ClusterConfig): string | undefined {
  for (const [key, { min, max }] of Object.entries(CLUSTER_TIMING_LIMITS)) {
    const v: unknown = config[key as TimingSetting]
    if (typeof v !== 'number' || !(v >= min && v <= max))
      return `${key} must be a number from ${min} to ${max}, got ${String(v)}.`
  }
  for (const key of ['autoLeaderRebalanceEnable', 'uncleanLeaderElectionEnable'] as const) {
    if (typeof config[key] !== 'boolean') return `${key} must be true or false, got ${String(config[key])}.`
  }
  return undefined
}

/** cleanup.policy: delete old segments (retention), keep the latest record of each key (compaction), or both. */
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete'
export const CLEANUP_POLICIES: readonly CleanupPolicy[] = ['delete', 'compact', 'compact,delete']

export interface TopicConfig {
  /** cleanup.policy */
  cleanupPolicy: CleanupPolicy
  /** retention.ms; -1 keeps records forever. */
  retentionMs: number
  /** retention.bytes: the most a partition keeps, in bytes, deleting whole segments from the oldest; -1: no limit. */
  retentionBytes: number
  /** segment.bytes (Kafka: 1 GiB; teaching scale here). */
  segmentBytes: number
  /** segment.ms (Kafka: 7 days; teaching scale here). */
  segmentMs: number
  /** min.insync.replicas */
  minInsyncReplicas: number
  /** unclean.leader.election.enable */
  uncleanLeaderElectionEnable: boolean
  /** min.cleanable.dirty.ratio: the cleaner takes a compacted log whose dirty share of bytes is above this. */
  minCleanableDirtyRatio: number
  /** min.compaction.lag.ms: a record this young is not compacted yet. */
  minCompactionLagMs: number
  /** max.compaction.lag.ms: a record dirty this long makes its log cleanable whatever the ratio. */
  maxCompactionLagMs: number
  /** delete.retention.ms: how long a tombstone stays once the cleaner has seen it. */
  deleteRetentionMs: number
}

/** Kafka's Long.MAX_VALUE ("never"), as the largest whole number a JavaScript number holds exactly. */
export const NEVER_MS = Number.MAX_SAFE_INTEGER

export const KAFKA_TOPIC_DEFAULTS: TopicConfig = {
  cleanupPolicy: 'delete',
  retentionMs: 604800000,
  retentionBytes: -1,
  segmentBytes: 1073741824,
  segmentMs: 604800000,
  minInsyncReplicas: 1,
  uncleanLeaderElectionEnable: false,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: NEVER_MS,
  deleteRetentionMs: 86400000,
}

/** log.cleaner.backoff.ms: how long the cleaner thread sleeps when no log needs cleaning. */
export const LOG_CLEANER_BACKOFF_MS = 15000

/** Teaching scale: segments small enough to see them roll and expire within a simulated week. */
export const TEACHING_TOPIC_DEFAULTS: TopicConfig = {
  ...KAFKA_TOPIC_DEFAULTS,
  segmentBytes: 2048,
  segmentMs: 86400000,
}

export interface ProducerConfig {
  /** acks: '0' never waits, '1' waits for the leader, 'all' for the ISR. */
  acks: '0' | '1' | 'all'
  /** enable.idempotence */
  enableIdempotence: boolean
  /** batch.size in bytes; also how much the sticky partitioner sends to one partition before it moves. */
  batchSize: number
  /** linger.ms */
  lingerMs: number
  /** delivery.timeout.ms */
  deliveryTimeoutMs: number
  /** retry.backoff.ms */
  retryBackoffMs: number
  /** retry.backoff.max.ms */
  retryBackoffMaxMs: number
  /** metadata.max.age.ms */
  metadataMaxAgeMs: number
  /** max.in.flight.requests.per.connection (applied per partition here) */
  maxInFlightRequestsPerConnection: number
}

export const KAFKA_PRODUCER_DEFAULTS: ProducerConfig = {
  acks: 'all',
  enableIdempotence: true,
  batchSize: 16384,
  lingerMs: 5,
  deliveryTimeoutMs: 120000,
  retryBackoffMs: 100,
  retryBackoffMaxMs: 1000,
  metadataMaxAgeMs: 300000,
  maxInFlightRequestsPerConnection: 5,
}

/**
 * request.timeout.ms (producer default). The producer sends it as the produce request's timeout: an acks=all
 * request waits in the leader's purgatory at most this long, then is answered REQUEST_TIMED_OUT.
 */
export const PRODUCE_REQUEST_TIMEOUT_MS = 30000

/** Kafka's hard limit is far higher; the simulator caps a topic so that one command cannot exhaust the page. */
export const MAX_PARTITIONS_PER_TOPIC = 1000
export const MAX_BROKERS = 50
export const MAX_PRODUCERS = 50
export const MAX_RECORD_RATE_PER_SEC = 1000
export const MAX_VALUE_LENGTH = 10000

export interface ConsumerConfig {
  /** session.timeout.ms: a member without a heartbeat this long is removed from its group. */
  sessionTimeoutMs: number
  /** heartbeat.interval.ms */
  heartbeatIntervalMs: number
  /** enable.auto.commit */
  enableAutoCommit: boolean
  /** auto.commit.interval.ms */
  autoCommitIntervalMs: number
  /** max.poll.records (Kafka: 500; teaching scenes fetch a few at a time so that fetches can be seen). */
  maxPollRecords: number
  /** max.poll.interval.ms */
  maxPollIntervalMs: number
  /** auto.offset.reset */
  autoOffsetReset: 'latest' | 'earliest' | 'none'
}

export const KAFKA_CONSUMER_DEFAULTS: ConsumerConfig = {
  sessionTimeoutMs: 45000,
  heartbeatIntervalMs: 3000,
  enableAutoCommit: true,
  autoCommitIntervalMs: 5000,
  maxPollRecords: 500,
  maxPollIntervalMs: 300000,
  autoOffsetReset: 'latest',
}

/** group.consumer.heartbeat.interval.ms: how often a member of a consumer-protocol group heartbeats (KIP-848). */
export const GROUP_CONSUMER_HEARTBEAT_INTERVAL_MS = 5000
/** group.consumer.session.timeout.ms */
export const GROUP_CONSUMER_SESSION_TIMEOUT_MS = 45000

/** group.initial.rebalance.delay.ms: the coordinator waits this long for more members when a group starts. */
export const GROUP_INITIAL_REBALANCE_DELAY_MS = 3000
/** offsets.topic.num.partitions */
export const OFFSETS_TOPIC_PARTITIONS = 50
/** offsets.topic.replication.factor (capped at the registered brokers here). */
export const OFFSETS_TOPIC_REPLICATION_FACTOR = 3
export const MAX_CONSUMERS = 60
