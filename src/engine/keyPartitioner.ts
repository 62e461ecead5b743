// Kafka's BuiltInPartitioner.partitionForKey for a String key serialized by StringSerializer.
import { javaUtf8 } from './javaUtf8'
import { murmur2, toPositive } from './murmur2'

export interface KeyPartitionExplanation {
  key: string
  hash: number
  positive: number
  numPartitions: number
  partition: number
}

export function explainKeyPartition(key: string, numPartitions: number): KeyPartitionExplanation {
  const hash = murmur2(javaUtf8(key))
  const positive = toPositive(hash)
  return { key, hash, positive, numPartitions, partition: positive % numPartitions }
}

/**
 * toPositive(murmur2(utf8(key))) by key, for the hot path (every keyed record hashes its key). A memo of a pure
 * function, bounded, so it changes no result and no determinism.
 */
const positiveHashes = new Map<string, number>()
const MEMO_LIMIT = 4096

export function partitionForKey(key: string, numPartitions: number): number {
  let positive = positiveHashes.get(key)
  if (positive === undefined) {
    positive = toPositive(murmur2(javaUtf8(key)))
    if (positiveHashes.size >= MEMO_LIMIT) positiveHashes.clear()
    positiveHashes.set(key, positive)
  }
  return positive % numPartitions
}
