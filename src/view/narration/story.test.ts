import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine'
import { narrate } from './narrate'
import { P1, SAMPLES, b, topic } from './sampleEvents'
import { narrateGroup } from './story'

describe('narrateGroup', () => {
  it('tells a rebalance with the assignment it ended with', () => {
    const revoked = SAMPLES.partitionsRevoked
    const assigned1 = SAMPLES.partitionsAssigned
    const assigned2: SimEvent = { ...SAMPLES.partitionsAssigned, memberId: 'emails-2', partitions: [2] }
    const stable: SimEvent = { ...SAMPLES.groupStable, assignment: { 'emails-1': [0, 1], 'emails-2': [2] } }
    expect(narrateGroup([SAMPLES.rebalanceStarted, revoked, assigned1, assigned2, stable], 'en')).toBe(
      'Group emails rebalanced (a member joined; eager protocol). Generation 2: emails-1 reads partitions 0 and 1; emails-2 reads partition 2.',
    )
    expect(narrateGroup([assigned1, assigned2, stable], 'es')).toBe(narrate(stable, 'es'))
    expect(narrateGroup([SAMPLES.rebalanceStarted, revoked], 'en')).toContain(
      'Consumer emails-1 gave up purchases-0, purchases-1, and purchases-2',
    )
  })

  const fence = SAMPLES.brokerFenced
  const shrink0 = SAMPLES.isrShrunk
  const shrink2: SimEvent = { ...SAMPLES.isrShrunk, partition: 2, isr: [b(3), b(1)] }
  const elect = SAMPLES.leaderElected
  const refresh: SimEvent = {
    t: 19_300,
    type: 'metadataRefreshed',
    producerId: P1,
    topic,
    leaders: [b(1), b(3), b(3)],
  }
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
    const events = [
      retry,
      { ...retry, t: 400 },
      fence,
      shrink0,
      elect,
      { ...retry, t: 800 },
      SAMPLES.brokerAdded,
    ]
    const s = narrateGroup(events, 'en', { max: 2, order: 'importance' })
    expect(s).toMatch(
      /^The controller fenced broker 2: no heartbeat for 9 s\. It left the ISR of purchases-0\. New leaders from the ISR: broker 3/,
    )
    expect(s).toContain('NETWORK_EXCEPTION (the connection to the broker was lost); it will retry. (×3)')
    expect(s).not.toContain('Broker 4 joined')
    expect(s).toMatch(/\(\+1 more in the event log\)$/)
    expect(narrateGroup(events, 'en', { max: 2 })).toMatch(
      /^Producer P1 could not write.*\(×3\) Broker 4 joined/,
    )
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
