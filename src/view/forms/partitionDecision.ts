import {
  explainKeyPartition,
  KAFKA_PRODUCER_DEFAULTS,
  type KeyPartitionExplanation,
  type SimState,
} from '../../engine'

/** What the form needs to know about the producer that sends hand-made records (one per topic). */
export interface ConsoleProducerInfo {
  /** Partitions as this producer's metadata knows them (it may lag behind a partition increase). */
  partitionCount: number
  stickyPartition: number
  stickyBytes: number
  batchSize: number
  /** Leaders by partition, as this producer last heard them. */
  leaders: (number | null)[]
}

/** The engine sends hand-made records with one console producer per topic. */
export function consoleProducerId(topic: string): string {
  return `console-${topic}`.slice(0, 40)
}

export function consoleProducerInfo(state: SimState, topic: string): ConsoleProducerInfo | null {
  const id = consoleProducerId(topic)
  const p = state.producers.find((x) => x.id === id && !x.removed)
  if (!p) return null
  return {
    partitionCount: p.metadata.leaders.length,
    stickyPartition: p.sticky.partition,
    stickyBytes: p.sticky.producedBytes,
    batchSize: p.config.batchSize,
    leaders: [...p.metadata.leaders],
  }
}

/** Topics a client may write to, with their partition counts. */
export function writableTopics(state: SimState): { name: string; partitions: number; compacted: boolean }[] {
  return Object.values(state.topics)
    .filter((t) => !t.internal)
    .map((t) => ({
      name: t.name,
      partitions: t.partitions.length,
      compacted: t.config.cleanupPolicy !== 'delete',
    }))
}

export type PartitionDecision =
  | { kind: 'explicit'; partition: number }
  | { kind: 'key'; explanation: KeyPartitionExplanation }
  | { kind: 'sticky'; partition: number; producedBytes: number; batchSize: number }
  | { kind: 'stickyNew'; batchSize: number }

/**
 * KafkaProducer.partition(): an explicit partition wins; else a key is hashed over ALL partitions the producer
 * knows; else the sticky partitioner's current choice. Mirrors the engine's `send`, before it runs.
 */
export function decidePartition(input: {
  key: string | null
  explicit: number | null
  topicPartitions: number
  producer: ConsoleProducerInfo | null
}): PartitionDecision {
  const { key, explicit, topicPartitions, producer } = input
  if (explicit !== null) return { kind: 'explicit', partition: explicit }
  const count = producer?.partitionCount || topicPartitions
  if (key !== null) return { kind: 'key', explanation: explainKeyPartition(key, Math.max(1, count)) }
  if (producer && producer.stickyPartition >= 0 && producer.stickyPartition < producer.partitionCount) {
    return {
      kind: 'sticky',
      partition: producer.stickyPartition,
      producedBytes: producer.stickyBytes,
      batchSize: producer.batchSize,
    }
  }
  return { kind: 'stickyNew', batchSize: producer?.batchSize ?? KAFKA_PRODUCER_DEFAULTS.batchSize }
}

/** The partition the decision names, when it names one before sending. */
export function decidedPartition(d: PartitionDecision): number | null {
  switch (d.kind) {
    case 'explicit':
      return d.partition
    case 'key':
      return d.explanation.partition
    case 'sticky':
      return d.partition
    case 'stickyNew':
      return null
  }
}

/** The hashing as Kafka's Java client does it, step by step: murmur2, then & 0x7fffffff (not Math.abs), then %. */
export function keyFormula(e: KeyPartitionExplanation): string {
  return `murmur2(${JSON.stringify(e.key)}) = ${e.hash} → & 0x7fffffff = ${e.positive} → % ${e.numPartitions} = ${e.partition}`
}
