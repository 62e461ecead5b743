import { describe, expect, it } from 'vitest'
import { checkState } from './clusterInvariants'
import { createSimulation } from './createSimulation'
import { eventsOf, must, partitionOf, testCluster } from './testCluster'

/**
 * Bugs the chaos and fuzz properties found, each pinned as the short script it shrank to (the schedules themselves
 * are also the `examples` of chaos.property.test.ts).
 */
describe('found by chaos', () => {
  it('a consumer joining while no broker is up does not place __consumer_offsets on no broker', () => {
    // Shrunk: 1 broker; kill it; add a consumer. The offsets topic got replicas [undefined] and an empty ISR.
    const sim = testCluster({ brokers: 1 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 1 })
    must(sim, { type: 'produce', topic: 'orders', value: 'a' })
    sim.advance(1_000)
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, {
      type: 'addConsumer',
      groupId: 'g',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      commitMode: 'afterProcessing',
    })
    expect(sim.state.topics.__consumer_offsets).toBeUndefined()
    checkState(sim.state)
    // Once a broker is back, the member's first commit (FindCoordinator) creates it, and the commit lands.
    must(sim, { type: 'restartBroker', brokerId: 1 })
    sim.advance(30_000)
    checkState(sim.state)
    expect(sim.state.topics.__consumer_offsets?.partitions).toHaveLength(50)
    expect(sim.state.groups.g!.committed).toEqual({ 0: 1 })
  })

  it('a topic created with a manual assignment keeps fenced brokers out of its ISR and leadership', () => {
    // Shrunk: createTopic with replicaAssignment [[3]] while broker 3 was fenced: broker 3 led, fenced, in the ISR.
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    sim.advance(10_000)
    must(sim, {
      type: 'createTopic',
      name: 't',
      partitions: 2,
      replicationFactor: 2,
      replicaAssignment: [
        [3, 1],
        [3, 2],
      ],
    })
    expect([partitionOf(sim, 't', 0).leader, partitionOf(sim, 't', 0).isr]).toEqual([1, [1]])
    expect([partitionOf(sim, 't', 1).leader, partitionOf(sim, 't', 1).isr]).toEqual([2, [2]])
    checkState(sim.state)
    expect(
      sim.dispatch({
        type: 'createTopic',
        name: 'u',
        partitions: 2,
        replicationFactor: 1,
        replicaAssignment: [[1], [3]],
      }),
    ).toEqual({
      ok: false,
      error:
        'All brokers specified in the manual partition assignment for partition 1 are fenced or in controlled shutdown.',
    })
    // Back and caught up, broker 3 joins the ISR.
    must(sim, { type: 'restartBroker', brokerId: 3 })
    sim.advance(5_000)
    expect(partitionOf(sim, 't', 0).isr).toEqual([3, 1])
    checkState(sim.state)
  })

  it('a follower whose log is older than the log start offset starts again there before it rejoins the ISR', () => {
    // Shrunk: a follower down while a record was written and then deleted by retention; back, it joined the ISR at
    // LEO 0 while the HW was 1 (its fetch offset had been raised to the log start offset, its log had not).
    const sim = testCluster({ brokers: 3, config: { retentionCheckIntervalMs: 10_000 } })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 2,
      replicaAssignment: [[1, 2]],
      config: { retentionMs: 60_000 },
    })
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(10_000) // fenced: the ISR is [1]
    must(sim, { type: 'produce', topic: 'orders', value: 'a' })
    sim.advance(100_000)
    const p = partitionOf(sim, 'orders', 0)
    expect([p.logStartOffset, p.highWatermark, p.isr]).toEqual([1, 1, [1]])
    must(sim, { type: 'restartBroker', brokerId: 2 })
    for (let i = 0; i < 10; i++) {
      sim.advance(500)
      checkState(sim.state)
    }
    expect(p.isr).toEqual([1, 2])
    expect(p.replicas.map((r) => r.logEndOffset)).toEqual([1, 1])
  })

  it('a producer waiting for a leader refreshes its metadata at most every retry.backoff.ms', () => {
    // Found by its cost: a schedule took 0.5 s because the producer asked for metadata every round trip (2 ms).
    const sim = testCluster({ brokers: 2 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 1,
      replicaAssignment: [[1]],
    })
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, { type: 'produce', topic: 'orders', key: 'a', value: 'waits' })
    const events = sim.advance(20_000)
    const refreshes = eventsOf(events, 'metadataRefreshed')
    expect(refreshes.length).toBeGreaterThan(20)
    expect(refreshes.length).toBeLessThanOrEqual(20_000 / 100 + 1)
    for (let i = 1; i < refreshes.length; i++)
      expect(refreshes[i]!.t - refreshes[i - 1]!.t).toBeGreaterThanOrEqual(100)
  })

  it("a topic without an unclean.leader.election.enable override follows the cluster's setting", () => {
    // Found while tuning the chaos schedules: the cluster setting never mattered, every topic carried false.
    const sim = testCluster({ brokers: 2, config: { uncleanLeaderElectionEnable: true } })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 2,
      replicaAssignment: [[1, 2]],
    })
    must(sim, {
      type: 'createTopic',
      name: 'strict',
      partitions: 1,
      replicationFactor: 1,
      config: { uncleanLeaderElectionEnable: false },
    })
    expect(sim.state.topics.orders!.config.uncleanLeaderElectionEnable).toBe(true)
    expect(sim.state.topics.strict!.config.uncleanLeaderElectionEnable).toBe(false)
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(10_000) // broker 2 fenced: the ISR is [1]
    must(sim, { type: 'produce', topic: 'orders', value: 'only on 1' })
    sim.advance(1_000)
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, { type: 'restartBroker', brokerId: 2 })
    const events = sim.advance(15_000)
    expect(eventsOf(events, 'leaderElected').map((e) => [e.leader, e.reason])).toContainEqual([2, 'unclean'])
    expect(eventsOf(events, 'recordsLost').map((e) => [e.fromOffset, e.toOffset, e.reason])).toEqual([
      [0, 1, 'uncleanElection'],
    ])
  })

  it('refuses cluster timings that would stop the clock, instead of hanging', () => {
    // Found by the scene fuzzer: a scene with replicaLagTimeMaxMs 0 scheduled the ISR check every 0 ms, forever.
    for (const key of [
      'replicaLagTimeMaxMs',
      'leaderImbalanceCheckIntervalMs',
      'retentionCheckIntervalMs',
      'brokerHeartbeatIntervalMs',
    ]) {
      expect(() => createSimulation({ seed: 1, config: { [key]: 0 } })).toThrow(
        `${key} must be a number from`,
      )
    }
    expect(() => createSimulation({ seed: 1, config: { networkDelayMs: NaN } })).toThrow(
      'networkDelayMs must be a number from 0',
    )
    expect(() =>
      createSimulation({ seed: 1, config: { networkDelayMs: 0, brokerSessionTimeoutMs: 0 } }),
    ).not.toThrow()
  })
})
