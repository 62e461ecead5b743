import { describe, expect, it } from 'vitest'
import { createSimulation, type EventOf, type SimEvent, type SimEventType } from '../../engine'
import { brokerId, producerId, topicName } from '../../engine/ids'
import { LANGS } from '../../i18n/translate'
import { isNotable } from '../../store/notable'
import { eventCategory, eventTone } from './eventKind'
import { narrate, narrateGroup } from './narrate'
import { formatDuration, formatSimTime } from './simTime'

const b = brokerId
const topic = topicName('purchases')
const P1 = producerId('P1')
const on = { topic, partition: 1 }

/** One event of every type: adding a type to the union without a sample here fails to compile. */
const SAMPLES: { [K in SimEventType]: EventOf<K> } = {
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
const ALL: SimEvent[] = Object.values(SAMPLES)

describe('narrate: every event type', () => {
  it.each(ALL.map((e) => [e.type, e] as const))('%s reads as a full sentence in both languages', (_type, e) => {
    for (const lang of LANGS) {
      const s = narrate(e, lang)
      expect(s.length).toBeGreaterThan(20)
      expect(s).not.toMatch(/\{\w+\}/) // no placeholder left unfilled
      expect(s).not.toMatch(/undefined|NaN|null/)
      expect(s).toMatch(/[.)]$/)
    }
  })

  it('tells each type differently in English and Spanish', () => {
    const same = ALL.filter((e) => narrate(e, 'en') === narrate(e, 'es')).map((e) => e.type)
    expect(same).toEqual([])
  })

  it('has a category and a tone for each type', () => {
    for (const e of ALL) {
      expect(eventCategory(e)).toBeTruthy()
      expect(eventTone(e)).toBeTruthy()
    }
  })

  it('tells variants: no leader, unclean, retries, timeouts, acks=0, truncation', () => {
    const none = narrate({ ...SAMPLES.leaderElected, leader: null, isr: [b(2)] }, 'en')
    expect(none).toBe('Partition purchases-1 has no leader: no replica of the ISR [2] is alive. Producers must wait until one of them comes back.')
    expect(narrate({ ...SAMPLES.leaderElected, reason: 'unclean' }, 'en')).toMatch(/Unclean leader election on purchases-1.*lost/)
    expect(narrate({ ...SAMPLES.leaderElected, reason: 'unclean' }, 'es')).toMatch(/no limpia.*perdieron/)
    expect(narrate({ ...SAMPLES.produceFailed, error: 'TIMEOUT', willRetry: false }, 'en')).toBe(
      'Producer P1 gave up on 3 records for purchases-0: TIMEOUT (delivery.timeout.ms passed without an acknowledgement); the application receives the error.',
    )
    expect(narrate({ ...SAMPLES.produceAcked, baseOffset: -1 }, 'en')).toContain('acks=0')
    expect(narrate({ ...SAMPLES.recordsLost, reason: 'truncated' }, 'en')).toContain('purchases-1 lost 3 records (offsets 12–14)')
    expect(narrate({ ...SAMPLES.recordSent, attempt: 3 }, 'en')).toContain('(attempt 3)')
    expect(narrate({ ...SAMPLES.isrShrunk, reason: 'lagging' }, 'en')).toBe(
      'purchases-0: broker 2 left the ISR: it lagged more than replica.lag.time.max.ms. ISR now [1, 3].',
    )
    expect(narrate({ ...SAMPLES.producerRerouted, to: null }, 'en')).toContain('purchases-1 has no leader')
    expect(narrate({ ...SAMPLES.segmentDeleted, baseOffset: 41 }, 'en')).toContain('(offset 41)')
    expect(narrate({ ...SAMPLES.producerRateChanged, ratePerSec: 2.5 }, 'es')).toBe('El productor P1 ahora envía 2,5 registros/s.')
  })
})

