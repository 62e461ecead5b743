import type { BrokerId, ProducerId, TopicName } from './ids'
import type { FetchedRecord, PendingRecord } from './state'

/** Kafka's error names, as the client logs them. */
export type KafkaError =
  | 'NETWORK_EXCEPTION'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'NOT_ENOUGH_REPLICAS'
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'LEADER_NOT_AVAILABLE'
  | 'REQUEST_TIMED_OUT'
  | 'TIMEOUT'
  | 'INVALID_RECORD'

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
      /**
       * When the follower last held everything the leader had: the time of the leader's previous answer, if the
       * follower got all of it, else -1 (Kafka's lastFetchTimeMs / lastFetchLeaderLogEndOffset rule).
       */
      caughtUpAt: number
    })
  | (Scheduled & { kind: 'metadataResponse'; sentAt: number; producerId: ProducerId; brokerId: BrokerId })
  | (Scheduled & {
      kind: 'consumerFetchResponse'
      sentAt: number
      groupId: string
      memberId: string
      topic: TopicName
      partition: number
      leader: BrokerId
      records: FetchedRecord[]
    })
  | (Scheduled & {
      kind: 'offsetCommit'
      sentAt: number
      groupId: string
      memberId: string
      coordinator: BrokerId | null
      generation: number
      offsets: Record<number, number>
    })

/** Timers: the producer's clock, the controller's checks, the broker's housekeeping. */
export type TimerTask =
  | (Scheduled & { kind: 'producerTick'; producerId: ProducerId })
  | (Scheduled & { kind: 'lingerExpired'; producerId: ProducerId; partition: number; batchId: number })
  | (Scheduled & { kind: 'retryBatch'; producerId: ProducerId; partition: number; batchId: number })
  | (Scheduled & { kind: 'deliveryTimeout'; producerId: ProducerId })
  | (Scheduled & { kind: 'metadataMaxAge'; producerId: ProducerId })
  | (Scheduled & { kind: 'metadataRetry'; producerId: ProducerId })
  | (Scheduled & { kind: 'produceAckTimeout'; topic: TopicName; partition: number })
  | (Scheduled & { kind: 'sessionTimeout'; brokerId: BrokerId; incarnation: number })
  | (Scheduled & { kind: 'brokerRegistration'; brokerId: BrokerId; incarnation: number })
  | (Scheduled & { kind: 'isrExpiration' })
  | (Scheduled & { kind: 'retentionCheck' })
  | (Scheduled & { kind: 'logCleaner' })
  | (Scheduled & { kind: 'leaderImbalanceCheck' })
  | (Scheduled & { kind: 'consumerTick'; memberId: string })
  | (Scheduled & { kind: 'autoCommit'; memberId: string })
  | (Scheduled & { kind: 'pollTimer'; memberId: string })
  | (Scheduled & { kind: 'rebalanceNotice'; memberId: string })
  | (Scheduled & { kind: 'memberHeartbeat'; memberId: string })
  | (Scheduled & { kind: 'memberSessionTimeout'; groupId: string; memberId: string })
  | (Scheduled & { kind: 'rebalanceStep'; groupId: string; generation: number; step: 'sync' | 'stable' })

export type Task = NetworkTask | TimerTask

type Unscheduled<T> = T extends Scheduled ? Omit<T, 'at' | 'seq'> : never
export type TaskInput = Unscheduled<Task>

export const NETWORK_TASK_KINDS: ReadonlySet<Task['kind']> = new Set([
  'produceRequest',
  'produceResponse',
  'fetchResponse',
  'fetchRequest',
  'metadataResponse',
  'consumerFetchResponse',
  'offsetCommit',
])

export function isNetworkTask(t: Task): t is NetworkTask {
  return NETWORK_TASK_KINDS.has(t.kind)
}
