import { describe, expect, it } from 'vitest'
import { advanceTo, eventsOf, must, partitionOf, testCluster, valuesOf } from './testCluster'

/** A 3-broker cluster with one partition whose replicas are in the given order. */
function onePartition(replicas: number[], config: Record<string, unknown> = {}) {
  const sim = testCluster({ brokers: 3 })
  must(sim, {
    type: 'createTopic',
    name: 'orders',
    partitions: 1,
    replicationFactor: replicas.length,
    replicaAssignment: [replicas],
    config,
  })
  sim.takeEvents()
  return sim
}

describe('fencing', () => {
  it.each([
    [0, 9000],
    [1, 8999],
    [1000, 8000],
    [1999, 7001],
  ])('fences a broker killed %i ms after a heartbeat %i ms later', (phase, delay) => {
    const sim = onePartition([1, 2, 3])
    const killAt = 10_000 + phase
    advanceTo(sim, killAt)
    must(sim, { type: 'killBroker', brokerId: 2 })
    expect(sim.takeEvents()).toEqual([
      { t: killAt, type: 'brokerKilled', brokerId: 2, fenceAt: killAt + delay },
    ])
    advanceTo(sim, killAt + delay - 1)
    expect(sim.state.brokers[1]!.fenced).toBe(false)
    expect(partitionOf(sim, 'orders', 0).isr).toEqual([1, 2, 3])
    const events = sim.advance(1)
    expect(events.slice(0, 2)).toEqual([
      { t: killAt + delay, type: 'brokerFenced', brokerId: 2, sessionTimeoutMs: 9000 },
      {
        t: killAt + delay,
        type: 'isrShrunk',
        topic: 'orders',
        partition: 0,
        brokerId: 2,
        isr: [1, 3],
        reason: 'fenced',
      },
    ])
  })

  it('counts heartbeats from the moment a restarted broker registered', () => {
    const sim = onePartition([1, 2, 3])
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(10_000)
    must(sim, { type: 'restartBroker', brokerId: 2 })
    sim.advance(1) // registers one network delay later, at 10 001
    expect(sim.state.brokers[1]).toMatchObject({ alive: true, fenced: false, registeredAt: 10_001 })
    advanceTo(sim, 10_001 + 4_000 + 500)
    must(sim, { type: 'killBroker', brokerId: 2 })
    expect(eventsOf(sim.takeEvents(), 'brokerKilled')[0]!.fenceAt).toBe(10_001 + 4_000 + 9_000)
  })

  it('fences a broker at once when it restarts before its session expired, and unfences it on registration', () => {
    const sim = onePartition([2, 1, 3])
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(3_000)
    must(sim, { type: 'restartBroker', brokerId: 2 })
    const events = sim.takeEvents()
    expect(events.map((e) => e.type)).toEqual([
      'brokerRestarted',
      'brokerFenced',
      'isrShrunk',
      'leaderElected',
    ])
    expect(eventsOf(events, 'leaderElected')[0]).toMatchObject({
      leader: 1,
      previousLeader: 2,
      leaderEpoch: 1,
    })
    const later = sim.advance(1)
    expect(later[0]).toEqual({ t: 3_001, type: 'brokerUnfenced', brokerId: 2 })
    // The stale session timer of the old incarnation does nothing.
    expect(eventsOf(sim.advance(20_000), 'brokerFenced')).toEqual([])
  })
})

