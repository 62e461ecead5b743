import { MAX_PRODUCERS, MAX_RECORD_RATE_PER_SEC, MAX_VALUE_LENGTH, type ProducerConfig } from './config'
import { findTopic, type Ctx } from './context'
import { OK, refuse, type CommandHandler } from './commands'
import { producerId as toProducerId, type ProducerId } from './ids'
import { findProducer } from './producerResponses'
import { addProducer, removeProducer, send, setProducerRate } from './producers'
import type { KeyMode, ProducerState, RecordFormat } from './state'
import type { TopicState } from './state'
import {
  bad,
  bool,
  describe,
  finiteNumber,
  isRecord,
  okValue,
  oneOf,
  quote,
  text,
  wholeNumber,
  type Checked,
} from './validate'

const FORMATS: readonly RecordFormat[] = ['json', 'avro', 'text']
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,40}$/
const MAX_KEY_LENGTH = 1000

function topicFrom(ctx: Ctx, v: unknown): TopicState | string {
  if (typeof v !== 'string') return `topic must be text, got ${describe(v)}.`
  const topic = findTopic(ctx.state, v)
  if (!topic) return `Topic ${quote(v)} does not exist.`
  if (topic.internal) return `Clients may not write to the internal topic ${v}.`
  return topic
}

function producerFrom(ctx: Ctx, v: unknown): ProducerState | string {
  if (typeof v !== 'string') return `producerId must be text, got ${describe(v)}.`
  return findProducer(ctx, v) ?? `Producer ${quote(v)} does not exist.`
}

function parseKeys(v: unknown): Checked<KeyMode> {
  if (v === undefined || v === 'none') return okValue({ kind: 'none' })
  if (v === 'customers') return okValue({ kind: 'pool', prefix: 'customer-', count: 50 })
  if (isRecord(v) && 'fixed' in v) {
    const key = text(v.fixed, 'keys.fixed', MAX_KEY_LENGTH)
    return key.ok ? okValue({ kind: 'fixed', key: key.value }) : key
  }
  if (isRecord(v)) {
    const prefix = text(v.prefix, 'keys.prefix', 100)
    if (!prefix.ok) return prefix
    const count = wholeNumber(v.count, 'keys.count', 1, 100000)
    if (!count.ok) return count
    return okValue({ kind: 'pool', prefix: prefix.value, count: count.value })
  }
  return bad(`keys must be 'none', 'customers', {prefix, count} or {fixed}, got ${describe(v)}.`)
}

function parseProducerConfig(input: Record<string, unknown>): Checked<Partial<ProducerConfig>> {
  const out: Partial<ProducerConfig> = {}
  if (input.acks !== undefined) {
    const acks = oneOf(input.acks, 'acks', ['0', '1', 'all'] as const)
    if (!acks.ok) return acks
    out.acks = acks.value
  }
  if (input.enableIdempotence !== undefined) {
    const idem = bool(input.enableIdempotence, 'enableIdempotence')
    if (!idem.ok) return idem
    out.enableIdempotence = idem.value
  }
  const numbers: [keyof ProducerConfig, string, number, number][] = [
    ['batchSize', 'batch.size', 64, 1048576],
    ['lingerMs', 'linger.ms', 0, 60000],
    ['deliveryTimeoutMs', 'delivery.timeout.ms', 1000, 3600000],
  ]
  for (const [field, label, min, max] of numbers) {
    if (input[field] === undefined) continue
    const n = wholeNumber(input[field], label, min, max)
    if (!n.ok) return n
    ;(out as Record<string, number>)[field] = n.value
  }
  return okValue(out)
}

function freeProducerId(ctx: Ctx): ProducerId {
  const used = new Set(ctx.state.producers.map((p) => p.id as string))
  let n = 1
  while (used.has(`P${n}`)) n++
  return toProducerId(`P${n}`)
}

/** The producer a hand-sent record uses when none is named: one console producer per topic. */
function consoleProducer(ctx: Ctx, topic: TopicState): ProducerState {
  const id = toProducerId(`console-${topic.name}`.slice(0, 40))
  return (
    findProducer(ctx, id) ??
    addProducer(ctx, {
      id,
      topic: topic.name,
      ratePerSec: 0,
      keys: { kind: 'none' },
      format: 'text',
      config: {},
    })
  )
}

