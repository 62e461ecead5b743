import { topicCollisionError, topicNameError } from '../../engine'

/**
 * What Kafka would answer to CreateTopics for this name, checked in the engine's order: an illegal name, an
 * existing topic, a name that collides once '.' and '_' are unified. Undefined when the name is fine.
 */
export function topicNameProblem(name: string, existing: readonly string[]): string | undefined {
  const invalid = topicNameError(name)
  if (invalid) return invalid
  if (existing.includes(name)) return `Topic '${name}' already exists.`
  return topicCollisionError(name, existing)
}