describe('leader election', () => {
  it('elects the first live ISR replica in assignment order, bumping the leader epoch each time', () => {
    const sim = onePartition([3, 1, 2])
    must(sim, { type: 'killBroker', brokerId: 3 })
    let events = sim.advance(10_000)
    expect(eventsOf(events, 'leaderElected')).toEqual([
      {
        t: 9_000,
        type: 'leaderElected',
        topic: 'orders',
        partition: 0,
        previousLeader: 3,
        leader: 1,
        leaderEpoch: 1,
        reason: 'leaderFenced',
        isr: [1, 2],
      },
    ])
    must(sim, { type: 'killBroker', brokerId: 1 })
    events = sim.advance(10_000)
    expect(eventsOf(events, 'leaderElected').map((e) => [e.leader, e.leaderEpoch, e.isr])).toEqual([
      [2, 2, [2]],
    ])
    must(sim, { type: 'killBroker', brokerId: 2 })
    events = sim.advance(10_000)
    // The last ISR member stays in the ISR: the partition is offline, not forgotten.
    expect(eventsOf(events, 'isrShrunk')).toEqual([])
    expect(eventsOf(events, 'leaderElected').map((e) => [e.leader, e.leaderEpoch, e.isr])).toEqual([
      [null, 3, [2]],
    ])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: null, isr: [2], leaderEpoch: 3 })
  })

  it('does not elect a returning replica that is not in the ISR; the last ISR member leads when it returns', () => {
    const sim = onePartition([3, 1, 2])
    for (const b of [3, 1, 2]) {
      must(sim, { type: 'killBroker', brokerId: b })
      sim.advance(10_000)
    }
    must(sim, { type: 'restartBroker', brokerId: 3 })
    expect(eventsOf(sim.advance(5_000), 'leaderElected')).toEqual([])
    expect(partitionOf(sim, 'orders', 0).leader).toBeNull()
    must(sim, { type: 'restartBroker', brokerId: 2 })
    const events = sim.advance(5_000)
    expect(eventsOf(events, 'leaderElected').map((e) => [e.leader, e.leaderEpoch, e.reason])).toEqual([
      [2, 4, 'replicaReturned'],
    ])
    expect(eventsOf(events, 'isrExpanded').map((e) => e.isr)).toEqual([[3, 2]])
  })

  it('only knows what the controller knows: a dead broker not yet fenced may be elected, then fenced too', () => {
    const sim = onePartition([1, 2, 3])
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, { type: 'killBroker', brokerId: 2 })
    const elected = eventsOf(sim.advance(10_000), 'leaderElected')
    expect(elected.map((e) => [e.t, e.leader, e.leaderEpoch, e.isr])).toEqual([
      [9_000, 2, 1, [2, 3]],
      [9_000, 3, 2, [3]],
    ])
  })

  it('keeps an RF=1 partition leaderless with the dead broker in its ISR until that broker returns', () => {
    const sim = onePartition([2])
    for (const value of ['a', 'b', 'c']) must(sim, { type: 'produce', topic: 'orders', value })
    sim.advance(1_000)
    must(sim, { type: 'killBroker', brokerId: 2 })
    const down = sim.advance(10_000)
    expect(eventsOf(down, 'leaderElected').map((e) => [e.leader, e.leaderEpoch, e.reason, e.isr])).toEqual([
      [null, 1, 'leaderFenced', [2]],
    ])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({
      leader: null,
      isr: [2],
      logEndOffset: 3,
      highWatermark: 3,
    })
    must(sim, { type: 'restartBroker', brokerId: 2 })
    const up = sim.advance(1)
    expect(eventsOf(up, 'leaderElected').map((e) => [e.t, e.leader, e.leaderEpoch, e.reason])).toEqual([
      [11_001, 2, 2, 'replicaReturned'],
    ])
    must(sim, { type: 'produce', topic: 'orders', value: 'd' })
    sim.advance(60_000)
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('unclean leader election', () => {
  /** a, b reach all three; broker 3 dies; c, d reach 1 and 2; then 1 and 2 die and 3 comes back. */
  function lastReplicaStanding(unclean: boolean) {
    const sim = onePartition([1, 2, 3], { uncleanLeaderElectionEnable: unclean })
    for (const value of ['a', 'b']) must(sim, { type: 'produce', topic: 'orders', value })
    sim.advance(1_000)
    must(sim, { type: 'killBroker', brokerId: 3 })
    sim.advance(10_000)
    for (const value of ['c', 'd']) must(sim, { type: 'produce', topic: 'orders', value })
    sim.advance(1_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ isr: [1, 2], highWatermark: 4 })
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(10_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: null, isr: [2] })
    must(sim, { type: 'restartBroker', brokerId: 3 })
    return { sim, events: sim.advance(1_000) }
  }

  it('lets an out-of-sync replica lead when the topic allows it, and reports the records lost', () => {
    const { sim, events } = lastReplicaStanding(true)
    expect(eventsOf(events, 'recordsLost')).toEqual([
      {
        t: 22_001,
        type: 'recordsLost',
        topic: 'orders',
        partition: 0,
        fromOffset: 2,
        toOffset: 4,
        reason: 'uncleanElection',
      },
    ])
    expect(eventsOf(events, 'leaderElected')).toEqual([
      {
        t: 22_001,
        type: 'leaderElected',
        topic: 'orders',
        partition: 0,
        previousLeader: null,
        leader: 3,
        leaderEpoch: 3,
        reason: 'unclean',
        isr: [3],
      },
    ])
    const p = partitionOf(sim, 'orders', 0)
    expect(p).toMatchObject({ leader: 3, isr: [3], logEndOffset: 2, highWatermark: 2 })
    expect(p.lost.map((r) => [r.offset, r.value, r.reason])).toEqual([
      [2, 'c', 'uncleanElection'],
      [3, 'd', 'uncleanElection'],
    ])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a', 'b'])
  })

  it('keeps the partition offline instead when unclean election is off, and loses nothing', () => {
    const { sim, events } = lastReplicaStanding(false)
    expect(eventsOf(events, 'recordsLost')).toEqual([])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: null, isr: [2], logEndOffset: 4 })
    must(sim, { type: 'restartBroker', brokerId: 2 })
    sim.advance(1_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: 2, isr: [2, 3], highWatermark: 4 })
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('preferred leader election', () => {
  it('moves leadership back to the preferred replica at the next imbalance check once it is in sync', () => {
    const sim = onePartition([1, 2, 3])
    advanceTo(sim, 1_000)
    must(sim, { type: 'killBroker', brokerId: 1 })
    advanceTo(sim, 20_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: 2, leaderEpoch: 1 })
    must(sim, { type: 'restartBroker', brokerId: 1 })
    const back = advanceTo(sim, 299_999)
    expect(eventsOf(back, 'isrExpanded').map((e) => e.isr)).toEqual([[1, 2, 3]])
    expect(eventsOf(back, 'leaderElected')).toEqual([])
    expect(eventsOf(sim.advance(1), 'leaderElected')).toEqual([
      {
        t: 300_000,
        type: 'leaderElected',
        topic: 'orders',
        partition: 0,
        previousLeader: 2,
        leader: 1,
        leaderEpoch: 2,
        reason: 'preferred',
        isr: [1, 2, 3],
      },
    ])
  })

  it('leaves leadership alone while the preferred replica is out of sync', () => {
    const sim = onePartition([1, 2, 3])
    must(sim, { type: 'killBroker', brokerId: 1 })
    sim.advance(20_000)
    must(sim, { type: 'restartBroker', brokerId: 1 })
    must(sim, { type: 'stallBroker', brokerId: 1 })
    sim.advance(400_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: 2, isr: [2, 3], leaderEpoch: 1 })
  })

  it('never runs when auto.leader.rebalance.enable is off', () => {
    const sim = testCluster({ config: { autoLeaderRebalanceEnable: false } })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 3,
      replicaAssignment: [[1, 2, 3]],
    })
    must(sim, { type: 'killBroker', brokerId: 1 })
    sim.advance(20_000)
    must(sim, { type: 'restartBroker', brokerId: 1 })
    sim.advance(1_000_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: 2, isr: [1, 2, 3] })
  })
})
