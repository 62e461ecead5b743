import type { MessageKey } from '../../i18n/en'

/**
 * Kafka's own error messages, which the forms show as Kafka writes them (students will meet them on a real
 * cluster), mapped to an explanation in the student's language. The first pattern that matches wins.
 */
const EXPLAINED: readonly [RegExp, MessageKey][] = [
  [/^Topic name is invalid: the empty string is not allowed/, 'kafkaError.topicNameEmpty'],
  [/^Topic name is invalid: .* is longer than the max allowed length/, 'kafkaError.topicNameLong'],
  [/^Topic name is invalid: .*contains one or more characters other than ASCII/, 'kafkaError.topicNameChars'],
  [/^Topic name is invalid: '\.\.?' is not allowed/, 'kafkaError.topicNameDots'],
  [/^Topic '.*' already exists\.$/, 'kafkaError.topicExists'],
  [/^Topic '.*' collides with existing topic: /, 'kafkaError.topicCollides'],
  [/^Unable to replicate the partition \d+ time\(s\)/, 'kafkaError.replicationFactor'],
  [/^Invalid partition given with record: /, 'kafkaError.invalidPartition'],
  [/^Must set acks to all in order to use the idempotent producer/, 'kafkaError.idempotenceAcks'],
]

/** The explanation of a Kafka error message, or undefined when there is none for it. */
export function kafkaErrorExplanation(error: string): MessageKey | undefined {
  return EXPLAINED.find(([pattern]) => pattern.test(error))?.[1]
}
