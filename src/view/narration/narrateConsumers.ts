import { topicPartitionKey, type EventOf } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { formatDuration } from './simTime'
import {
  REBALANCE_WHY,
  list,
  numberList,
  offsetList,
  offsetRange,
  owners,
  records,
  tp,
  type Narrators,
} from './phrases'

type CommitError = EventOf<'commitFailed'>['error']
const COMMIT_WHY: Record<CommitError, MessageKey> = {
  COORDINATOR_NOT_AVAILABLE: 'narration.commitError.COORDINATOR_NOT_AVAILABLE',
  REBALANCE_IN_PROGRESS: 'narration.commitError.REBALANCE_IN_PROGRESS',
  UNKNOWN_MEMBER_ID: 'narration.commitError.UNKNOWN_MEMBER_ID',
}

const LEFT_WHY: Record<EventOf<'consumerLeft'>['reason'], MessageKey> = {
  left: 'narration.consumerLeft.left',
  sessionTimeout: 'narration.consumerLeft.sessionTimeout',
  fenced: 'narration.consumerLeft.fenced',
  pollTimeout: 'narration.consumerLeft.pollTimeout',
}
const REBALANCE_HOW: Record<EventOf<'rebalanceStarted'>['protocol'], MessageKey> = {
  eager: 'narration.rebalance.eager',
  cooperative: 'narration.rebalance.cooperative',
  consumer: 'narration.rebalance.consumer',
}

/** Consumers and their groups: membership, rebalances, fetching and processing, committed offsets. */
export const consumerNarrators = {
  consumerJoined: (e, say) =>
    say('narration.consumerJoined', { member: e.memberId, group: e.groupId, topic: e.topic }),
  consumerLeft: (e, say) => say(LEFT_WHY[e.reason], { member: e.memberId, group: e.groupId }),
  pollTimeoutExpired: (e, say, lang) =>
    say(e.leaveGroup ? 'narration.pollTimeoutExpired' : 'narration.pollTimeoutExpired.static', {
      member: e.memberId,
      group: e.groupId,
      since: formatDuration(e.t - e.lastPollAt, lang),
      limit: formatDuration(e.maxPollIntervalMs, lang),
    }),
  partitionsLost: (e, say, lang) =>
    say('narration.partitionsLost', {
      member: e.memberId,
      list: list(
        lang,
        e.partitions.map((p) => topicPartitionKey(e.topic, p)),
      ),
    }),
  recordNotDeserialized: (e, say) =>
    say(`narration.recordNotDeserialized.${e.handling}`, {
      member: e.memberId,
      offset: e.offset,
      tp: tp(e),
      format: e.format,
      expected: e.expected,
      dlt: e.deadLetterTopic ?? '',
    }),
  staticMemberReplaced: (e, say, lang) =>
    say('narration.staticMemberReplaced', {
      member: e.memberId,
      old: e.replaced,
      instance: e.groupInstanceId,
      group: e.groupId,
      list: e.partitions.length === 0 ? say('narration.none') : numberList(lang, e.partitions),
    }),
  consumerCrashed: (e, say, lang) => {
    const params = {
      member: e.memberId,
      group: e.groupId,
      timeout: formatDuration(e.sessionTimeoutMs, lang),
      offset: e.processing ?? '',
    }
    return say(
      e.processing === null ? 'narration.consumerCrashed' : 'narration.consumerCrashed.processing',
      params,
    )
  },
  rebalanceStarted: (e, say) =>
    say('narration.rebalanceStarted', {
      group: e.groupId,
      why: say(REBALANCE_WHY[e.reason]),
      how: say(REBALANCE_HOW[e.protocol]),
    }),
  partitionsRevoked: (e, say, lang) =>
    say('narration.partitionsRevoked', {
      member: e.memberId,
      list: list(
        lang,
        e.partitions.map((p) => topicPartitionKey(e.topic, p)),
      ),
    }),
  partitionsAssigned: (e, say, lang) =>
    e.partitions.length === 0
      ? say('narration.partitionsAssigned.none', { member: e.memberId, generation: e.generation })
      : say('narration.partitionsAssigned', {
          member: e.memberId,
          list: list(
            lang,
            e.partitions.map((p) => topicPartitionKey(e.topic, p)),
          ),
          generation: e.generation,
        }),
  groupStable: (e, say, lang) =>
    say('narration.groupStable', {
      group: e.groupId,
      generation: e.generation,
      assignment: owners(say, lang, e.assignment),
    }),
  groupAssignorChanged: (e, say) =>
    say('narration.groupAssignorChanged', { group: e.groupId, assignor: e.assignor }),
  recordsFetched: (e, say) =>
    say('narration.recordsFetched', {
      member: e.memberId,
      records: records(say, e.toOffset - e.fromOffset),
      tp: tp(e),
      offsets: offsetRange(say, e.fromOffset, e.toOffset),
    }),
  recordProcessed: (e, say) =>
    say(e.duplicate ? 'narration.recordProcessed.duplicate' : 'narration.recordProcessed', {
      member: e.memberId,
      offset: e.offset,
      tp: tp(e),
    }),
  offsetsCommitted: (e, say, lang) =>
    say('narration.offsetsCommitted', {
      member: e.memberId,
      group: e.groupId,
      list: offsetList(say, lang, e.topic, e.offsets),
    }),
  commitFailed: (e, say) =>
    say('narration.commitFailed', {
      member: e.memberId,
      group: e.groupId,
      error: e.error,
      why: say(COMMIT_WHY[e.error]),
    }),
  recordsSkipped: (e, say) =>
    say('narration.recordsSkipped', {
      group: e.groupId,
      records: records(say, e.toOffset - e.fromOffset),
      tp: tp(e),
      offsets: offsetRange(say, e.fromOffset, e.toOffset),
    }),
  offsetOutOfRange: (e, say) =>
    e.resetTo === null
      ? say('narration.offsetOutOfRange.none', { member: e.memberId, tp: tp(e), position: e.position })
      : say('narration.offsetOutOfRange', {
          member: e.memberId,
          tp: tp(e),
          position: e.position,
          resetTo: e.resetTo,
        }),
  offsetsReset: (e, say, lang) =>
    say('narration.offsetsReset', {
      group: e.groupId,
      topic: e.topic,
      list: offsetList(say, lang, e.topic, e.offsets),
    }),
} satisfies Partial<Narrators>
