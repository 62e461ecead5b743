// Kafka's topic-name rules (org.apache.kafka.common.internals.Topic) with Kafka's own messages.
import { quote } from './validate'

export const MAX_TOPIC_NAME_LENGTH = 249

export const INTERNAL_TOPICS = ['__consumer_offsets', '__transaction_state', '__share_group_state'] as const

const LEGAL_CHARS = /^[a-zA-Z0-9._-]+$/

function invalidReason(name: string): string | undefined {
  if (name.length === 0) return 'the empty string is not allowed'
  if (name === '.') return "'.' is not allowed"
  if (name === '..') return "'..' is not allowed"
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `the length of ${quote(name)} is longer than the max allowed length ${MAX_TOPIC_NAME_LENGTH}`
  }
  if (!LEGAL_CHARS.test(name)) {
    return `'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`
  }
  return undefined
}

export function topicNameError(name: string): string | undefined {
  const reason = invalidReason(name)
  return reason === undefined ? undefined : `Topic name is invalid: ${reason}`
}

// '.' and '_' collide in metric names, so Kafka refuses names equal up to that swap.
function unifyCollisionChars(name: string): string {
  return name.replaceAll('.', '_')
}

export function topicCollisionError(name: string, existing: Iterable<string>): string | undefined {
  const unified = unifyCollisionChars(name)
  for (const other of existing) {
    if (other !== name && unifyCollisionChars(other) === unified) {
      return `Topic '${name}' collides with existing topic: ${other}`
    }
  }
  return undefined
}

export function isInternalTopic(name: string): boolean {
  return (INTERNAL_TOPICS as readonly string[]).includes(name)
}
