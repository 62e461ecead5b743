import type { MessageKey } from '../../i18n/en'
import { brokerList, offsetRange, records, tp, type Narrators } from './phrases'

/** Replication: followers fetching, the high watermark, leaders, the ISR, and records lost. */
export const replicationNarrators = {
  replicaFetched: (e, say) =>
    say('narration.replicaFetched', {
      follower: e.follower,
      records: records(say, e.toOffset - e.fromOffset),
      tp: tp(e),
      offsets: offsetRange(say, e.fromOffset, e.toOffset),
      leader: e.leader,
    }),
  highWatermarkAdvanced: (e, say) =>
    say('narration.highWatermarkAdvanced', { tp: tp(e), from: e.from, to: e.to }),
  leaderElected: (e, say) => {
    const params = { tp: tp(e), leader: e.leader ?? '', isr: brokerList(say, e.isr), epoch: e.leaderEpoch }
    if (e.leader === null) return say('narration.leader.none', params)
    switch (e.reason) {
      case 'created':
        return say('narration.leader.created', params)
      case 'leaderFenced':
        return say('narration.leader.leaderFenced', params)
      case 'preferred':
        return say('narration.leader.preferred', params)
      case 'unclean':
        return say('narration.leader.unclean', params)
      case 'replicaReturned':
        return say('narration.leader.replicaReturned', params)
    }
    return say('narration.leader.leaderFenced', params)
  },
  isrShrunk: (e, say) => {
    const key: MessageKey =
      e.reason === 'fenced'
        ? 'narration.isrShrunk.fenced'
        : e.reason === 'lagging'
          ? 'narration.isrShrunk.lagging'
          : 'narration.isrShrunk.other'
    return say(key, { tp: tp(e), broker: e.brokerId, isr: brokerList(say, e.isr) })
  },
  isrExpanded: (e, say) =>
    say('narration.isrExpanded', { broker: e.brokerId, tp: tp(e), isr: brokerList(say, e.isr) }),
  recordsLost: (e, say) =>
    say(
      e.reason === 'uncleanElection'
        ? 'narration.recordsLost.uncleanElection'
        : 'narration.recordsLost.truncated',
      {
        tp: tp(e),
        records: records(say, e.toOffset - e.fromOffset),
        offsets: offsetRange(say, e.fromOffset, e.toOffset),
      },
    ),
} satisfies Partial<Narrators>
