import { emit, findTopic, schedule, type Ctx } from './context'
import type { BrokerId } from './ids'
import { abandonUnavailableSticky } from './stickyPartitioner'
import {
  armDeliveryTimer,
  drainAll,
  drainPartition,
  findProducerBatch,
  removeBatch,
  requestMetadata,
  scheduleMetadataRetry,
} from './sender'
import type { ProducerBatch, ProducerState } from './state'
import type { KafkaError, NetworkTask, TimerTask } from './tasks'

type ProduceResponse = Extract<NetworkTask, { kind: 'produceResponse' }>
type ProducerTimer<K extends TimerTask['kind']> = Extract<TimerTask, { kind: K }>

/** Errors after which the client refreshes its metadata before retrying (Sender.completeBatch). */
const NEEDS_METADATA: ReadonlySet<KafkaError> = new Set([
  'NETWORK_EXCEPTION',
  'NOT_LEADER_OR_FOLLOWER',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
])

export function findProducer(ctx: Ctx, id: string): ProducerState | undefined {
  for (const p of ctx.state.producers) if (p.id === id) return p.removed ? undefined : p
  return undefined
}

/** retry.backoff.ms doubling per attempt up to retry.backoff.max.ms (Kafka adds ±20% jitter; left out). */
export function retryBackoffMs(producer: ProducerState, attempts: number): number {
  const c = producer.config
  return Math.min(c.retryBackoffMaxMs, c.retryBackoffMs * 2 ** Math.max(0, attempts - 1))
}

/**
 * A batch that will never be delivered: counted failed; the idempotent producer bumps its epoch so sequences restart
 * (KIP-360). The failed partition's other batches are numbered again under the new epoch; batches of other partitions
 * that already carry a sequence keep it, so that a retry of one the broker already wrote is still seen as a duplicate
 * (TransactionManager.startSequencesAtBeginning for the failed partition only).
 */
function failForGood(
  ctx: Ctx,
  producer: ProducerState,
  batch: ProducerBatch,
  error: KafkaError,
  brokerId: BrokerId | null,
): void {
  removeBatch(producer, batch)
  producer.failed += batch.records.length
  if (producer.config.enableIdempotence) {
    producer.epoch += 1
    producer.nextSequence = producer.nextSequence.map(() => 0)
    for (const b of producer.batches[batch.partition] ?? []) b.baseSequence = -1
  }
  emit(ctx, {
    type: 'produceFailed',
    topic: producer.topic,
    partition: batch.partition,
    producerId: producer.id,
    brokerId,
    batchId: batch.id,
    error,
    willRetry: false,
    attempt: batch.attempts,
    recordCount: batch.records.length,
  })
}

export function onProduceResponse(ctx: Ctx, res: ProduceResponse): void {
  const producer = findProducer(ctx, res.producerId)
  const batch = producer && findProducerBatch(producer, res.partition, res.batchId)
  if (!producer || !batch || batch.requestId !== res.requestId || batch.status !== 'inFlight') return
  if (res.error === null) {
    removeBatch(producer, batch)
    producer.acked += batch.records.length
    producer.retryStreak = 0
    emit(ctx, {
      type: 'produceAcked',
      topic: producer.topic,
      partition: res.partition,
      producerId: producer.id,
      batchId: batch.id,
      baseOffset: res.baseOffset,
      recordCount: batch.records.length,
    })
    drainPartition(ctx, producer, res.partition)
    return
  }
  const now = ctx.state.timeMs
  if (res.error === 'INVALID_RECORD') {
    // Not retriable (InvalidRecordException): the send fails at once.
    failForGood(ctx, producer, batch, res.error, res.brokerId)
    drainPartition(ctx, producer, res.partition)
    return
  }
  if (batch.expired || now - batch.createdAt >= producer.config.deliveryTimeoutMs) {
    failForGood(ctx, producer, batch, 'TIMEOUT', res.brokerId)
    drainPartition(ctx, producer, res.partition)
    return
  }
  batch.status = 'backoff'
  emit(ctx, {
    type: 'produceFailed',
    topic: producer.topic,
    partition: res.partition,
    producerId: producer.id,
    brokerId: res.brokerId,
    batchId: batch.id,
    error: res.error,
    willRetry: true,
    attempt: batch.attempts,
    recordCount: batch.records.length,
  })
  if (NEEDS_METADATA.has(res.error)) requestMetadata(ctx, producer)
  schedule(ctx, retryBackoffMs(producer, batch.attempts), {
    kind: 'retryBatch',
    producerId: producer.id,
    partition: res.partition,
    batchId: batch.id,
  })
}

