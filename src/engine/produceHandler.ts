import { PRODUCE_REQUEST_TIMEOUT_MS } from './config'
import { emit, findBroker, findPartition, findTopic, schedule, type Ctx } from './context'
import { appendBatch, isCompacted, noteIdempotentAppend } from './log'
import { ownValue } from './ownKeys'
import { effectiveMinIsr, maybeAdvanceHighWatermark, replicaOf, wakeParkedFollowers } from './replication'
import type { PartitionState } from './state'
import type { KafkaError, NetworkTask, TimerTask } from './tasks'

type ProduceRequest = Extract<NetworkTask, { kind: 'produceRequest' }>
type ProduceAckTimeout = Extract<TimerTask, { kind: 'produceAckTimeout' }>

export { effectiveMinIsr }

/** The broker's answer; acks=0 gets none. */
function respond(ctx: Ctx, req: ProduceRequest, error: KafkaError | null, baseOffset: number): void {
  if (req.acks === '0') return
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'produceResponse',
    sentAt: ctx.state.timeMs,
    producerId: req.producerId,
    brokerId: req.brokerId,
    requestId: req.requestId,
    topic: req.topic,
    partition: req.partition,
    batchId: req.batchId,
    error,
    baseOffset,
  })
}

/** The idempotence check (ProducerStateManager): a known sequence is a duplicate, a gap is out of order. */
function checkSequence(p: PartitionState, req: ProduceRequest): 'append' | 'gap' | number {
  if (req.baseSequence < 0) return 'append'
  const st = ownValue(p.producerStates, req.producerId)
  if (!st || st.epoch !== req.producerEpoch) return req.baseSequence === 0 || !st ? 'append' : 'gap'
  for (const b of st.batches) if (b.firstSequence === req.baseSequence) return b.baseOffset
  if (req.baseSequence <= st.lastSequence) return 'gap'
  return req.baseSequence === st.lastSequence + 1 ? 'append' : 'gap'
}

/** A produce request reaches a broker: checks, append, then an answer now (acks=1) or at the HW (acks=all). */
export function onProduceRequest(ctx: Ctx, req: ProduceRequest): void {
  const broker = findBroker(ctx.state, req.brokerId)
  const acks = req.acks
  if (!broker || !broker.alive) return respond(ctx, req, 'NETWORK_EXCEPTION', -1)
  const topic = findTopic(ctx.state, req.topic)
  const p = topic?.partitions[req.partition]
  if (!topic || !p) return respond(ctx, req, 'UNKNOWN_TOPIC_OR_PARTITION', -1)
  if (p.leader !== broker.id || broker.fenced) return respond(ctx, req, 'NOT_LEADER_OR_FOLLOWER', -1)
  const minIsr = effectiveMinIsr(topic.config.minInsyncReplicas, p.replicas.length)
  if (acks === 'all' && p.isr.length < minIsr) return respond(ctx, req, 'NOT_ENOUGH_REPLICAS', -1)
  // LogValidator.validateKey: a compacted topic refuses the whole batch if a record in it has no key.
  if (isCompacted(topic.config) && req.records.some((r) => r.key === null)) {
    emit(ctx, {
      type: 'recordRefused',
      topic: p.topic,
      partition: p.partition,
      producerId: req.producerId,
      brokerId: broker.id,
      error: 'INVALID_RECORD',
      message: `Compacted topic cannot accept message without key in topic partition ${p.topic}-${p.partition}`,
    })
    return respond(ctx, req, 'INVALID_RECORD', -1)
  }

  const seq = checkSequence(p, req)
  if (seq === 'gap') return respond(ctx, req, 'OUT_OF_ORDER_SEQUENCE_NUMBER', -1)
  let baseOffset: number
  let lastOffset: number
  if (typeof seq === 'number') {
    baseOffset = seq
    lastOffset = seq + req.records.length - 1
    emit(ctx, {
      type: 'duplicateRefused',
      topic: p.topic,
      partition: p.partition,
      producerId: req.producerId,
      brokerId: broker.id,
      baseOffset,
    })
  } else {
    baseOffset = appendBatch(
      ctx,
      p,
      topic.config,
      req.records,
      req.producerId,
      req.producerEpoch,
      req.baseSequence,
    )
    lastOffset = p.logEndOffset - 1
    if (req.baseSequence >= 0) {
      noteIdempotentAppend(
        p,
        req.producerId,
        req.producerEpoch,
        req.baseSequence,
        req.records.length,
        baseOffset,
      )
    }
    emit(ctx, {
      type: 'recordAppended',
      topic: p.topic,
      partition: p.partition,
      producerId: req.producerId,
      brokerId: broker.id,
      baseOffset,
      lastOffset,
      leaderEpoch: p.leaderEpoch,
    })
    const self = replicaOf(p, broker.id)
    if (self) {
      self.logEndOffset = p.logEndOffset
      self.fetchOffsetAtLeader = p.logEndOffset
    }
    wakeParkedFollowers(ctx, p)
  }
  if (acks !== 'all' || lastOffset < p.highWatermark) {
    respond(ctx, req, null, baseOffset)
    // A leader alone in its ISR commits at once (UnifiedLog append -> maybeIncrementLeaderHW), whatever the acks.
    maybeAdvanceHighWatermark(ctx, p)
    return
  }
  const expiresAt = ctx.state.timeMs + PRODUCE_REQUEST_TIMEOUT_MS
  p.pendingAcks.push({
    producerId: req.producerId,
    requestId: req.requestId,
    batchId: req.batchId,
    lastOffset,
    baseOffset,
    expiresAt,
  })
  armPurgatoryTimer(ctx, p, expiresAt)
  maybeAdvanceHighWatermark(ctx, p)
}

/** One timer per partition, for the earliest request that can expire; requests arrive in time order. */
function armPurgatoryTimer(ctx: Ctx, p: PartitionState, at: number): void {
  if (p.purgatoryTimerAt >= 0 && p.purgatoryTimerAt <= at) return
  p.purgatoryTimerAt = at
  schedule(ctx, at - ctx.state.timeMs, { kind: 'produceAckTimeout', topic: p.topic, partition: p.partition })
}

/** DelayedProduce expiry: requests whose records the high watermark did not reach within their timeout. */
export function onProduceAckTimeout(ctx: Ctx, task: ProduceAckTimeout): void {
  const p = findPartition(ctx.state, task.topic, task.partition)
  const now = ctx.state.timeMs
  if (!p || p.purgatoryTimerAt !== now) return // a timer replaced by an earlier one
  p.purgatoryTimerAt = -1
  const expired = p.pendingAcks.filter((a) => a.expiresAt <= now)
  if (expired.length > 0) p.pendingAcks = p.pendingAcks.filter((a) => a.expiresAt > now)
  for (const a of expired) {
    if (p.leader === null) break
    schedule(ctx, ctx.state.config.networkDelayMs, {
      kind: 'produceResponse',
      sentAt: now,
      producerId: a.producerId,
      brokerId: p.leader,
      requestId: a.requestId,
      topic: p.topic,
      partition: p.partition,
      batchId: a.batchId,
      error: 'REQUEST_TIMED_OUT',
      baseOffset: -1,
    })
  }
  let next = Infinity
  for (const a of p.pendingAcks) if (a.expiresAt < next) next = a.expiresAt
  if (next < Infinity) armPurgatoryTimer(ctx, p, next)
}
