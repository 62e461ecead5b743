import type { SimEvent, SimEventType } from '../../engine'

/** What an event is about: the event log's filter chips. Topic events show only under "all". */
export type EventCategory = 'brokers' | 'leaders' | 'producers' | 'consumers' | 'retention' | 'topics'

/** How an event feels: its icon and colour (danger: a failure or a loss; warn: a change of leader; ok: a recovery). */
export type EventTone = 'danger' | 'warn' | 'ok' | 'info'

export const FILTERS = ['all', 'brokers', 'leaders', 'producers', 'consumers', 'retention'] as const
export type EventFilter = (typeof FILTERS)[number]

const CATEGORY: Record<SimEventType, EventCategory> = {
  brokerAdded: 'brokers',
  brokerKilled: 'brokers',
  brokerRestarted: 'brokers',
  brokerFenced: 'brokers',
  brokerUnfenced: 'brokers',
  brokerStalled: 'brokers',
  topicCreated: 'topics',
  partitionsCreated: 'topics',
  topicConfigChanged: 'topics',
  producerAdded: 'producers',
  producerRemoved: 'producers',
  producerRateChanged: 'producers',
  producersQuiet: 'producers',
  recordSent: 'producers',
  recordAppended: 'producers',
  duplicateRefused: 'producers',
  produceAcked: 'producers',
  produceFailed: 'producers',
  stickyPartitionChanged: 'producers',
  metadataRefreshed: 'producers',
  producerRerouted: 'producers',
  replicaFetched: 'leaders',
  highWatermarkAdvanced: 'leaders',
  leaderElected: 'leaders',
  isrShrunk: 'leaders',
  isrExpanded: 'leaders',
  recordsLost: 'leaders',
  consumerJoined: 'consumers',
  consumerLeft: 'consumers',
  consumerCrashed: 'consumers',
  staticMemberReplaced: 'consumers',
  pollTimeoutExpired: 'consumers',
  partitionsLost: 'consumers',
  recordNotDeserialized: 'consumers',
  rebalanceStarted: 'consumers',
  partitionsRevoked: 'consumers',
  partitionsAssigned: 'consumers',
  groupStable: 'consumers',
  groupAssignorChanged: 'consumers',
  recordsFetched: 'consumers',
  recordProcessed: 'consumers',
  offsetsCommitted: 'consumers',
  commitFailed: 'consumers',
  recordsSkipped: 'consumers',
  offsetOutOfRange: 'consumers',
  offsetsReset: 'consumers',
  segmentRolled: 'retention',
  segmentDeleted: 'retention',
  logCleaned: 'retention',
  recordRefused: 'producers',
}

export function eventCategory(e: SimEvent): EventCategory {
  return CATEGORY[e.type]
}

export function matchesFilter(e: SimEvent, filter: EventFilter): boolean {
  return filter === 'all' || CATEGORY[e.type] === filter
}

export function eventTone(e: SimEvent): EventTone {
  switch (e.type) {
    case 'brokerKilled':
    case 'brokerFenced':
    case 'recordsLost':
    case 'consumerCrashed':
    case 'recordsSkipped':
    case 'pollTimeoutExpired':
    case 'recordRefused':
      return 'danger'
    case 'recordNotDeserialized':
      return e.handling === 'fail' ? 'danger' : 'warn'
    case 'partitionsLost':
      return 'warn'
    case 'consumerLeft':
      return e.reason === 'left' ? 'info' : 'warn'
    case 'staticMemberReplaced':
      return 'ok'
    case 'recordProcessed':
      return e.duplicate ? 'warn' : 'info'
    case 'rebalanceStarted':
    case 'commitFailed':
    case 'offsetOutOfRange':
      return 'warn'
    case 'groupStable':
      return 'ok'
    case 'brokerStalled':
      return e.stalled ? 'danger' : 'ok'
    case 'produceFailed':
      return e.willRetry ? 'warn' : 'danger'
    case 'leaderElected':
      if (e.leader === null || e.reason === 'unclean') return 'danger'
      return e.reason === 'replicaReturned' ? 'ok' : e.reason === 'created' ? 'info' : 'warn'
    case 'producerRerouted':
      return e.to === null ? 'danger' : 'warn'
    case 'isrShrunk':
      return 'warn'
    case 'brokerAdded':
    case 'brokerRestarted':
    case 'brokerUnfenced':
    case 'isrExpanded':
      return 'ok'
    default:
      return 'info'
  }
}

const RANK: Record<EventTone, number> = { info: 0, ok: 1, warn: 2, danger: 3 }

/** How strongly a tone asks for attention: info 0, ok 1, warn 2, danger 3. */
export function toneRank(tone: EventTone): number {
  return RANK[tone]
}

/** The strongest tone among several events (a kill told with its recovery still reads as a kill). */
export function strongestTone(events: readonly SimEvent[]): EventTone {
  let tone: EventTone = 'info'
  for (const e of events) {
    const t = eventTone(e)
    if (RANK[t] > RANK[tone]) tone = t
  }
  return tone
}
