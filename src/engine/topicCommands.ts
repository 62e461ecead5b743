import {
  CLEANUP_POLICIES,
  KAFKA_TOPIC_DEFAULTS,
  MAX_PARTITIONS_PER_TOPIC,
  NEVER_MS,
  type TopicConfig,
} from './config'
import { findTopic, isUnfenced, type Ctx } from './context'
import { OK, refuse, type CommandHandler } from './commands'
import { brokerId, type BrokerId } from './ids'
import { membershipChanged } from './groupCoordinator'
import { createPartitions, createTopic, unfencedBrokers } from './topics'
import { topicCollisionError, topicNameError } from './topicName'
import {
  bad,
  bool,
  describe,
  finiteNumber,
  isRecord,
  okValue,
  oneOf,
  quote,
  wholeNumber,
  type Checked,
} from './validate'

const DAY_MS = 86400000
const MAX_MS = 3650 * DAY_MS
/** Kafka takes any long; a petabyte per partition is plenty. */
const MAX_RETENTION_BYTES = 1e15

/** Reads the topic settings a user may give; unknown keys are refused so that a typo is not silently ignored. */
export function parseTopicConfig(v: unknown): Checked<Partial<TopicConfig>> {
  if (v === undefined) return okValue({})
  if (!isRecord(v)) return bad(`config must be an object, got ${describe(v)}.`)
  const out: Partial<TopicConfig> = {}
  for (const [k, raw] of Object.entries(v)) {
    let r: Checked<number | boolean | string>
    switch (k) {
      case 'cleanupPolicy':
        // Kafka reads a list: both orders of the two policies mean the same.
        r = oneOf(raw === 'delete,compact' ? 'compact,delete' : raw, 'cleanup.policy', CLEANUP_POLICIES)
        break
      case 'minCleanableDirtyRatio':
        r = finiteNumber(raw, 'min.cleanable.dirty.ratio', 0, 1)
        break
      case 'minCompactionLagMs':
        r = wholeNumber(raw, 'min.compaction.lag.ms', 0, NEVER_MS)
        break
      case 'maxCompactionLagMs':
        r = wholeNumber(raw, 'max.compaction.lag.ms', 1, NEVER_MS)
        break
      case 'deleteRetentionMs':
        r = wholeNumber(raw, 'delete.retention.ms', 0, NEVER_MS)
        break
      case 'retentionMs':
        r = wholeNumber(raw, 'retention.ms', -1, MAX_MS)
        break
      case 'retentionBytes':
        r = wholeNumber(raw, 'retention.bytes', -1, MAX_RETENTION_BYTES)
        break
      case 'segmentBytes':
        r = wholeNumber(raw, 'segment.bytes', 256, 1073741824)
        break
      case 'segmentMs':
        r = wholeNumber(raw, 'segment.ms', 1000, MAX_MS)
        break
      case 'minInsyncReplicas':
        r = wholeNumber(raw, 'min.insync.replicas', 1, 100)
        break
      case 'uncleanLeaderElectionEnable':
        r = bool(raw, 'unclean.leader.election.enable')
        break
      default:
        return bad(`Unknown topic setting ${quote(k)}.`)
    }
    if (!r.ok) return r
    ;(out as Record<string, number | boolean | string>)[k] = r.value
  }
  return okValue(out)
}

/** LogConfig.validateValues: the two compaction lags must not cross. */
function compactionLagError(c: TopicConfig): string | undefined {
  if (c.minCompactionLagMs <= c.maxCompactionLagMs) return undefined
  return `conflict topic config setting min.compaction.lag.ms (${c.minCompactionLagMs}) > max.compaction.lag.ms (${c.maxCompactionLagMs})`
}

/** Kafka's CreateTopics checks, with Kafka's own messages. */
function checkCount(v: unknown, what: 'partitions' | 'replicationFactor'): Checked<number> {
  if (typeof v !== 'number' || !Number.isInteger(v))
    return bad(`${what} must be a whole number, got ${describe(v)}.`)
  if (v === -1) return okValue(1) // "the broker default": num.partitions and default.replication.factor are 1
  if (what === 'partitions') {
    if (v <= 0) return bad('Number of partitions was set to an invalid non-positive value.')
    if (v > MAX_PARTITIONS_PER_TOPIC) {
      return bad(
        `A topic may have at most ${MAX_PARTITIONS_PER_TOPIC} partitions in Kafka Lab; ${v} is too many.`,
      )
    }
  } else if (v <= 0) {
    return bad('Replication factor must be larger than 0, or -1 to use the default value.')
  }
  return okValue(v)
}

