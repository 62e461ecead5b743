import { emit, schedule, type Ctx } from './context'
import type { BrokerId } from './ids'
import type { ProducerBatch, ProducerState, PendingRecord } from './state'

/**
 * The producer's RecordAccumulator and Sender: records gather in a batch per partition until linger.ms or
 * batch.size, then go straight to the partition's leader as the producer's metadata names it.
 */

/**
 * Adds a record to the partition's last batch while that batch has not been sent and has room (RecordAccumulator:
 * linger.ms only makes a batch sendable; it takes records until it is full or drained), or opens a new one.
 */
export function enqueueRecord(
  ctx: Ctx,
  producer: ProducerState,
  partition: number,
  record: PendingRecord,
): void {
  const cfg = producer.config
  while (producer.batches.length <= partition) producer.batches.push([])
  if (producer.nextSequence.length <= partition) {
    for (let i = producer.nextSequence.length; i <= partition; i++) producer.nextSequence.push(0)
  }
  const queue = producer.batches[partition]!
  const last = queue[queue.length - 1]
  let open =
    last && last.attempts === 0 && (last.status === 'open' || last.status === 'ready') ? last : undefined
  if (open && open.bytes + record.sizeBytes > cfg.batchSize) {
    open.status = 'ready'
    open = undefined
  }
  if (!open) {
    open = {
      id: producer.nextBatchId++,
      partition,
      records: [],
      bytes: 0,
      createdAt: ctx.state.timeMs,
      baseSequence: -1,
      epoch: producer.epoch,
      status: 'open',
      attempts: 0,
      requestId: -1,
      expired: false,
    }
    queue.push(open)
    schedule(ctx, cfg.lingerMs, {
      kind: 'lingerExpired',
      producerId: producer.id,
      partition,
      batchId: open.id,
    })
    armDeliveryTimer(ctx, producer, open.createdAt + cfg.deliveryTimeoutMs)
  }
  open.records.push(record)
  open.bytes += record.sizeBytes
  producer.sent += 1
  if (open.bytes >= cfg.batchSize) open.status = 'ready'
  drainPartition(ctx, producer, partition)
}

/** Sends ready batches in order, at most max.in.flight at once; a batch waiting to retry holds back the rest. */
export function drainPartition(ctx: Ctx, producer: ProducerState, partition: number): void {
  const queue = producer.batches[partition]
  if (!queue) return
  let inFlight = 0
  for (const b of queue) if (b.status === 'inFlight') inFlight += 1
  for (let i = 0; i < queue.length; i++) {
    const batch = queue[i]!
    if (batch.status === 'inFlight') continue
    if (batch.status !== 'ready') return
    if (inFlight >= producer.config.maxInFlightRequestsPerConnection) return
    const leader = producer.metadata.leaders[partition] ?? null
    if (leader === null) {
      requestMetadata(ctx, producer)
      return
    }
    // A new epoch's first sequence waits until the partition's batches of the old epoch are done.
    if (batch.baseSequence < 0 && queue.some((b) => b.baseSequence >= 0 && b.epoch !== producer.epoch)) return
    sendBatch(ctx, producer, batch, leader)
    if (queue[i] === batch) inFlight += 1
    else i -= 1 // acks=0: sent and done, so it left the queue
  }
}

export function drainAll(ctx: Ctx, producer: ProducerState): void {
  for (let p = 0; p < producer.batches.length; p++) drainPartition(ctx, producer, p)
}

