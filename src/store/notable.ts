import type { SimEvent } from '../engine'

/** Events worth a sentence in the narration and the event log; appends and fetches are too many to tell. */
const NOTABLE: ReadonlySet<SimEvent['type']> = new Set([
  'brokerAdded',
  'brokerKilled',
  'brokerRestarted',
  'brokerFenced',
  'brokerUnfenced',
  'brokerStalled',
  'topicCreated',
  'partitionsCreated',
  'topicConfigChanged',
  'producerAdded',
  'producerRemoved',
  'producerRateChanged',
  'producersQuiet',
  'producerRerouted',
  'leaderElected',
  'isrShrunk',
  'isrExpanded',
  'recordsLost',
  'segmentDeleted',
  'logCleaned',
  'recordRefused',
  'produceFailed',
  'duplicateRefused',
  'consumerJoined',
  'consumerLeft',
  'consumerCrashed',
  'staticMemberReplaced',
  'pollTimeoutExpired',
  'partitionsLost',
  'recordNotDeserialized',
  'rebalanceStarted',
  'partitionsRevoked',
  'partitionsAssigned',
  'groupStable',
  'groupAssignorChanged',
  'commitFailed',
  'recordsSkipped',
  'recordProcessed',
  'offsetOutOfRange',
  'offsetsReset',
])

/** Events that end a "skip to the next event": the moments a long wait is for. */
const MILESTONES: ReadonlySet<SimEvent['type']> = new Set([
  'brokerFenced',
  'brokerUnfenced',
  'leaderElected',
  'isrShrunk',
  'isrExpanded',
  'recordsLost',
  'segmentDeleted',
  'logCleaned',
  'producerRerouted',
  'consumerLeft',
  'staticMemberReplaced',
  'pollTimeoutExpired',
  'recordNotDeserialized',
  'groupStable',
])

/** The internal __consumer_offsets topic works behind the scenes: its 50 partitions' elections are not told. */
function onInternalTopic(e: SimEvent): boolean {
  return 'topic' in e && typeof e.topic === 'string' && e.topic.startsWith('__')
}

export function isNotable(e: SimEvent): boolean {
  if (!NOTABLE.has(e.type) || onInternalTopic(e)) return false
  if (e.type === 'recordProcessed') return e.duplicate
  // A leader chosen at topic creation is part of "topic created"; retried failures are told once per batch.
  if (e.type === 'leaderElected' && e.reason === 'created') return false
  // A retried failure is told once per batch, on its first try.
  if (e.type === 'produceFailed' && e.willRetry && e.attempt > 1) return false
  return true
}

export function isMilestone(e: SimEvent): boolean {
  return (
    MILESTONES.has(e.type) && !onInternalTopic(e) && !(e.type === 'leaderElected' && e.reason === 'created')
  )
}
