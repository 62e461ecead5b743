import type { EventOf, SimEvent, SimEventType } from '../../engine'
import { brokerId, producerId, topicName } from '../../engine/ids'

/** Sample events for the narration's tests. */

export const b = brokerId
export const topic = topicName('purchases')
export const P1 = producerId('P1')
const on = { topic, partition: 1 }

/** One event of every type: adding a type to the union without a sample here fails to compile. */
export const SAMPLES: { [K in SimEventType]: EventOf<K> } = {
  brokerAdded: { t: 0, type: 'brokerAdded', brokerId: b(4) },
  brokerKilled: { t: 10_000, type: 'brokerKilled', brokerId: b(2), fenceAt: 19_000 },
  brokerRestarted: { t: 40_000, type: 'brokerRestarted', brokerId: b(2) },
  brokerFenced: { t: 19_000, type: 'brokerFenced', brokerId: b(2), sessionTimeoutMs: 9000 },
  brokerUnfenced: { t: 40_300, type: 'brokerUnfenced', brokerId: b(2) },
  brokerStalled: { t: 0, type: 'brokerStalled', brokerId: b(3), stalled: true },
  topicCreated: { t: 0, type: 'topicCreated', topic, partitions: 3, replicationFactor: 3 },
  partitionsCreated: { t: 0, type: 'partitionsCreated', topic, from: 3, to: 5 },
  topicConfigChanged: { t: 0, type: 'topicConfigChanged', topic },
  producerAdded: { t: 0, type: 'producerAdded', producerId: P1, topic },
  producerRemoved: { t: 0, type: 'producerRemoved', producerId: P1 },
  producerRateChanged: { t: 0, type: 'producerRateChanged', producerId: P1, ratePerSec: 2.5 },
  producersQuiet: { t: 0, type: 'producersQuiet', untilMs: 7 * 86_400_000 },
  recordSent: { t: 0, type: 'recordSent', ...on, producerId: P1, brokerId: b(3), requestId: 1, batchId: 1, recordCount: 3, keys: ['c1', null, 'c2'], attempt: 1 },
  recordAppended: { t: 0, type: 'recordAppended', ...on, producerId: P1, brokerId: b(3), baseOffset: 12, lastOffset: 14, leaderEpoch: 0 },
  duplicateRefused: { t: 0, type: 'duplicateRefused', ...on, producerId: P1, brokerId: b(3), baseOffset: 12 },
  produceAcked: { t: 0, type: 'produceAcked', ...on, producerId: P1, batchId: 1, baseOffset: 12, recordCount: 3 },
  produceFailed: {
    t: 0,
    type: 'produceFailed',
    topic,
    partition: 0,
    producerId: P1,
    brokerId: b(1),
    batchId: 1,
    error: 'NOT_ENOUGH_REPLICAS',
    willRetry: true,
    attempt: 1,
    recordCount: 3,
  },
  stickyPartitionChanged: { t: 0, type: 'stickyPartitionChanged', topic, partition: 2, producerId: P1, from: 0, to: 2 },
  metadataRefreshed: { t: 0, type: 'metadataRefreshed', producerId: P1, topic, leaders: [b(1), b(3), null] },
  producerRerouted: { t: 19_300, type: 'producerRerouted', ...on, producerId: P1, from: b(2), to: b(3) },
  replicaFetched: { t: 0, type: 'replicaFetched', ...on, leader: b(3), follower: b(1), fromOffset: 12, toOffset: 15 },
  highWatermarkAdvanced: { t: 0, type: 'highWatermarkAdvanced', ...on, from: 12, to: 15 },
  leaderElected: { t: 19_000, type: 'leaderElected', ...on, previousLeader: b(2), leader: b(3), leaderEpoch: 2, reason: 'leaderFenced', isr: [b(3), b(1)] },
  isrShrunk: { t: 19_000, type: 'isrShrunk', topic, partition: 0, brokerId: b(2), isr: [b(1), b(3)], reason: 'fenced' },
  isrExpanded: { t: 41_000, type: 'isrExpanded', topic, partition: 0, brokerId: b(2), isr: [b(1), b(2), b(3)] },
  recordsLost: { t: 0, type: 'recordsLost', ...on, fromOffset: 12, toOffset: 15, reason: 'uncleanElection' },
  consumerJoined: { t: 0, type: 'consumerJoined', groupId: 'emails', memberId: 'emails-2', topic },
  consumerLeft: { t: 0, type: 'consumerLeft', groupId: 'emails', memberId: 'emails-2', reason: 'left' },
  consumerCrashed: { t: 0, type: 'consumerCrashed', groupId: 'emails', memberId: 'emails-1', sessionTimeoutMs: 45_000, processing: 17 },
  staticMemberReplaced: {
    t: 0,
    type: 'staticMemberReplaced',
    groupId: 'emails',
    memberId: 'emails-3',
    replaced: 'emails-1',
    groupInstanceId: 'emails-a',
    partitions: [0, 2],
  },
  rebalanceStarted: { t: 0, type: 'rebalanceStarted', groupId: 'emails', generation: 1, reason: 'memberJoined', protocol: 'eager' },
  partitionsRevoked: { t: 0, type: 'partitionsRevoked', groupId: 'emails', memberId: 'emails-1', topic, partitions: [0, 1, 2] },
  partitionsAssigned: { t: 0, type: 'partitionsAssigned', groupId: 'emails', memberId: 'emails-1', topic, partitions: [0, 1], generation: 2 },
  groupStable: { t: 0, type: 'groupStable', groupId: 'emails', generation: 2, assignment: { 'emails-1': [0, 1], 'emails-2': [2], 'emails-3': [] } },
  groupAssignorChanged: { t: 0, type: 'groupAssignorChanged', groupId: 'emails', assignor: 'cooperative-sticky' },
  recordsFetched: { t: 0, type: 'recordsFetched', ...on, groupId: 'emails', memberId: 'emails-1', fromOffset: 10, toOffset: 15 },
  recordProcessed: { t: 0, type: 'recordProcessed', ...on, groupId: 'emails', memberId: 'emails-1', offset: 12, key: 'customer-7', duplicate: false },
  offsetsCommitted: { t: 0, type: 'offsetsCommitted', groupId: 'emails', memberId: 'emails-1', topic, offsets: { 1: 7, 0: 12 } },
  commitFailed: { t: 0, type: 'commitFailed', groupId: 'emails', memberId: 'emails-1', error: 'REBALANCE_IN_PROGRESS' },
  recordsSkipped: { t: 0, type: 'recordsSkipped', ...on, groupId: 'emails', fromOffset: 12, toOffset: 13 },
  offsetOutOfRange: { t: 0, type: 'offsetOutOfRange', ...on, groupId: 'emails', memberId: 'emails-1', position: 3, resetTo: 42 },
  offsetsReset: { t: 0, type: 'offsetsReset', groupId: 'emails', topic, offsets: { 0: 0, 1: 0, 2: 0 } },
  segmentRolled: { t: 0, type: 'segmentRolled', topic, partition: 0, baseOffset: 42 },
  segmentDeleted: { t: 0, type: 'segmentDeleted', topic, partition: 0, baseOffset: 0, endOffset: 42, logStartOffset: 42 },
}
export const ALL: SimEvent[] = Object.values(SAMPLES)