describe('narrate: consumers and groups', () => {
  it('tells assignments, commits and losses in plain words', () => {
    expect(narrate(SAMPLES.groupStable, 'en')).toBe(
      'Group emails is stable (generation 2): emails-1 reads partitions 0 and 1; emails-2 reads partition 2; emails-3 sits idle. Each partition has exactly one owner in the group.',
    )
    expect(narrate(SAMPLES.groupStable, 'es')).toContain('emails-1 lee las particiones 0 y 1; emails-2 lee la partición 2; emails-3 queda inactivo')
    expect(narrate(SAMPLES.offsetsCommitted, 'en')).toContain('purchases-0 at 12 and purchases-1 at 7')
    expect(narrate(SAMPLES.partitionsAssigned, 'en')).toBe('Consumer emails-1 now reads purchases-0 and purchases-1 (generation 2).')
    expect(narrate({ ...SAMPLES.partitionsAssigned, partitions: [] }, 'en')).toContain('sits idle')
    expect(narrate(SAMPLES.recordsSkipped, 'en')).toContain('will never process 1 record of purchases-1 (offset 12)')
    expect(narrate({ ...SAMPLES.offsetOutOfRange, resetTo: null }, 'en')).toContain('auto.offset.reset=none')
    expect(narrate({ ...SAMPLES.recordProcessed, duplicate: true }, 'es')).toContain('duplicado')
    expect(narrate({ ...SAMPLES.consumerCrashed, processing: null }, 'en')).toBe(
      'Consumer emails-1 of group emails crashed. The coordinator notices only after session.timeout.ms (45 s); until then nobody reads its partitions.',
    )
  })

  it('tells a rebalance with the assignment it ended with', () => {
    const revoked = SAMPLES.partitionsRevoked
    const assigned1 = SAMPLES.partitionsAssigned
    const assigned2: SimEvent = { ...SAMPLES.partitionsAssigned, memberId: 'emails-2', partitions: [2] }
    const stable: SimEvent = { ...SAMPLES.groupStable, assignment: { 'emails-1': [0, 1], 'emails-2': [2] } }
    expect(narrateGroup([SAMPLES.rebalanceStarted, revoked, assigned1, assigned2, stable], 'en')).toBe(
      'Group emails rebalanced (a member joined; eager protocol). Generation 2: emails-1 reads partitions 0 and 1; emails-2 reads partition 2.',
    )
    expect(narrateGroup([assigned1, assigned2, stable], 'es')).toBe(narrate(stable, 'es'))
    expect(narrateGroup([SAMPLES.rebalanceStarted, revoked], 'en')).toContain('Consumer emails-1 gave up purchases-0, purchases-1, and purchases-2')
  })
})

describe('narrate: the story of a failed broker', () => {
  it('kill', () => {
    expect(narrate(SAMPLES.brokerKilled, 'en')).toBe(
      'Broker 2 stopped. Its heartbeats stop too: the controller will fence it in 9 s, once broker.session.timeout.ms has passed since the last one.',
    )
    expect(narrate({ ...SAMPLES.brokerKilled, fenceAt: 17_000 }, 'es')).toContain('dentro de 7 s')
  })

  it('fence', () => {
    expect(narrate(SAMPLES.brokerFenced, 'en')).toMatch(/^The controller fenced broker 2: no heartbeat for 9 s\./)
    expect(narrate(SAMPLES.brokerFenced, 'es')).toMatch(/^El controlador aisló \(fenced\) al broker 2: no recibió ningún heartbeat en 9 s\./)
  })

  it('leader elected from the ISR', () => {
    expect(narrate(SAMPLES.leaderElected, 'en')).toBe(
      'Partition purchases-1 lost its leader; the controller chose broker 3 from the ISR [3, 1] (leader epoch 2).',
    )
    expect(narrate(SAMPLES.leaderElected, 'es')).toBe(
      'La partición purchases-1 perdió su líder; el controlador eligió al broker 3 del ISR [3, 1] (leader epoch 2).',
    )
  })

  it('ISR shrinks when fenced', () => {
    expect(narrate(SAMPLES.isrShrunk, 'en')).toBe('purchases-0: broker 2 left the ISR: it is fenced. ISR now [1, 3].')
  })

  it('producer rerouted', () => {
    expect(narrate(SAMPLES.producerRerouted, 'en')).toBe('Producer P1 refreshed its metadata and now sends purchases-1 to broker 3, its new leader.')
    expect(narrate(SAMPLES.producerRerouted, 'es')).toBe(
      'El productor P1 actualizó sus metadatos y ahora envía purchases-1 al broker 3, su nuevo líder.',
    )
  })

  it('rejoin', () => {
    expect(narrate(SAMPLES.isrExpanded, 'en')).toBe('Broker 2 caught up and rejoined the ISR of purchases-0. ISR now [1, 2, 3].')
    expect(narrate(SAMPLES.isrExpanded, 'es')).toBe('El broker 2 se puso al día y volvió al ISR de purchases-0. ISR ahora: [1, 2, 3].')
  })

  it('retention and a refused write', () => {
    expect(narrate(SAMPLES.segmentDeleted, 'en')).toBe(
      'Retention deleted a segment of purchases-0 (offsets 0–41): its newest record was older than retention.ms. The log now starts at offset 42; offsets are never reused.',
    )
    expect(narrate(SAMPLES.produceFailed, 'en')).toBe(
      'Producer P1 could not write to purchases-0: NOT_ENOUGH_REPLICAS (the ISR is smaller than min.insync.replicas); it will retry.',
    )
  })
})

