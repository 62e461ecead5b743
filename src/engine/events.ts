import type { BrokerId, ProducerId, TopicName } from './ids'
import type { KafkaError } from './tasks'
import type { DeserializationErrorHandling, RecordFormat, ValueFormat } from './state'

/** Why the controller changed a partition's leader. */
export type ElectionReason = 'created' | 'leaderFenced' | 'preferred' | 'unclean' | 'replicaReturned'

/** Why a follower left or joined the ISR. */
export type IsrChangeReason = 'fenced' | 'lagging' | 'caughtUp'

interface At {
  /** Simulated time of the event, ms. */
  t: number
}
interface OnPartition {
  topic: TopicName
  partition: number
}

/**
 * Everything the engine tells the outside world. The view animates and narrates these;
 * it never diffs states to guess what happened.
 */
export type SimEvent = At &
  (
    | { type: 'brokerAdded'; brokerId: BrokerId }
    | { type: 'brokerKilled'; brokerId: BrokerId; fenceAt: number }
    | { type: 'brokerRestarted'; brokerId: BrokerId }
    | { type: 'brokerFenced'; brokerId: BrokerId; sessionTimeoutMs: number }
    | { type: 'brokerUnfenced'; brokerId: BrokerId }
    | { type: 'brokerStalled'; brokerId: BrokerId; stalled: boolean }
    | { type: 'topicCreated'; topic: TopicName; partitions: number; replicationFactor: number }
    | { type: 'partitionsCreated'; topic: TopicName; from: number; to: number }
    | { type: 'topicConfigChanged'; topic: TopicName }
    | { type: 'producerAdded'; producerId: ProducerId; topic: TopicName }
    | { type: 'producerRemoved'; producerId: ProducerId }
    | { type: 'producerRateChanged'; producerId: ProducerId; ratePerSec: number }
    | { type: 'producersQuiet'; untilMs: number }
    | (OnPartition & {
        type: 'recordSent'
        producerId: ProducerId
        brokerId: BrokerId
        requestId: number
        batchId: number
        recordCount: number
        keys: (string | null)[]
        attempt: number
      })
    | (OnPartition & {
        type: 'recordAppended'
        producerId: ProducerId
        brokerId: BrokerId
        baseOffset: number
        lastOffset: number
        leaderEpoch: number
      })
    | (OnPartition & {
        type: 'duplicateRefused'
        producerId: ProducerId
        brokerId: BrokerId
        baseOffset: number
      })
    | (OnPartition & {
        type: 'produceAcked'
        producerId: ProducerId
        batchId: number
        baseOffset: number
        recordCount: number
      })
    | (OnPartition & {
        type: 'produceFailed'
        producerId: ProducerId
        brokerId: BrokerId | null
        batchId: number
        error: KafkaError
        willRetry: boolean
        /** Which try of this batch failed (1 = the first). */
        attempt: number
        recordCount: number
      })
    | (OnPartition & { type: 'stickyPartitionChanged'; producerId: ProducerId; from: number; to: number })
    | {
        type: 'metadataRefreshed'
        producerId: ProducerId
        topic: TopicName
        leaders: (BrokerId | null)[]
      }
    | (OnPartition & {
        type: 'producerRerouted'
        producerId: ProducerId
        from: BrokerId | null
        to: BrokerId | null
      })
    | (OnPartition & {
        type: 'replicaFetched'
        leader: BrokerId
        follower: BrokerId
        fromOffset: number
        toOffset: number
      })
    | (OnPartition & { type: 'highWatermarkAdvanced'; from: number; to: number })
    | (OnPartition & {
        type: 'leaderElected'
        previousLeader: BrokerId | null
        leader: BrokerId | null
        leaderEpoch: number
        reason: ElectionReason
        isr: BrokerId[]
      })
    | (OnPartition & { type: 'isrShrunk'; brokerId: BrokerId; isr: BrokerId[]; reason: IsrChangeReason })
    | (OnPartition & { type: 'isrExpanded'; brokerId: BrokerId; isr: BrokerId[] })
    | (OnPartition & {
        type: 'recordsLost'
        fromOffset: number
        toOffset: number
        reason: 'truncated' | 'uncleanElection'
      })
    | (OnPartition & { type: 'segmentRolled'; baseOffset: number })
    | { type: 'consumerJoined'; groupId: string; memberId: string; topic: TopicName }
    | {
        type: 'consumerLeft'
        groupId: string
        memberId: string
        reason: 'left' | 'sessionTimeout' | 'fenced' | 'pollTimeout'
      }
    | {
        type: 'pollTimeoutExpired'
        groupId: string
        memberId: string
        maxPollIntervalMs: number
        lastPollAt: number
        /** A dynamic member's heartbeat thread sends LeaveGroup; a static one just stops heartbeating. */
        leaveGroup: boolean
      }
    | { type: 'partitionsLost'; groupId: string; memberId: string; topic: TopicName; partitions: number[] }
    | (OnPartition & {
        type: 'recordNotDeserialized'
        groupId: string
        memberId: string
        offset: number
        format: RecordFormat
        expected: ValueFormat
        handling: DeserializationErrorHandling
        deadLetterTopic: string | null
      })
    | {
        type: 'consumerCrashed'
        groupId: string
        memberId: string
        sessionTimeoutMs: number
        processing: number | null
      }
    | {
        type: 'staticMemberReplaced'
        groupId: string
        memberId: string
        replaced: string
        groupInstanceId: string
        partitions: number[]
      }
    | {
        type: 'rebalanceStarted'
        groupId: string
        generation: number
        reason:
          | 'memberJoined'
          | 'memberLeft'
          | 'memberTimedOut'
          | 'pollTimeout'
          | 'assignorChanged'
          | 'partitionsChanged'
          | 'cooperativeFollowUp'
        /** Classic eager, classic cooperative, or the consumer protocol (KIP-848, a new group epoch). */
        protocol: 'eager' | 'cooperative' | 'consumer'
      }
    | { type: 'partitionsRevoked'; groupId: string; memberId: string; topic: TopicName; partitions: number[] }
    | {
        type: 'partitionsAssigned'
        groupId: string
        memberId: string
        topic: TopicName
        partitions: number[]
        generation: number
      }
    | { type: 'groupStable'; groupId: string; generation: number; assignment: Record<string, number[]> }
    | { type: 'groupAssignorChanged'; groupId: string; assignor: string }
    | (OnPartition & {
        type: 'recordsFetched'
        groupId: string
        memberId: string
        fromOffset: number
        toOffset: number
      })
    | (OnPartition & {
        type: 'recordProcessed'
        groupId: string
        memberId: string
        offset: number
        key: string | null
        duplicate: boolean
      })
    | {
        type: 'offsetsCommitted'
        groupId: string
        memberId: string
        topic: TopicName
        offsets: Record<number, number>
      }
    | {
        type: 'commitFailed'
        groupId: string
        memberId: string
        error: 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS' | 'UNKNOWN_MEMBER_ID'
      }
    | (OnPartition & { type: 'recordsSkipped'; groupId: string; fromOffset: number; toOffset: number })
    | (OnPartition & {
        type: 'offsetOutOfRange'
        groupId: string
        memberId: string
        position: number
        resetTo: number | null
      })
    | { type: 'offsetsReset'; groupId: string; topic: TopicName; offsets: Record<number, number> }
    | (OnPartition & {
        type: 'segmentDeleted'
        baseOffset: number
        endOffset: number
        logStartOffset: number
        /** Which retention the segment breached: retention.ms (time) or retention.bytes (size). */
        reason: 'time' | 'size'
      })
    | (OnPartition & {
        /** The leader refused a batch (Kafka's LogValidator); the producer will not retry it. */
        type: 'recordRefused'
        producerId: string
        brokerId: BrokerId
        error: 'INVALID_RECORD'
        message: string
      })
    | (OnPartition & {
        type: 'logCleaned'
        firstDirtyOffset: number
        /** The new first dirty offset: everything below it is now clean. */
        cleanerPoint: number
        dirtyRatio: number
        removed: number
        tombstonesRemoved: number
        /** The first removed offsets (up to 200), for the view to fade them out. */
        removedOffsets: number[]
        segmentsBefore: number
        segmentsAfter: number
      })
  )

export type SimEventType = SimEvent['type']
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>
