import { emit, findBroker, findTopic, type Ctx } from './context'
import { appendAtLeader } from './consumers'
import { producerId } from './ids'
import type { ConsumerState, FetchedRecord, GroupState, ValueFormat } from './state'

/**
 * Records a consumer cannot read. Kafka checks nothing about what is written; the consumer's value deserializer
 * does, when a poll hands the record over. JSON fails on anything that does not parse (an Avro record's bytes start
 * with a magic byte), Avro needs the registry's framing, a StringDeserializer and a ByteArrayDeserializer accept
 * any bytes.
 */
export function canDeserialize(format: ValueFormat, r: FetchedRecord): boolean {
  // Every deserializer turns a null value (a tombstone) into null without looking at it.
  if (format === 'any' || format === 'text' || r.value === null) return true
  if (format === 'avro') return r.format === 'avro'
  if (r.format === 'avro') return false
  try {
    JSON.parse(r.value)
    return true
  } catch {
    return false
  }
}

/**
 * The poll threw RecordDeserializationException on `r`. The application skips it (seeks past), dead-letters it
 * (produces it to its dead-letter topic, then seeks past), or does nothing: every later poll fails on the same
 * record and the member is stuck there. Returns whether the member goes past it.
 */
export function handleUnreadable(ctx: Ctx, group: GroupState, c: ConsumerState, r: FetchedRecord): boolean {
  const handling = c.onDeserializationError
  if (handling === 'fail' || (handling === 'deadLetter' && !produceToDeadLetter(ctx, c, r))) {
    stick(ctx, group, c, r)
    return false
  }
  // Counted once, like a processed record: a record handed out again after a rebalance is not a second one.
  const first = r.offset >= (group.processedUpTo[r.partition] ?? 0)
  group.processedUpTo[r.partition] = Math.max(group.processedUpTo[r.partition] ?? 0, r.offset + 1)
  c.processedUpTo[r.partition] = r.offset + 1
  if (first && handling === 'skip') group.skipped += 1
  if (first && handling === 'deadLetter') group.deadLettered += 1
  c.stuckAt = null
  emitUnreadable(ctx, group, c, r)
  return true
}

function emitUnreadable(ctx: Ctx, group: GroupState, c: ConsumerState, r: FetchedRecord): void {
  emit(ctx, {
    type: 'recordNotDeserialized',
    topic: group.topic,
    partition: r.partition,
    groupId: group.groupId,
    memberId: c.memberId,
    offset: r.offset,
    format: r.format,
    expected: c.valueFormat,
    handling: c.onDeserializationError,
    deadLetterTopic: c.deadLetterTopic,
  })
}

/**
 * The poll fails: the member keeps the record to fail on at its next poll and hands nothing else over; the records
 * it had fetched behind it will be fetched again from where they start.
 */
function stick(ctx: Ctx, group: GroupState, c: ConsumerState, r: FetchedRecord): void {
  for (const x of [...c.batch, ...c.buffer]) {
    if (x.partition !== r.partition)
      c.positions[x.partition] = Math.min(c.positions[x.partition] ?? x.offset, x.offset)
  }
  c.positions[r.partition] = r.offset + 1
  c.batch = [r]
  c.buffer = []
  if (c.stuckAt?.partition === r.partition && c.stuckAt.offset === r.offset) return
  c.stuckAt = { partition: r.partition, offset: r.offset }
  emitUnreadable(ctx, group, c, r)
}

/** The application's own producer sends the record to the dead-letter topic (same partition number, modulo). */
function produceToDeadLetter(ctx: Ctx, c: ConsumerState, r: FetchedRecord): boolean {
  const topic = c.deadLetterTopic === null ? undefined : findTopic(ctx.state, c.deadLetterTopic)
  const p = topic?.partitions[r.partition % topic.partitions.length]
  if (!topic || !p || p.leader === null || !findBroker(ctx.state, p.leader)?.alive) return false
  const sizeBytes = (r.key?.length ?? 0) + (r.value?.length ?? 0) + 8
  appendAtLeader(
    ctx,
    p,
    topic.config,
    [{ key: r.key, value: r.value, format: r.format, timestamp: ctx.state.timeMs, sizeBytes }],
    producerId(`${c.memberId}-dlt`),
  )
  return true
}