function sendBatch(ctx: Ctx, producer: ProducerState, batch: ProducerBatch, leader: BrokerId): void {
  const partition = batch.partition
  if (producer.config.enableIdempotence && batch.baseSequence < 0) {
    batch.epoch = producer.epoch
    batch.baseSequence = producer.nextSequence[partition]!
    producer.nextSequence[partition] = batch.baseSequence + batch.records.length
  }
  batch.status = 'inFlight'
  batch.attempts += 1
  batch.requestId = ctx.state.nextRequestId++
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'produceRequest',
    sentAt: ctx.state.timeMs,
    producerId: producer.id,
    brokerId: leader,
    requestId: batch.requestId,
    topic: producer.topic,
    partition,
    batchId: batch.id,
    recordCount: batch.records.length,
    records: batch.records,
    acks: producer.config.acks,
    producerEpoch: batch.epoch,
    baseSequence: producer.config.enableIdempotence ? batch.baseSequence : -1,
  })
  emit(ctx, {
    type: 'recordSent',
    topic: producer.topic,
    partition,
    producerId: producer.id,
    brokerId: leader,
    requestId: batch.requestId,
    batchId: batch.id,
    recordCount: batch.records.length,
    keys: batch.records.map((r) => r.key),
    attempt: batch.attempts,
  })
  if (producer.config.acks === '0') {
    // Fire and forget: the send completes at once with an unknown offset (-1).
    producer.acked += batch.records.length
    removeBatch(producer, batch)
  }
}

/**
 * One timer per producer, set for the earliest moment a batch can pass delivery.timeout.ms (a timer per batch would
 * crowd the task queue with timers that almost never fire). Batches are made in time order, so a new batch never
 * expires before the timer already set.
 */
export function armDeliveryTimer(ctx: Ctx, producer: ProducerState, at: number): void {
  if (producer.deliveryTimerAt >= 0 && producer.deliveryTimerAt <= at) return
  producer.deliveryTimerAt = at
  schedule(ctx, at - ctx.state.timeMs, { kind: 'deliveryTimeout', producerId: producer.id })
}

export function removeBatch(producer: ProducerState, batch: ProducerBatch): void {
  const queue = producer.batches[batch.partition]
  if (!queue) return
  const i = queue.indexOf(batch)
  if (i < 0) return
  // Shift the rest down by hand: splice would allocate the array of removed items on every acknowledgement.
  for (let j = i; j < queue.length - 1; j++) queue[j] = queue[j + 1]!
  queue.pop()
}

export function findProducerBatch(
  producer: ProducerState,
  partition: number,
  batchId: number,
): ProducerBatch | undefined {
  const queue = producer.batches[partition]
  if (queue) for (const b of queue) if (b.id === batchId) return b
  return undefined
}

/**
 * Asks a live broker for fresh metadata (one request at a time); the answer comes a round trip later. Refreshes are
 * at least retry.backoff.ms apart (Metadata's refresh backoff): a partition without a leader does not turn into a
 * metadata request every round trip.
 */
export function requestMetadata(ctx: Ctx, producer: ProducerState): void {
  if (producer.metadata.refreshInFlight || producer.removed) return
  const wait = producer.metadata.fetchedAt + producer.config.retryBackoffMs - ctx.state.timeMs
  if (wait > 0) {
    scheduleMetadataRetry(ctx, producer, wait)
    return
  }
  const bootstrap = ctx.state.brokers.find((b) => b.alive && !b.fenced)
  if (!bootstrap) {
    scheduleMetadataRetry(ctx, producer)
    return
  }
  producer.metadata.refreshInFlight = true
  schedule(ctx, 2 * ctx.state.config.networkDelayMs, {
    kind: 'metadataResponse',
    sentAt: ctx.state.timeMs,
    producerId: producer.id,
    brokerId: bootstrap.id,
  })
}

/** No leader known for a waiting batch, or no broker answering: ask again later (by default retry.backoff.max.ms). */
export function scheduleMetadataRetry(
  ctx: Ctx,
  producer: ProducerState,
  delayMs = producer.config.retryBackoffMaxMs,
): void {
  if (producer.metadata.retryScheduled || producer.removed) return
  producer.metadata.retryScheduled = true
  schedule(ctx, delayMs, { kind: 'metadataRetry', producerId: producer.id })
}
