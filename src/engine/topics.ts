import { TEACHING_TOPIC_DEFAULTS, type TopicConfig } from './config'
import { emit, isUnfenced, type Ctx } from './context'
import { topicName as toTopicName, type BrokerId } from './ids'
import { newSegment } from './log'
import { setOwnValue } from './ownKeys'
import { assignReplicas } from './placement'
import { startFollowers } from './replication'
import { nextInt } from './rng'
import type { PartitionState, TopicState } from './state'
import { isInternalTopic } from './topicName'

export function unfencedBrokers(ctx: Ctx): BrokerId[] {
  return ctx.state.brokers.filter((b) => b.alive && !b.fenced).map((b) => b.id)
}

/**
 * A new partition: its ISR is the replicas the controller sees registered and unfenced, the first of them leads
 * (ReplicationControlManager.createTopic). The command layer refused an assignment with none.
 */
function newPartition(ctx: Ctx, topic: TopicState, partition: number, replicas: BrokerId[]): PartitionState {
  const now = ctx.state.timeMs
  const isr = replicas.filter((id) => isUnfenced(ctx.state, id))
  return {
    topic: topic.name,
    partition,
    replicas: replicas.map((brokerId) => ({
      brokerId,
      logEndOffset: 0,
      fetchOffsetAtLeader: 0,
      lastCaughtUpMs: now,
      fetchInFlight: false,
    })),
    isr,
    leader: isr[0] ?? null,
    leaderEpoch: 0,
    highWatermark: 0,
    logStartOffset: 0,
    logEndOffset: 0,
    segments: [newSegment(0, now)],
    cleanerPoint: 0,
    producerStates: {},
    pendingAcks: [],
    purgatoryTimerAt: -1,
    lost: [],
  }
}

function placement(
  ctx: Ctx,
  count: number,
  replicationFactor: number,
  firstPartitionId: number,
): BrokerId[][] {
  const brokers = unfencedBrokers(ctx)
  const start = nextInt(ctx.state, brokers.length)
  const shift = nextInt(ctx.state, brokers.length)
  return assignReplicas(brokers, count, replicationFactor, start, shift, firstPartitionId)
}

/** Validated by the command layer; here the topic is made, each partition led by its first replica. */
export function createTopic(
  ctx: Ctx,
  name: string,
  partitions: number,
  replicationFactor: number,
  config: Partial<TopicConfig>,
  assignment?: BrokerId[][],
): TopicState {
  const topic: TopicState = {
    name: toTopicName(name),
    partitions: [],
    // Without an override the topic follows the cluster's unclean.leader.election.enable (the broker default).
    config: {
      ...TEACHING_TOPIC_DEFAULTS,
      uncleanLeaderElectionEnable: ctx.state.config.uncleanLeaderElectionEnable,
      ...config,
    },
    internal: isInternalTopic(name),
    createdAt: ctx.state.timeMs,
  }
  const replicas = assignment ?? placement(ctx, partitions, replicationFactor, 0)
  topic.partitions = replicas.map((r, i) => newPartition(ctx, topic, i, r))
  setOwnValue(ctx.state.topics, name, topic)
  emit(ctx, { type: 'topicCreated', topic: topic.name, partitions, replicationFactor })
  for (const p of topic.partitions) {
    emit(ctx, {
      type: 'leaderElected',
      topic: p.topic,
      partition: p.partition,
      previousLeader: null,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      reason: 'created',
      isr: [...p.isr],
    })
    startFollowers(ctx, p)
  }
  return topic
}

/** kafka-topics --alter --partitions: new partitions only, no data moves. */
export function createPartitions(ctx: Ctx, topic: TopicState, total: number): void {
  const from = topic.partitions.length
  const rf = topic.partitions[0]?.replicas.length ?? 1
  const replicas = placement(ctx, total - from, rf, from)
  replicas.forEach((r, i) => {
    const p = newPartition(ctx, topic, from + i, r)
    topic.partitions.push(p)
    emit(ctx, {
      type: 'leaderElected',
      topic: p.topic,
      partition: p.partition,
      previousLeader: null,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      reason: 'created',
      isr: [...p.isr],
    })
    startFollowers(ctx, p)
  })
  emit(ctx, { type: 'partitionsCreated', topic: topic.name, from, to: total })
}