export const producerCommands: Record<string, CommandHandler> = {
  produce(ctx, input) {
    const topic = topicFrom(ctx, input.topic)
    if (typeof topic === 'string') return refuse(topic)
    // A null value is a tombstone: it deletes its key from a compacted topic.
    const value = input.value === null ? okValue(null) : text(input.value, 'value', MAX_VALUE_LENGTH)
    if (!value.ok) return refuse(value.error)
    if (input.key !== undefined && input.key !== null && typeof input.key !== 'string') {
      return refuse(`key must be text or null, got ${describe(input.key)}.`)
    }
    const key = (input.key ?? null) as string | null
    if (key !== null && key.length > MAX_KEY_LENGTH)
      return refuse(`key is longer than ${MAX_KEY_LENGTH} characters.`)
    const format =
      input.format === undefined ? okValue<RecordFormat>('text') : oneOf(input.format, 'format', FORMATS)
    if (!format.ok) return refuse(format.error)
    let named: ProducerState | undefined
    if (input.producerId !== undefined) {
      const found = producerFrom(ctx, input.producerId)
      if (typeof found === 'string') return refuse(found)
      if (found.topic !== topic.name)
        return refuse(`Producer '${found.id}' writes to '${found.topic}', not '${topic.name}'.`)
      named = found
    }
    const existing = named ?? findProducer(ctx, `console-${topic.name}`.slice(0, 40))
    if (!existing && ctx.state.producers.length >= MAX_PRODUCERS) {
      return refuse(`A cluster may have at most ${MAX_PRODUCERS} producers here.`)
    }
    let partition: number | undefined
    if (input.partition !== undefined) {
      const count = existing ? existing.metadata.leaders.length : topic.partitions.length
      const p = input.partition
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p >= count) {
        return refuse(
          `Invalid partition given with record: ${describe(p)} is not in the range [0...${count}).`,
        )
      }
      partition = p
    }
    const producer = existing ?? consoleProducer(ctx, topic)
    send(ctx, producer, key, value.value, format.value, partition)
    return OK
  },
  addProducer(ctx, input) {
    const topic = topicFrom(ctx, input.topic)
    if (typeof topic === 'string') return refuse(topic)
    if (ctx.state.producers.length >= MAX_PRODUCERS)
      return refuse(`A cluster may have at most ${MAX_PRODUCERS} producers here.`)
    let id = freeProducerId(ctx)
    if (input.id !== undefined) {
      if (typeof input.id !== 'string' || !ID_PATTERN.test(input.id)) {
        return refuse('id must be 1 to 40 letters, digits, dots, dashes, colons or underscores.')
      }
      if (findProducer(ctx, input.id)) return refuse(`Producer '${input.id}' already exists.`)
      id = toProducerId(input.id)
    }
    const rate =
      input.ratePerSec === undefined
        ? okValue(1)
        : finiteNumber(input.ratePerSec, 'ratePerSec', 0, MAX_RECORD_RATE_PER_SEC)
    if (!rate.ok) return refuse(rate.error)
    const keys = parseKeys(input.keys)
    if (!keys.ok) return refuse(keys.error)
    const format =
      input.format === undefined ? okValue<RecordFormat>('json') : oneOf(input.format, 'format', FORMATS)
    if (!format.ok) return refuse(format.error)
    const config = parseProducerConfig(input)
    if (!config.ok) return refuse(config.error)
    // As Kafka's client: idempotence needs acks=all; asked for explicitly otherwise it is refused, by default it is off.
    if (config.value.acks !== undefined && config.value.acks !== 'all') {
      if (config.value.enableIdempotence === true) {
        return refuse(
          'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
        )
      }
      config.value.enableIdempotence = false
    }
    addProducer(ctx, {
      id,
      topic: topic.name,
      ratePerSec: rate.value,
      keys: keys.value,
      format: format.value,
      config: config.value,
    })
    return OK
  },
  quietProducers(ctx, input) {
    const forMs = wholeNumber(input.forMs, 'forMs', 0, 3650 * 86400000)
    if (!forMs.ok) return refuse(forMs.error)
    ctx.state.producersQuietUntil = ctx.state.timeMs + forMs.value
    ctx.events.push({ t: ctx.state.timeMs, type: 'producersQuiet', untilMs: ctx.state.producersQuietUntil })
    return OK
  },
  removeProducer(ctx, input) {
    const producer = producerFrom(ctx, input.producerId)
    if (typeof producer === 'string') return refuse(producer)
    removeProducer(ctx, producer)
    return OK
  },
  setProducerRate(ctx, input) {
    const producer = producerFrom(ctx, input.producerId)
    if (typeof producer === 'string') return refuse(producer)
    const rate = finiteNumber(input.ratePerSec, 'ratePerSec', 0, MAX_RECORD_RATE_PER_SEC)
    if (!rate.ok) return refuse(rate.error)
    setProducerRate(ctx, producer, rate.value)
    return OK
  },
}
