import { OFFSETS_TOPIC_PARTITIONS, OFFSETS_TOPIC_REPLICATION_FACTOR } from './config'
import { findTopic, type Ctx } from './context'
import { createTopic, unfencedBrokers } from './topics'

export const OFFSETS_TOPIC = '__consumer_offsets'

/**
 * offsets.topic.segment.bytes at teaching scale: Kafka's is 100 MiB, a tenth of a topic's segment.bytes; here a
 * segment holds a dozen commits, so that a student sees old commits compacted away within a minute or two.
 */
export const OFFSETS_TOPIC_SEGMENT_BYTES = 1024

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
    cleanupPolicy: 'compact',
    segmentBytes: OFFSETS_TOPIC_SEGMENT_BYTES,
  })
}
