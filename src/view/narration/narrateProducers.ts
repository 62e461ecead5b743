import { topicPartitionKey, type KafkaError } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { formatSimTime } from './simTime'
import { offsetRange, rate, records, tp, type Narrators } from './phrases'

const ERROR_WHY: Record<KafkaError, MessageKey> = {
  NETWORK_EXCEPTION: 'narration.error.NETWORK_EXCEPTION',
  NOT_LEADER_OR_FOLLOWER: 'narration.error.NOT_LEADER_OR_FOLLOWER',
  NOT_ENOUGH_REPLICAS: 'narration.error.NOT_ENOUGH_REPLICAS',
  OUT_OF_ORDER_SEQUENCE_NUMBER: 'narration.error.OUT_OF_ORDER_SEQUENCE_NUMBER',
  UNKNOWN_TOPIC_OR_PARTITION: 'narration.error.UNKNOWN_TOPIC_OR_PARTITION',
  LEADER_NOT_AVAILABLE: 'narration.error.LEADER_NOT_AVAILABLE',
  REQUEST_TIMED_OUT: 'narration.error.REQUEST_TIMED_OUT',
  TIMEOUT: 'narration.error.TIMEOUT',
  INVALID_RECORD: 'narration.error.INVALID_RECORD',
}

/** Producers: their settings, a batch's way to the leader's log and back, failures, and finding the leaders. */
export const producerNarrators = {
  producerAdded: (e, say) => say('narration.producerAdded', { producer: e.producerId, topic: e.topic }),
  producerRemoved: (e, say) => say('narration.producerRemoved', { producer: e.producerId }),
  producerRateChanged: (e, say, lang) =>
    e.ratePerSec > 0
      ? say('narration.producerRateChanged', { producer: e.producerId, rate: rate(lang, e.ratePerSec) })
      : say('narration.producerPaused', { producer: e.producerId }),
  producersQuiet: (e, say, lang) =>
    e.untilMs > e.t
      ? say('narration.producersQuiet', { until: formatSimTime(e.untilMs, lang) })
      : say('narration.producersResume'),
  recordSent: (e, say) => {
    const params = {
      producer: e.producerId,
      records: records(say, e.recordCount),
      tp: tp(e),
      broker: e.brokerId,
      attempt: e.attempt,
    }
    return say(e.attempt > 1 ? 'narration.recordResent' : 'narration.recordSent', params)
  },
  recordAppended: (e, say) =>
    say('narration.recordAppended', {
      broker: e.brokerId,
      tp: tp(e),
      records: records(say, e.lastOffset - e.baseOffset + 1),
      producer: e.producerId,
      offsets: offsetRange(say, e.baseOffset, e.lastOffset + 1),
    }),
  duplicateRefused: (e, say) =>
    say('narration.duplicateRefused', {
      broker: e.brokerId,
      producer: e.producerId,
      tp: tp(e),
      offset: e.baseOffset,
    }),
  produceAcked: (e, say) => {
    const params = {
      tp: tp(e),
      records: records(say, e.recordCount),
      producer: e.producerId,
      offset: e.baseOffset,
    }
    return say(e.baseOffset >= 0 ? 'narration.produceAcked' : 'narration.produceAckedBlind', params)
  },
  produceFailed: (e, say) => {
    const params = {
      producer: e.producerId,
      tp: tp(e),
      error: e.error,
      why: say(ERROR_WHY[e.error]),
      records: records(say, e.recordCount),
    }
    return say(e.willRetry ? 'narration.produceFailed.retry' : 'narration.produceFailed.final', params)
  },
  stickyPartitionChanged: (e, say) =>
    say(e.from === e.to ? 'narration.sticky.same' : 'narration.sticky.moved', {
      producer: e.producerId,
      tp: tp(e),
      from: e.from,
    }),
  metadataRefreshed: (e, say) => {
    const leaders = e.leaders.map((leader, partition) => {
      const key = topicPartitionKey(e.topic, partition)
      return leader === null
        ? say('narration.noLeaderOf', { tp: key })
        : say('narration.leaderOf', { tp: key, broker: leader })
    })
    return say('narration.metadataRefreshed', {
      producer: e.producerId,
      topic: e.topic,
      leaders: leaders.join(', '),
    })
  },
  producerRerouted: (e, say) =>
    e.to === null
      ? say('narration.producerRerouted.none', { producer: e.producerId, tp: tp(e) })
      : say('narration.producerRerouted', { producer: e.producerId, tp: tp(e), to: e.to }),
} satisfies Partial<Narrators>
