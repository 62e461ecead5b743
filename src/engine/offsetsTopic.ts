import { OFFSETS_TOPIC_PARTITIONS, OFFSETS_TOPIC_REPLICATION_FACTOR } from './config'
import { findTopic, type Ctx } from './context'
import { createTopic, unfencedBrokers } from './topics'

export const OFFSETS_TOPIC = '__consumer_offsets'

/**
 * Created on a group's first FindCoordinator (a member joining, or committing), as a broker does. With no broker
 * registered there is nobody to place it on: the coordinator stays unavailable and the next request tries again.
 */
export function ensureOffsetsTopic(ctx: Ctx): void {
  if (findTopic(ctx.state, OFFSETS_TOPIC)) return
  const registered = unfencedBrokers(ctx).length
  if (registered === 0) return
  const rf = Math.min(OFFSETS_TOPIC_REPLICATION_FACTOR, registered)
  createTopic(ctx, OFFSETS_TOPIC, OFFSETS_TOPIC_PARTITIONS, rf, {
    retentionMs: 604800000,
    segmentBytes: 104857600,
  })
}