describe('narrateGroup', () => {
  const fence = SAMPLES.brokerFenced
  const shrink0 = SAMPLES.isrShrunk
  const shrink2: SimEvent = { ...SAMPLES.isrShrunk, partition: 2, isr: [b(3), b(1)] }
  const elect = SAMPLES.leaderElected
  const refresh: SimEvent = { t: 19_300, type: 'metadataRefreshed', producerId: P1, topic, leaders: [b(1), b(3), b(3)] }
  const reroute = SAMPLES.producerRerouted

  it('tells kill, fence, elections and reroutes as one story', () => {
    const s = narrateGroup([SAMPLES.brokerKilled, fence, shrink0, elect, shrink2, refresh, reroute], 'en')
    expect(s).toBe(
      'Broker 2 stopped; after 9 s without a heartbeat the controller fenced it. It left the ISR of purchases-0 and purchases-2. ' +
        'New leaders from the ISR: broker 3 for purchases-1 (leader epoch 2). ' +
        'Producer P1 refreshed its metadata and now sends purchases-1 to broker 3, its new leader.',
    )
    const es = narrateGroup([SAMPLES.brokerKilled, fence, shrink0, elect, shrink2, refresh, reroute], 'es')
    expect(es).toContain('Salió del ISR de purchases-0 y purchases-2.')
    expect(es).toContain('el broker 3 para purchases-1')
  })

  it('joins one producer’s reroutes', () => {
    const other: SimEvent = { ...reroute, partition: 2, to: b(1) }
    expect(narrateGroup([refresh, reroute, other], 'en')).toBe(
      'Producer P1 refreshed its metadata and now sends purchases-1 to broker 3 and purchases-2 to broker 1.',
    )
    expect(narrateGroup([refresh, reroute, other], 'es')).toBe(
      'El productor P1 actualizó sus metadatos y ahora envía purchases-1 al broker 3 y purchases-2 al broker 1.',
    )
  })

  it('tells a restart within the session timeout without claiming missed heartbeats', () => {
    const s = narrateGroup([SAMPLES.brokerRestarted, { ...fence, t: 40_000 }, { ...elect, t: 40_000 }], 'en')
    expect(s).toMatch(/^Broker 2 restarted with its log on disk; the controller fenced its old registration/)
    expect(s).not.toContain('no heartbeat')
  })

  it('puts the strongest news first when asked, and folds repeats', () => {
    const retry: SimEvent = { ...SAMPLES.produceFailed, error: 'NETWORK_EXCEPTION' }
    const events = [retry, { ...retry, t: 400 }, fence, shrink0, elect, { ...retry, t: 800 }, SAMPLES.brokerAdded]
    const s = narrateGroup(events, 'en', { max: 2, order: 'importance' })
    expect(s).toMatch(/^The controller fenced broker 2: no heartbeat for 9 s\. It left the ISR of purchases-0\. New leaders from the ISR: broker 3/)
    expect(s).toContain('NETWORK_EXCEPTION (the connection to the broker was lost); it will retry. (×3)')
    expect(s).not.toContain('Broker 4 joined')
    expect(s).toMatch(/\(\+1 more in the event log\)$/)
    expect(narrateGroup(events, 'en', { max: 2 })).toMatch(/^Producer P1 could not write.*\(×3\) Broker 4 joined/)
  })

  it('is narrate for one event and empty for none', () => {
    expect(narrateGroup([SAMPLES.isrExpanded], 'en')).toBe(narrate(SAMPLES.isrExpanded, 'en'))
    expect(narrateGroup([], 'en')).toBe('')
  })

  it('keeps the latest sentences of a long burst and points to the log', () => {
    const burst = [0, 1, 2, 3, 4].map((p) => ({ ...SAMPLES.segmentDeleted, partition: p }))
    const s = narrateGroup(burst, 'en', { max: 2 })
    expect(s).toContain('purchases-3')
    expect(s).toContain('purchases-4')
    expect(s).not.toContain('purchases-0')
    expect(s).toMatch(/\(\+3 more in the event log\)$/)
    expect(narrateGroup(burst, 'es', { max: 2 })).toMatch(/\(\+3 más en el registro de eventos\)$/)
  })
})

