import { ASSIGNORS, SERVER_ASSIGNORS, type AssignorName } from './assignors'
import { KAFKA_CONSUMER_DEFAULTS } from './config'
import { findTopic, type Ctx } from './context'
import type {
  CommitMode,
  ConsumerState,
  DeserializationErrorHandling,
  GroupProtocol,
  GroupState,
  ValueFormat,
} from './state'
import { describe, finiteNumber, oneOf, okValue, quote, type Checked } from './validate'

/** The settings addConsumer checks: a new group's (protocol, assignor, commits, reset) and the member's own. */
export const COMMIT_MODES: readonly CommitMode[] = ['auto', 'afterProcessing', 'beforeProcessing']
const RESETS = ['latest', 'earliest', 'none'] as const
const PROTOCOLS: readonly GroupProtocol[] = ['classic', 'consumer']
const VALUE_FORMATS: readonly ValueFormat[] = ['any', 'text', 'json', 'avro']
const ON_DESERIALIZATION_ERROR: readonly DeserializationErrorHandling[] = ['fail', 'skip', 'deadLetter']
/** max.poll.interval.ms: Kafka takes any positive int; a day is plenty for a lesson. */
const MAX_POLL_INTERVAL_LIMIT_MS = 86400000

function wholeNumber(v: unknown, name: string, min: number, max: number, fallback: number): Checked<number> {
  if (v === undefined) return okValue(fallback)
  const n = finiteNumber(v, name, min, max)
  if (n.ok && !Number.isInteger(n.value))
    return { ok: false, error: `${name} must be a whole number, got ${describe(v)}.` }
  return n
}

export function newGroup(
  groupId: string,
  topic: GroupState['topic'],
  input: Record<string, unknown>,
): Checked<GroupState> {
  const reset =
    input.autoOffsetReset === undefined
      ? okValue(KAFKA_CONSUMER_DEFAULTS.autoOffsetReset)
      : oneOf(input.autoOffsetReset, 'autoOffsetReset', RESETS)
  if (!reset.ok) return reset
  const protocol =
    input.groupProtocol === undefined
      ? okValue<GroupProtocol>('classic')
      : oneOf(input.groupProtocol, 'groupProtocol', PROTOCOLS)
  if (!protocol.ok) return protocol
  const assignor = assignorFor(protocol.value, input.assignor)
  if (!assignor.ok) return assignor
  const mode =
    input.commitMode === undefined
      ? okValue<CommitMode>('auto')
      : oneOf(input.commitMode, 'commitMode', COMMIT_MODES)
  if (!mode.ok) return mode
  return okValue({
    groupId,
    topic,
    assignor: assignor.value,
    protocol: protocol.value,
    commitMode: mode.value,
    config: {
      ...KAFKA_CONSUMER_DEFAULTS,
      autoOffsetReset: reset.value,
      enableAutoCommit: mode.value === 'auto',
    },
    phase: 'Empty',
    generation: 0,
    members: [],
    assignment: {},
    committed: {},
    consumed: {},
    processedUpTo: {},
    duplicates: 0,
    skipped: 0,
    deadLettered: 0,
    pausedMs: {},
    pausedSince: {},
    pendingRevoked: [],
    joinDelayUntil: 0,
    nextMemberNumber: 1,
    rejoinRequested: false,
  })
}

/** Classic groups take a client-side assignor (range by default), consumer-protocol groups a server-side one (uniform). */
export function assignorFor(protocol: GroupProtocol, v: unknown): Checked<AssignorName> {
  const allowed = protocol === 'consumer' ? SERVER_ASSIGNORS : ASSIGNORS
  if (v === undefined) return okValue(allowed[0]!)
  const checked = oneOf(v, 'assignor', allowed)
  if (checked.ok || !ASSIGNORS.concat(SERVER_ASSIGNORS).includes(v as AssignorName)) return checked
  return {
    ok: false,
    error: `assignor '${String(v)}' is not one of the ${protocol} protocol's: ${allowed.join(', ')}.`,
  }
}

/** The member's own settings: its poll loop and its value deserializer. */
export function memberSettings(
  ctx: Ctx,
  input: Record<string, unknown>,
): Checked<
  Pick<
    ConsumerState,
    'maxPollRecords' | 'maxPollIntervalMs' | 'valueFormat' | 'onDeserializationError' | 'deadLetterTopic'
  >
> {
  const records = wholeNumber(
    input.maxPollRecords,
    'maxPollRecords',
    1,
    500,
    KAFKA_CONSUMER_DEFAULTS.maxPollRecords,
  )
  if (!records.ok) return records
  const interval = wholeNumber(
    input.maxPollIntervalMs,
    'maxPollIntervalMs',
    1000,
    MAX_POLL_INTERVAL_LIMIT_MS,
    KAFKA_CONSUMER_DEFAULTS.maxPollIntervalMs,
  )
  if (!interval.ok) return interval
  const format =
    input.valueFormat === undefined
      ? okValue<ValueFormat>('any')
      : oneOf(input.valueFormat, 'valueFormat', VALUE_FORMATS)
  if (!format.ok) return format
  const handling =
    input.onDeserializationError === undefined
      ? okValue<DeserializationErrorHandling>('fail')
      : oneOf(input.onDeserializationError, 'onDeserializationError', ON_DESERIALIZATION_ERROR)
  if (!handling.ok) return handling
  let deadLetterTopic: string | null = null
  if (handling.value === 'deadLetter') {
    if (typeof input.deadLetterTopic !== 'string')
      return {
        ok: false,
        error: `deadLetterTopic must name a topic when onDeserializationError is 'deadLetter', got ${describe(input.deadLetterTopic)}.`,
      }
    const topic = findTopic(ctx.state, input.deadLetterTopic)
    if (!topic)
      return { ok: false, error: `Dead-letter topic ${quote(input.deadLetterTopic)} does not exist.` }
    if (topic.internal)
      return { ok: false, error: `The internal topic ${topic.name} cannot be a dead-letter topic.` }
    deadLetterTopic = topic.name
  } else if (input.deadLetterTopic !== undefined) {
    return { ok: false, error: `deadLetterTopic is only used with onDeserializationError 'deadLetter'.` }
  }
  return okValue({
    maxPollRecords: records.value,
    maxPollIntervalMs: interval.value,
    valueFormat: format.value,
    onDeserializationError: handling.value,
    deadLetterTopic,
  })
}
