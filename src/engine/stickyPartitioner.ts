import { emit, type Ctx } from './context'
import { nextPositiveInt } from './rng'
import type { ProducerState } from './state'

/**
 * The uniform sticky partitioner (KIP-794, BuiltInPartitioner) for records without a key: stay on one partition
 * until batch.size bytes went there, then jump to a random partition that has a leader (possibly the same one).
 * Adaptive weighting by queue size is left out: every queue here drains at the same speed.
 */
function pickPartition(ctx: Ctx, producer: ProducerState): number {
  const leaders = producer.metadata.leaders
  const available: number[] = []
  leaders.forEach((leader, partition) => {
    if (leader !== null) available.push(partition)
  })
  const random = nextPositiveInt(ctx.state)
  if (available.length > 0) return available[random % available.length]!
  return random % leaders.length
}

/** The partition the next keyless record goes to. */
export function stickyPartition(ctx: Ctx, producer: ProducerState): number {
  const s = producer.sticky
  const leaders = producer.metadata.leaders
  if (s.partition < 0 || s.partition >= leaders.length) {
    s.partition = pickPartition(ctx, producer)
    s.producedBytes = 0
  }
  return s.partition
}

/** Counts the bytes a keyless record added; past batch.size the partitioner moves on. */
export function noteStickyBytes(ctx: Ctx, producer: ProducerState, bytes: number): void {
  const s = producer.sticky
  s.producedBytes += bytes
  if (s.producedBytes < producer.config.batchSize) return
  const from = s.partition
  s.partition = pickPartition(ctx, producer)
  s.producedBytes = 0
  emit(ctx, {
    type: 'stickyPartitionChanged',
    topic: producer.topic,
    partition: s.partition,
    producerId: producer.id,
    from,
    to: s.partition,
  })
}

/** A sticky partition whose leader disappeared from the producer's metadata is abandoned at once. */
export function abandonUnavailableSticky(ctx: Ctx, producer: ProducerState): void {
  const s = producer.sticky
  if (s.partition >= 0 && producer.metadata.leaders[s.partition] === null) {
    const from = s.partition
    s.partition = pickPartition(ctx, producer)
    s.producedBytes = 0
    if (from !== s.partition) {
      emit(ctx, {
        type: 'stickyPartitionChanged',
        topic: producer.topic,
        partition: s.partition,
        producerId: producer.id,
        from,
        to: s.partition,
      })
    }
  }
}
