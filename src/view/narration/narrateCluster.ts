import { formatDuration } from './simTime'
import { offsetRange, partitions, records, tp, type Narrators } from './phrases'

/** Brokers coming and going, topics, and retention. */
export const clusterNarrators = {
  brokerAdded: (e, say) => say('narration.brokerAdded', { broker: e.brokerId }),
  brokerKilled: (e, say, lang) =>
    say('narration.brokerKilled', { broker: e.brokerId, wait: formatDuration(e.fenceAt - e.t, lang) }),
  brokerRestarted: (e, say) => say('narration.brokerRestarted', { broker: e.brokerId }),
  brokerFenced: (e, say, lang) =>
    say('narration.brokerFenced', { broker: e.brokerId, timeout: formatDuration(e.sessionTimeoutMs, lang) }),
  brokerUnfenced: (e, say) => say('narration.brokerUnfenced', { broker: e.brokerId }),
  brokerStalled: (e, say) =>
    say(e.stalled ? 'narration.brokerStalled.on' : 'narration.brokerStalled.off', { broker: e.brokerId }),
  topicCreated: (e, say) =>
    say('narration.topicCreated', {
      topic: e.topic,
      partitions: partitions(say, e.partitions),
      rf: e.replicationFactor,
    }),
  partitionsCreated: (e, say) =>
    say('narration.partitionsCreated', { topic: e.topic, from: e.from, to: e.to }),
  topicConfigChanged: (e, say) => say('narration.topicConfigChanged', { topic: e.topic }),
  segmentRolled: (e, say) => say('narration.segmentRolled', { tp: tp(e), offset: e.baseOffset }),
  segmentDeleted: (e, say) =>
    say(e.reason === 'size' ? 'narration.segmentDeleted.size' : 'narration.segmentDeleted', {
      tp: tp(e),
      offsets: offsetRange(say, e.baseOffset, e.endOffset),
      start: e.logStartOffset,
    }),
  logCleaned: (e, say, lang) =>
    say(e.tombstonesRemoved > 0 ? 'narration.logCleaned.tombstones' : 'narration.logCleaned', {
      tp: tp(e),
      ratio: e.dirtyRatio.toLocaleString(lang, { maximumFractionDigits: 2 }),
      removed: records(say, e.removed),
      tombstones: e.tombstonesRemoved,
      point: e.cleanerPoint,
    }),
  recordRefused: (e, say) =>
    say('narration.recordRefused', {
      broker: e.brokerId,
      producer: e.producerId,
      tp: tp(e),
      message: e.message,
    }),
} satisfies Partial<Narrators>
