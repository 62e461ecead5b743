import type { BrokerId, ProducerId, TopicName } from './ids'
import type { PendingRecord } from './state'

/** Kafka's error names, as the client logs them. */
export type KafkaError =
  | 'NETWORK_EXCEPTION'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'NOT_ENOUGH_REPLICAS'
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'LEADER_NOT_AVAILABLE'
  | 'TIMEOUT'

interface Scheduled {
  at: number
  seq: number
}

/** Messages on the wire: each has a sender, a receiver and the time it left, so the view can draw its flight. */
export type NetworkTask =
  | (Scheduled & {
      kind: 'produceRequest'
      sentAt: number
      producerId: ProducerId
      brokerId: BrokerId
      requestId: number
      topic: TopicName
      partition: number
      batchId: number
      recordCount: number
      /** The request carries its records: with acks=0 nobody keeps a copy. */
      records: PendingRecord[]
      acks: '0' | '1' | 'all'
      producerEpoch: number
      baseSequence: number
    })
  | (Scheduled & {
      kind: 'produceResponse'
      sentAt: number
      producerId: ProducerId
      brokerId: BrokerId
      requestId: number
      topic: TopicName
      partition: number
      batchId: number
      error: KafkaError | null
      baseOffset: number
    })
  | (Scheduled & {
      kind: 'fetchResponse'
      sentAt: number
      topic: TopicName
      partition: number
      leader: BrokerId
      follower: BrokerId
      leaderEpoch: number
      fromOffset: number
      toOffset: number
    })
  | (Scheduled & {
      kind: 'fetchRequest'
      sentAt: number
      topic: TopicName
      partition: number
      leader: BrokerId
      follower: BrokerId
      leaderEpoch: number
      fetchOffset: number
    })
  | (Scheduled & { kind: 'metadataResponse'; sentAt: number; producerId: ProducerId; brokerId: BrokerId })

/** Timers: the producer's clock, the controller's checks, the broker's housekeeping. */
export type TimerTask =
  | (Scheduled & { kind: 'producerTick'; producerId: ProducerId })
  | (Scheduled & { kind: 'lingerExpired'; producerId: ProducerId; partition: number; batchId: number })
  | (Scheduled & { kind: 'retryBatch'; producerId: ProducerId; partition: number; batchId: number })
  | (Scheduled & { kind: 'deliveryTimeout'; producerId: ProducerId; partition: number; batchId: number })
  | (Scheduled & { kind: 'metadataMaxAge'; producerId: ProducerId })
  | (Scheduled & { kind: 'metadataRetry'; producerId: ProducerId })
  | (Scheduled & { kind: 'sessionTimeout'; brokerId: BrokerId; incarnation: number })
  | (Scheduled & { kind: 'brokerRegistration'; brokerId: BrokerId; incarnation: number })
  | (Scheduled & { kind: 'isrExpiration' })
  | (Scheduled & { kind: 'retentionCheck' })
  | (Scheduled & { kind: 'leaderImbalanceCheck' })

export type Task = NetworkTask | TimerTask

type Unscheduled<T> = T extends Scheduled ? Omit<T, 'at' | 'seq'> : never
export type TaskInput = Unscheduled<Task>

export const NETWORK_TASK_KINDS: ReadonlySet<Task['kind']> = new Set([
  'produceRequest',
  'produceResponse',
  'fetchResponse',
  'fetchRequest',
  'metadataResponse',
])

export function isNetworkTask(t: Task): t is NetworkTask {
  return NETWORK_TASK_KINDS.has(t.kind)
}