export function onRetryBatch(ctx: Ctx, task: ProducerTimer<'retryBatch'>): void {
  const producer = findProducer(ctx, task.producerId)
  const batch = producer && findProducerBatch(producer, task.partition, task.batchId)
  if (!producer || !batch || batch.status !== 'backoff') return
  batch.status = 'ready'
  drainPartition(ctx, producer, task.partition)
}

export function onLingerExpired(ctx: Ctx, task: ProducerTimer<'lingerExpired'>): void {
  const producer = findProducer(ctx, task.producerId)
  const batch = producer && findProducerBatch(producer, task.partition, task.batchId)
  if (!producer || !batch || batch.status !== 'open') return
  batch.status = 'ready'
  drainPartition(ctx, producer, task.partition)
}

/**
 * delivery.timeout.ms: batches not acknowledged in time fail, oldest first (at once, or when their request answers);
 * then the timer is set again for the next batch that can expire.
 */
export function onDeliveryTimeout(ctx: Ctx, task: ProducerTimer<'deliveryTimeout'>): void {
  const producer = findProducer(ctx, task.producerId)
  const now = ctx.state.timeMs
  if (!producer || producer.deliveryTimerAt !== now) return // removed, or a timer replaced by an earlier one
  producer.deliveryTimerAt = -1
  const timeout = producer.config.deliveryTimeoutMs
  const due: ProducerBatch[] = []
  let next = Infinity
  for (const queue of producer.batches) {
    for (const b of queue) {
      if (b.expired) continue
      const at = b.createdAt + timeout
      if (at <= now) due.push(b)
      else if (at < next) next = at
    }
  }
  due.sort((a, b) => a.id - b.id)
  for (const batch of due) {
    if (batch.status === 'inFlight') {
      batch.expired = true
      continue
    }
    failForGood(ctx, producer, batch, 'TIMEOUT', null)
    drainPartition(ctx, producer, batch.partition)
  }
  if (next < Infinity) armDeliveryTimer(ctx, producer, next)
}

/** The controller's current leaders, as any broker's metadata cache would answer. */
export function currentLeaders(ctx: Ctx, topic: string): (BrokerId | null)[] {
  return findTopic(ctx.state, topic)?.partitions.map((p) => p.leader) ?? []
}

/** Fresh metadata: partitions whose leader changed are rerouted, waiting batches go out. */
export function applyMetadata(ctx: Ctx, producer: ProducerState): void {
  const leaders = currentLeaders(ctx, producer.topic)
  const old = producer.metadata.leaders
  producer.metadata.leaders = leaders
  producer.metadata.fetchedAt = ctx.state.timeMs
  emit(ctx, {
    type: 'metadataRefreshed',
    producerId: producer.id,
    topic: producer.topic,
    leaders: [...leaders],
  })
  leaders.forEach((to, partition) => {
    const from = old[partition] ?? null
    if (partition < old.length && from !== to) {
      emit(ctx, {
        type: 'producerRerouted',
        topic: producer.topic,
        partition,
        producerId: producer.id,
        from,
        to,
      })
    }
  })
  abandonUnavailableSticky(ctx, producer)
  drainAll(ctx, producer)
  const waiting = producer.batches.some(
    (q, partition) => q.some((b) => b.status === 'ready') && leaders[partition] == null,
  )
  if (waiting) scheduleMetadataRetry(ctx, producer)
}

export function onMetadataResponse(ctx: Ctx, task: Extract<NetworkTask, { kind: 'metadataResponse' }>): void {
  const producer = findProducer(ctx, task.producerId)
  if (!producer) return
  producer.metadata.refreshInFlight = false
  const answering = ctx.state.brokers.find((b) => b.id === task.brokerId)
  if (!answering?.alive) {
    scheduleMetadataRetry(ctx, producer)
    return
  }
  applyMetadata(ctx, producer)
}

export function onMetadataRetry(ctx: Ctx, task: ProducerTimer<'metadataRetry'>): void {
  const producer = findProducer(ctx, task.producerId)
  if (!producer) return
  producer.metadata.retryScheduled = false
  requestMetadata(ctx, producer)
}

/** metadata.max.age.ms: the producer refreshes even without an error (this is how it sees new partitions). */
export function onMetadataMaxAge(ctx: Ctx, task: ProducerTimer<'metadataMaxAge'>): void {
  const producer = findProducer(ctx, task.producerId)
  if (!producer) return
  requestMetadata(ctx, producer)
  schedule(ctx, producer.config.metadataMaxAgeMs, { kind: 'metadataMaxAge', producerId: producer.id })
}
