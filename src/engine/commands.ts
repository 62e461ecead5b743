import type { TopicConfig } from './config'
import type { Ctx } from './context'
import type { RecordFormat } from './state'

/** Commands as data. Each is checked whole before anything changes; a refusal says what was wrong. */
export type Command =
  | { type: 'addBroker' }
  | { type: 'killBroker'; brokerId: number }
  | { type: 'restartBroker'; brokerId: number }
  | { type: 'stallBroker'; brokerId: number; stalled: boolean }
  | {
      type: 'createTopic'
      name: string
      partitions: number
      replicationFactor: number
      config?: Partial<TopicConfig>
      replicaAssignment?: number[][]
    }
  | { type: 'createPartitions'; topic: string; partitions: number }
  | { type: 'alterTopicConfig'; topic: string; config: Partial<TopicConfig> }
  | {
      type: 'produce'
      topic: string
      key?: string | null
      /** null: a tombstone. */
      value: string | null
      partition?: number
      format?: RecordFormat
      producerId?: string
    }
  | {
      type: 'addProducer'
      topic: string
      id?: string
      ratePerSec?: number
      keys?: 'none' | 'customers' | { prefix: string; count: number } | { fixed: string }
      format?: RecordFormat
      acks?: '0' | '1' | 'all'
      enableIdempotence?: boolean
      batchSize?: number
      lingerMs?: number
      deliveryTimeoutMs?: number
    }
  | { type: 'removeProducer'; producerId: string }
  | { type: 'quietProducers'; forMs: number }
  | {
      type: 'addConsumer'
      groupId: string
      topic: string
      autoOffsetReset?: 'earliest' | 'latest' | 'none'
      ratePerSec?: number
      /** range, roundrobin, cooperative-sticky with the classic protocol; uniform (default) or range with the consumer one. */
      assignor?: 'range' | 'roundrobin' | 'cooperative-sticky' | 'uniform'
      commitMode?: 'auto' | 'afterProcessing' | 'beforeProcessing'
      /** group.protocol: the classic join/sync rebalances, or KIP-848's incremental one (a new group only). */
      groupProtocol?: 'classic' | 'consumer'
      maxPollRecords?: number
      maxPollIntervalMs?: number
      /** The value deserializer: a record it cannot read fails the poll. */
      valueFormat?: 'any' | 'text' | 'json' | 'avro'
      onDeserializationError?: 'fail' | 'skip' | 'deadLetter'
      deadLetterTopic?: string
      /** Static membership (group.instance.id, KIP-345): a restart within the session timeout keeps the partitions. */
      groupInstanceId?: string
    }
  | { type: 'removeConsumer'; memberId: string }
  | { type: 'crashConsumer'; memberId: string }
  | { type: 'setConsumerRate'; memberId: string; ratePerSec: number }
  | {
      type: 'setAssignor'
      groupId: string
      assignor: 'range' | 'roundrobin' | 'cooperative-sticky' | 'uniform'
    }
  | { type: 'setCommitMode'; groupId: string; commitMode: 'auto' | 'afterProcessing' | 'beforeProcessing' }
  | {
      type: 'resetOffsets'
      groupId: string
      topic?: string
      to: 'earliest' | 'latest' | { offset: number } | { shiftBy: number } | { timestamp: number }
    }
  | { type: 'setProducerRate'; producerId: string; ratePerSec: number }

export type CommandType = Command['type']
export type CommandResult = { ok: true } | { ok: false; error: string }

/** A handler checks its whole input against the state, then applies it; or refuses and changes nothing. */
export type CommandHandler = (ctx: Ctx, input: Record<string, unknown>) => CommandResult

export const OK: CommandResult = { ok: true }
export const refuse = (error: string): CommandResult => ({ ok: false, error })