function replicationError(ctx: Ctx, rf: number): string | undefined {
  const registered = unfencedBrokers(ctx).length
  if (rf <= registered) return undefined
  return `Unable to replicate the partition ${rf} time(s): The target replication factor of ${rf} cannot be reached because only ${registered} broker(s) are registered.`
}

function parseAssignment(
  ctx: Ctx,
  v: unknown,
  partitions: number,
  rf: number,
): Checked<BrokerId[][] | undefined> {
  if (v === undefined) return okValue(undefined)
  if (!Array.isArray(v) || v.length !== partitions)
    return bad(`replicaAssignment must list ${partitions} replica lists.`)
  const ids = new Set(ctx.state.brokers.map((b) => b.id as number))
  const out: BrokerId[][] = []
  for (const list of v) {
    if (!Array.isArray(list) || list.length !== rf) return bad(`Each replica list must name ${rf} broker(s).`)
    if (new Set(list).size !== list.length) return bad('A replica list names a broker twice.')
    for (const id of list)
      if (typeof id !== 'number' || !ids.has(id)) return bad(`Broker ${describe(id)} does not exist.`)
    if (!list.some((id: number) => isUnfenced(ctx.state, brokerId(id)))) {
      return bad(
        `All brokers specified in the manual partition assignment for partition ${out.length} are fenced or in controlled shutdown.`,
      )
    }
    out.push(list.map((id: number) => brokerId(id)))
  }
  return okValue(out)
}

export const topicCommands: Record<string, CommandHandler> = {
  createTopic(ctx, input) {
    if (typeof input.name !== 'string') return refuse(`name must be text, got ${describe(input.name)}.`)
    const name = input.name
    const nameError = topicNameError(name)
    if (nameError) return refuse(nameError)
    if (findTopic(ctx.state, name)) return refuse(`Topic '${name}' already exists.`)
    const collision = topicCollisionError(name, Object.keys(ctx.state.topics))
    if (collision) return refuse(collision)
    const partitions = checkCount(input.partitions, 'partitions')
    if (!partitions.ok) return refuse(partitions.error)
    const rf = checkCount(input.replicationFactor, 'replicationFactor')
    if (!rf.ok) return refuse(rf.error)
    const config = parseTopicConfig(input.config)
    if (!config.ok) return refuse(config.error)
    const lagError = compactionLagError({ ...KAFKA_TOPIC_DEFAULTS, ...config.value })
    if (lagError) return refuse(lagError)
    const assignment = parseAssignment(ctx, input.replicaAssignment, partitions.value, rf.value)
    if (!assignment.ok) return refuse(assignment.error)
    if (!assignment.value) {
      const rfError = replicationError(ctx, rf.value)
      if (rfError) return refuse(rfError)
    }
    createTopic(ctx, name, partitions.value, rf.value, config.value, assignment.value)
    return OK
  },
  createPartitions(ctx, input) {
    if (typeof input.topic !== 'string') return refuse(`topic must be text, got ${describe(input.topic)}.`)
    const topic = findTopic(ctx.state, input.topic)
    if (!topic) return refuse(`Topic ${quote(input.topic)} does not exist.`)
    const total = checkCount(input.partitions, 'partitions')
    if (!total.ok) return refuse(total.error)
    const current = topic.partitions.length
    if (total.value <= current) {
      const requested = input.partitions as number
      return refuse(
        `The topic ${topic.name} currently has ${current} partition(s); ${requested} would not be an increase.`,
      )
    }
    const rfError = replicationError(ctx, topic.partitions[0]?.replicas.length ?? 1)
    if (rfError) return refuse(rfError)
    createPartitions(ctx, topic, total.value)
    // Members notice the new partitions on their next metadata refresh and rejoin.
    for (const g of Object.values(ctx.state.groups))
      if (g.topic === topic.name) membershipChanged(ctx, g, 'partitionsChanged')
    return OK
  },
  alterTopicConfig(ctx, input) {
    if (typeof input.topic !== 'string') return refuse(`topic must be text, got ${describe(input.topic)}.`)
    const topic = findTopic(ctx.state, input.topic)
    if (!topic) return refuse(`Topic ${quote(input.topic)} does not exist.`)
    const config = parseTopicConfig(input.config)
    if (!config.ok) return refuse(config.error)
    const next = { ...topic.config, ...config.value }
    const lagError = compactionLagError(next)
    if (lagError) return refuse(lagError)
    topic.config = next
    ctx.events.push({ t: ctx.state.timeMs, type: 'topicConfigChanged', topic: topic.name })
    return OK
  },
}
