import { KAFKA_PRODUCER_DEFAULTS, type ProducerConfig } from './config'
import { emit, findTopic, schedule, type Ctx } from './context'
import type { ProducerId, TopicName } from './ids'
import { javaUtf8Length } from './javaUtf8'
import { partitionForKey } from './keyPartitioner'
import { currentLeaders, findProducer } from './producerResponses'
import { nextInt } from './rng'
import { enqueueRecord } from './sender'
import type { KeyMode, PendingRecord, ProducerState, RecordFormat } from './state'
import { noteStickyBytes, stickyPartition } from './stickyPartitioner'

/** Per-record overhead inside a batch (attributes, varints, headers count): an estimate, as Kafka's own is. */
const RECORD_OVERHEAD_BYTES = 8

export interface NewProducer {
  id: ProducerId
  topic: TopicName
  ratePerSec: number
  keys: KeyMode
  format: RecordFormat
  config: Partial<ProducerConfig>
}

export function recordSize(key: string | null, value: string | null): number {
  return (
    (key === null ? 0 : javaUtf8Length(key)) +
    (value === null ? 0 : javaUtf8Length(value)) +
    RECORD_OVERHEAD_BYTES
  )
}

export function addProducer(ctx: Ctx, spec: NewProducer): ProducerState {
  const producer: ProducerState = {
    id: spec.id,
    topic: spec.topic,
    config: { ...KAFKA_PRODUCER_DEFAULTS, ...spec.config },
    ratePerSec: spec.ratePerSec,
    keys: spec.keys,
    format: spec.format,
    // Bootstrap: the producer starts with the cluster's metadata, as after its first metadata request.
    metadata: {
      leaders: currentLeaders(ctx, spec.topic),
      fetchedAt: ctx.state.timeMs,
      refreshInFlight: false,
      retryScheduled: false,
    },
    sticky: { partition: -1, producedBytes: 0 },
    epoch: 0,
    nextSequence: [],
    batches: [],
    nextBatchId: 0,
    recordCounter: 0,
    sent: 0,
    acked: 0,
    failed: 0,
    retryStreak: 0,
    deliveryTimerAt: -1,
    removed: false,
  }
  ctx.state.producers.push(producer)
  emit(ctx, { type: 'producerAdded', producerId: producer.id, topic: producer.topic })
  // The first record goes out at once (after linger.ms), the next ones at the producer's rate.
  if (producer.ratePerSec > 0) schedule(ctx, FIRST_SEND_MS, { kind: 'producerTick', producerId: producer.id })
  schedule(ctx, producer.config.metadataMaxAgeMs, { kind: 'metadataMaxAge', producerId: producer.id })
  return producer
}

const FIRST_SEND_MS = 50

export function tickInterval(producer: ProducerState): number {
  return 1000 / producer.ratePerSec
}

/** The producer stops; what it had not sent is dropped (close with a zero timeout). */
export function removeProducer(ctx: Ctx, producer: ProducerState): void {
  producer.removed = true
  producer.batches = []
  ctx.state.producers = ctx.state.producers.filter((p) => p !== producer)
  emit(ctx, { type: 'producerRemoved', producerId: producer.id })
}

export function setProducerRate(ctx: Ctx, producer: ProducerState, ratePerSec: number): void {
  const wasIdle = producer.ratePerSec <= 0
  producer.ratePerSec = ratePerSec
  emit(ctx, { type: 'producerRateChanged', producerId: producer.id, ratePerSec })
  if (wasIdle && ratePerSec > 0)
    schedule(ctx, tickInterval(producer), { kind: 'producerTick', producerId: producer.id })
}

const ITEMS = ['book', 'headphones', 'coffee', 'lamp', 'backpack', 'keyboard', 'plant', 'mug'] as const

/** A generated record: customer-id keys and purchase values, as in the course notes' `purchases` topic. */
function generateRecord(ctx: Ctx, producer: ProducerState): { key: string | null; value: string } {
  const n = ++producer.recordCounter
  const keys = producer.keys
  const key =
    keys.kind === 'none'
      ? null
      : keys.kind === 'fixed'
        ? keys.key
        : `${keys.prefix}${1 + nextInt(ctx.state, keys.count)}`
  const item = ITEMS[nextInt(ctx.state, ITEMS.length)]!
  const cents = 100 + nextInt(ctx.state, 9900)
  const amount = (cents / 100).toFixed(2)
  const who = key ?? 'guest'
  switch (producer.format) {
    case 'json':
      return { key, value: `{"order":${n},"customer":"${who}","item":"${item}","amount":${amount}}` }
    case 'avro':
      return { key, value: `Purchase{order=${n}, customer=${who}, item=${item}, amount=${amount}}` }
    case 'text':
      return { key, value: `order ${n}: ${who} bought a ${item} for ${amount}` }
  }
}

export function onProducerTick(ctx: Ctx, producerId: ProducerId): void {
  const producer = findProducer(ctx, producerId)
  if (!producer || producer.ratePerSec <= 0) return
  const quietUntil = ctx.state.producersQuietUntil
  if (ctx.state.timeMs < quietUntil) {
    schedule(ctx, quietUntil - ctx.state.timeMs, { kind: 'producerTick', producerId })
    return
  }
  const { key, value } = generateRecord(ctx, producer)
  send(ctx, producer, key, value, producer.format, undefined)
  schedule(ctx, tickInterval(producer), { kind: 'producerTick', producerId })
}

/** KafkaProducer.send: the producer, not the broker, decides the partition. */
export function send(
  ctx: Ctx,
  producer: ProducerState,
  key: string | null,
  value: string | null,
  format: RecordFormat,
  explicitPartition: number | undefined,
): number {
  const sizeBytes = recordSize(key, value)
  const numPartitions =
    producer.metadata.leaders.length || (findTopic(ctx.state, producer.topic)?.partitions.length ?? 1)
  let partition: number
  if (explicitPartition !== undefined) partition = explicitPartition
  else if (key !== null) partition = partitionForKey(key, numPartitions)
  else partition = stickyPartition(ctx, producer)
  const record: PendingRecord = { key, value, format, timestamp: ctx.state.timeMs, sizeBytes }
  enqueueRecord(ctx, producer, partition, record)
  if (explicitPartition === undefined && key === null) noteStickyBytes(ctx, producer, sizeBytes)
  return partition
}