describe('formatSimTime and formatDuration', () => {
  it('formats the simulated clock', () => {
    expect(formatSimTime(83_400, 'en')).toBe('day 0, 00:01:23.4')
    expect(formatSimTime(83_400, 'es')).toBe('día 0, 00:01:23,4')
    expect(formatSimTime(0, 'en')).toBe('day 0, 00:00:00.0')
    expect(formatSimTime(7 * 86_400_000 + 3_723_950, 'en')).toBe('day 7, 01:02:03.9')
    expect(formatSimTime(-5, 'en')).toBe('day 0, 00:00:00.0')
    expect(formatSimTime(Number.NaN, 'es')).toBe('día 0, 00:00:00,0')
    expect(formatSimTime(83_456, 'en', 3)).toBe('day 0, 00:01:23.456')
    expect(formatSimTime(83_456, 'es', 0)).toBe('día 0, 00:01:23')
    expect(formatSimTime(99, 'en')).toBe('day 0, 00:00:00.0')
  })

  it('formats spans in a spoken unit', () => {
    expect(formatDuration(300, 'en')).toBe('300 ms')
    expect(formatDuration(9000, 'en')).toBe('9 s')
    expect(formatDuration(1500, 'es')).toBe('1,5 s')
    expect(formatDuration(300_000, 'en')).toBe('5 min')
    expect(formatDuration(604_800_000, 'en')).toBe('7 days')
    expect(formatDuration(604_800_000, 'es')).toBe('7 días')
  })
})

describe('narrating a real run', () => {
  it('names the new leader after the leader of purchases-0 is killed', () => {
    const sim = createSimulation({ seed: 7, brokers: 3, config: { networkDelayMs: 5 } })
    expect(sim.dispatch({ type: 'createTopic', name: 'purchases', partitions: 3, replicationFactor: 3, config: { minInsyncReplicas: 2 } })).toEqual({ ok: true })
    expect(sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'P1', keys: 'customers', ratePerSec: 5 })).toEqual({ ok: true })
    sim.advance(3000)
    const oldLeader = sim.state.topics['purchases']!.partitions[0]!.leader!
    expect(sim.dispatch({ type: 'killBroker', brokerId: oldLeader })).toEqual({ ok: true })
    const notable = sim.advance(12_000).filter(isNotable)
    const newLeader = sim.state.topics['purchases']!.partitions[0]!.leader
    expect(newLeader).not.toBeNull()
    expect(newLeader).not.toBe(oldLeader)

    const lines = notable.map((e) => narrate(e, 'en'))
    expect(lines[0]).toMatch(new RegExp(`^Broker ${oldLeader} stopped\\.`))
    expect(lines).toContain(`The controller fenced broker ${oldLeader}: no heartbeat for 9 s. It leaves the ISRs, and the partitions it led need a new leader.`)
    const election = lines.find((l) => l.startsWith('Partition purchases-0 lost its leader'))
    expect(election).toContain(`the controller chose broker ${newLeader} from the ISR`)
    expect(lines).toContain(`Producer P1 refreshed its metadata and now sends purchases-0 to broker ${newLeader}, its new leader.`)

    const story = narrateGroup(notable, 'es', { max: Number.POSITIVE_INFINITY })
    expect(story).toContain(`el broker ${newLeader} para purchases-0`)
    for (const lang of LANGS) for (const e of notable) expect(narrate(e, lang)).not.toBe('')
  })
})
