import { describe, expect, it } from 'vitest'
import { advanceTo, eventsOf, must, partitionOf, testCluster } from './testCluster'

describe('in-sync replicas', () => {
  it('removes a fenced broker from every ISR it is in, but never empties an ISR', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 3,
      replicationFactor: 2,
      replicaAssignment: [
        [1, 2],
        [2, 3],
        [3, 1],
      ],
    })
    must(sim, {
      type: 'createTopic',
      name: 'solo',
      partitions: 1,
      replicationFactor: 1,
      replicaAssignment: [[1]],
    })
    sim.takeEvents()
    must(sim, { type: 'killBroker', brokerId: 1 })
    const events = sim.advance(10_000)
    expect(eventsOf(events, 'isrShrunk').map((e) => [e.topic, e.partition, e.isr, e.reason])).toEqual([
      ['orders', 0, [2], 'fenced'],
      ['orders', 2, [3], 'fenced'],
    ])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ leader: 2, isr: [2] })
    expect(partitionOf(sim, 'orders', 1)).toMatchObject({ leader: 2, isr: [2, 3] })
    expect(partitionOf(sim, 'orders', 2)).toMatchObject({ leader: 3, isr: [3] })
    expect(partitionOf(sim, 'solo', 0)).toMatchObject({ leader: null, isr: [1] })
  })

  it('does not call a dead leader every millisecond: followers wait for the controller, then fetch at once', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 12, replicationFactor: 3 })
    advanceTo(sim, 1_000)
    must(sim, { type: 'killBroker', brokerId: 1 })
    const seq = sim.state.seq
    advanceTo(sim, 8_999)
    expect(sim.state.seq - seq).toBeLessThan(20)
    const events = sim.advance(1)
    const moved = eventsOf(events, 'leaderElected')
    expect(moved.length).toBeGreaterThan(0)
    must(sim, { type: 'produce', topic: 'orders', value: 'after failover', partition: moved[0]!.partition })
    const after = sim.advance(100)
    expect(eventsOf(after, 'highWatermarkAdvanced').map((e) => [e.partition, e.to])).toEqual([
      [moved[0]!.partition, 1],
    ])
  })

  it('drops a stalled follower after replica.lag.time.max.ms and takes it back once resumed and caught up', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 3,
      replicaAssignment: [[1, 2, 3]],
    })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 10 })
    advanceTo(sim, 5_000)
    must(sim, { type: 'stallBroker', brokerId: 3 })
    const caughtUpAt = partitionOf(sim, 'orders', 0).replicas[2]!.lastCaughtUpMs
    expect(caughtUpAt).toBeGreaterThan(4_800)
    // The leader checks every 15 s; the first check more than 30 s after the follower was last caught up is at 45 s.
    let events = advanceTo(sim, 44_999)
    expect(eventsOf(events, 'isrShrunk')).toEqual([])
    expect(eventsOf(events, 'replicaFetched').filter((e) => e.follower === 3 && e.t > 5_000)).toEqual([])
    events = sim.advance(1)
    expect(eventsOf(events, 'isrShrunk')).toEqual([
      {
        t: 45_000,
        type: 'isrShrunk',
        topic: 'orders',
        partition: 0,
        brokerId: 3,
        isr: [1, 2],
        reason: 'lagging',
      },
    ])
    // The high watermark keeps moving with the smaller ISR.
    const hw = partitionOf(sim, 'orders', 0).highWatermark
    advanceTo(sim, 60_000)
    expect(partitionOf(sim, 'orders', 0).highWatermark).toBeGreaterThan(hw)
    must(sim, { type: 'stallBroker', brokerId: 3, stalled: false })
    events = sim.advance(100)
    const expanded = eventsOf(events, 'isrExpanded')
    expect(expanded.map((e) => [e.brokerId, e.isr])).toEqual([[3, [1, 2, 3]]])
    expect(expanded[0]!.t).toBe(60_003)
    const p = partitionOf(sim, 'orders', 0)
    expect(p.replicas[2]!.logEndOffset).toBeGreaterThanOrEqual(p.highWatermark)
  })

  it('keeps a stalled follower in the ISR while nothing is written (it is not behind)', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 3 })
    must(sim, { type: 'stallBroker', brokerId: 2 })
    expect(eventsOf(sim.advance(200_000), 'isrShrunk')).toEqual([])
  })

  it('keeps an idle, caught-up follower in the ISR when records resume over a slow network', () => {
    const sim = testCluster({ brokers: 3, config: { networkDelayMs: 1000 } })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 3 })
    advanceTo(sim, 58_000)
    // Appended at 59 005; the followers have it at 60 005; the leader's ISR check runs at 60 000 in between.
    must(sim, { type: 'produce', topic: 'orders', value: 'after a quiet minute' })
    const events = sim.advance(60_000)
    expect(eventsOf(events, 'recordAppended').map((e) => e.t)).toEqual([59_005])
    expect(eventsOf(events, 'isrShrunk')).toEqual([])
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => [e.t, e.to])).toEqual([[61_005, 1]])
  })

  it('keeps followers in the ISR under steady load over a slow network, where they are never exactly at the end', () => {
    const sim = testCluster({ brokers: 3, config: { networkDelayMs: 200 } })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 3 })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 20 })
    const events = sim.advance(180_000)
    expect(eventsOf(events, 'isrShrunk')).toEqual([])
    const p = partitionOf(sim, 'orders', 0)
    expect(p.isr).toHaveLength(3)
    expect(p.logEndOffset).toBeGreaterThan(3_500)
    expect(p.logEndOffset - p.highWatermark).toBeLessThan(20)
    expect(sim.state.producers[0]!.failed).toBe(0)
  })

  it('lets a restarted follower rejoin only after it fetched up to the high watermark', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 3,
      replicaAssignment: [[1, 2, 3]],
    })
    must(sim, { type: 'killBroker', brokerId: 3 })
    sim.advance(10_000)
    for (let i = 0; i < 5; i++) must(sim, { type: 'produce', topic: 'orders', value: `v${i}` })
    sim.advance(1_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ isr: [1, 2], highWatermark: 5 })
    expect(partitionOf(sim, 'orders', 0).replicas[2]!.logEndOffset).toBe(0)
    must(sim, { type: 'restartBroker', brokerId: 3 })
    const events = sim.advance(1_000)
    const fetched = eventsOf(events, 'replicaFetched').filter((e) => e.follower === 3)
    const expanded = eventsOf(events, 'isrExpanded')
    expect(fetched.map((e) => [e.fromOffset, e.toOffset])).toEqual([[0, 5]])
    expect(expanded.map((e) => e.isr)).toEqual([[1, 2, 3]])
    expect(expanded[0]!.t).toBeGreaterThan(fetched[0]!.t)
  })
})
