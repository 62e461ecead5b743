/** Branded ids: a broker id is not a partition number, a topic name is not any string. */
export type BrokerId = number & { readonly __brand: 'BrokerId' }
export type TopicName = string & { readonly __brand: 'TopicName' }
export type ProducerId = string & { readonly __brand: 'ProducerId' }

export const brokerId = (n: number) => n as BrokerId
export const topicName = (s: string) => s as TopicName
export const producerId = (s: string) => s as ProducerId

/** "topic-partition", Kafka's TopicPartition.toString(). */
export function topicPartitionKey(topic: string, partition: number): string {
  return `${topic}-${partition}`
}
