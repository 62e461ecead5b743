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

export function partitionForKey(key: string, numPartitions: number): number {
  return explainKeyPartition(key, numPartitions).partition
}
