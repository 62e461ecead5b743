import { OFFSETS_TOPIC_PARTITIONS, OFFSETS_TOPIC_REPLICATION_FACTOR } from './config'
import { findTopic, type Ctx } from './context'
import { createTopic, unfencedBrokers } from './topics'

export const OFFSETS_TOPIC = '__consumer_offsets'

/** Created on the first group's first request (as a broker does on the first FindCoordinator). */
export function ensureOffsetsTopic(ctx: Ctx): void {
  if (findTopic(ctx.state, OFFSETS_TOPIC)) return
  const rf = Math.max(1, Math.min(OFFSETS_TOPIC_REPLICATION_FACTOR, unfencedBrokers(ctx).length))
  createTopic(ctx, OFFSETS_TOPIC, OFFSETS_TOPIC_PARTITIONS, rf, { retentionMs: 604800000, segmentBytes: 104857600 })
}
