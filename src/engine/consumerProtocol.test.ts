import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { eventsOf, must, testCluster } from './testCluster'
import { clusterView } from './views'

function busyTopic(): Simulation {
  const sim = testCluster({ config: { networkDelayMs: 5 } })
  must(sim, { type: 'createTopic', name: 'clicks', partitions: 6, replicationFactor: 3 })
  must(sim, { type: 'addProducer', topic: 'clicks', id: 'P1', ratePerSec: 30 })
  return sim
}
const group = (sim: Simulation, id: string) => clusterView(sim.state).groups.find((g) => g.groupId === id)!
const totalPaused = (sim: Simulation, id: string) =>
  Object.values(group(sim, id).pausedMs).reduce((a, b) => a + b, 0)

/** Two members read six partitions; a third joins; what did each protocol stop, and for how long? */
function thirdJoins(extra: Record<string, unknown>): { sim: Simulation; joinedAt: number } {
  const sim = busyTopic()
  const add = () =>
    must(sim, { type: 'addConsumer', groupId: 'g', topic: 'clicks', ratePerSec: 50, ...extra })
  add()
  add()
  sim.advance(20_000)
  expect(group(sim, 'g').phase).toBe('Stable')
  add()
  const joinedAt = sim.state.timeMs
  sim.advance(20_000)
  expect(group(sim, 'g').phase).toBe('Stable')
  return { sim, joinedAt }
}

describe('the consumer rebalance protocol (KIP-848)', () => {
  it('a new member gets its share through heartbeats: the others give up only what moves, nobody else stops', () => {
    const { sim } = thirdJoins({ groupProtocol: 'consumer' })
    const g = group(sim, 'g')
    expect(g.protocol).toBe('consumer')
    expect(g.assignor).toBe('uniform')
    expect(g.members.map((m) => m.partitions.length)).toEqual([2, 2, 2])
    // Sticky: the first two kept two of their three partitions each.
    expect(g.members[0]!.partitions.every((p) => ['clicks-0', 'clicks-1', 'clicks-2'].includes(p))).toBe(true)
    expect(Object.keys(g.pausedMs)).toHaveLength(2)
  })

  it('the pause each protocol costs: eager stops every partition, cooperative and the consumer protocol only the two that move', () => {
    const eager = thirdJoins({ assignor: 'range' })
    const cooperative = thirdJoins({ assignor: 'cooperative-sticky' })
    const consumer = thirdJoins({ groupProtocol: 'consumer' })
    expect(Object.keys(group(eager.sim, 'g').pausedMs)).toHaveLength(6)
    expect(Object.keys(group(cooperative.sim, 'g').pausedMs)).toHaveLength(2)
    expect(Object.keys(group(consumer.sim, 'g').pausedMs)).toHaveLength(2)
    // Cooperative needs a second rebalance, which the others learn of at their next heartbeat (3 s); the consumer
    // protocol hands the moved partitions over at the new member's next heartbeat (5 s).
    expect(totalPaused(cooperative.sim, 'g')).toBeGreaterThan(totalPaused(eager.sim, 'g'))
    expect(totalPaused(consumer.sim, 'g')).toBeLessThanOrEqual(2 * 5000)
    for (const run of [eager, cooperative, consumer]) expect(totalPaused(run.sim, 'g')).toBeGreaterThan(0)
  })

  it('no join/sync barrier: members keep their partitions while the group reconciles, and the group epoch moves once', () => {
    const sim = busyTopic()
    must(sim, {
      type: 'addConsumer',
      groupId: 'g',
      topic: 'clicks',
      ratePerSec: 50,
      groupProtocol: 'consumer',
    })
    sim.advance(10_000)
    const events = (() => {
      must(sim, { type: 'addConsumer', groupId: 'g', topic: 'clicks', ratePerSec: 50 })
      return sim.advance(15_000)
    })()
    const started = eventsOf(events, 'rebalanceStarted')
    expect(started).toMatchObject([{ protocol: 'consumer', reason: 'memberJoined', generation: 2 }])
    // g-1 gave up three partitions and kept three: it never lost what it keeps.
    expect(eventsOf(events, 'partitionsRevoked')).toMatchObject([{ memberId: 'g-1', partitions: [3, 4, 5] }])
    expect(eventsOf(events, 'groupStable')).toMatchObject([
      { generation: 2, assignment: { 'g-1': [0, 1, 2], 'g-2': [3, 4, 5] } },
    ])
  })

  it('a crashed member keeps its partitions until group.consumer.session.timeout.ms (45 s), then they move', () => {
    const sim = busyTopic()
    for (let i = 0; i < 2; i++)
      must(sim, {
        type: 'addConsumer',
        groupId: 'g',
        topic: 'clicks',
        ratePerSec: 50,
        groupProtocol: 'consumer',
      })
    sim.advance(20_000)
    must(sim, { type: 'crashConsumer', memberId: 'g-2' })
    const before = sim.advance(40_000)
    expect(eventsOf(before, 'consumerLeft')).toEqual([])
    const after = sim.advance(10_000)
    expect(eventsOf(after, 'consumerLeft')).toMatchObject([{ memberId: 'g-2', reason: 'sessionTimeout' }])
    sim.advance(10_000)
    expect(group(sim, 'g').members.find((m) => m.memberId === 'g-1')!.partitions).toHaveLength(6)
  })

  it('refuses a classic assignor for the consumer protocol, uniform for the classic one, and a protocol switch, changing nothing', () => {
    const sim = busyTopic()
    must(sim, { type: 'addConsumer', groupId: 'g', topic: 'clicks', groupProtocol: 'consumer' })
    const before = JSON.stringify(sim.state)
    expect(
      sim.dispatch({
        type: 'addConsumer',
        groupId: 'h',
        topic: 'clicks',
        groupProtocol: 'consumer',
        assignor: 'roundrobin',
      }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/consumer protocol's: uniform, range/) })
    expect(
      sim.dispatch({ type: 'addConsumer', groupId: 'h', topic: 'clicks', assignor: 'uniform' }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/classic protocol's/) })
    expect(
      sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'clicks', groupProtocol: 'classic' }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/uses the consumer protocol/) })
    expect(sim.dispatch({ type: 'setAssignor', groupId: 'g', assignor: 'cooperative-sticky' })).toMatchObject(
      { ok: false },
    )
    expect(
      sim.dispatch({ type: 'addConsumer', groupId: 'h', topic: 'clicks', groupProtocol: 'kip848' }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/groupProtocol/) })
    expect(JSON.stringify(sim.state)).toBe(before)
  })

  it('a classic rebalance waits for a member busy with its batch (it joins at its next poll); eager stops everyone meanwhile, KIP-848 nobody', () => {
    const run = (extra: Record<string, unknown>) => {
      const sim = busyTopic()
      must(sim, {
        type: 'addConsumer',
        groupId: 'g',
        topic: 'clicks',
        autoOffsetReset: 'earliest',
        ratePerSec: 50,
        maxPollRecords: 5,
        ...extra,
      })
      // g-2 takes 40 records a poll at 4 a second: 10 s between its polls.
      must(sim, {
        type: 'addConsumer',
        groupId: 'g',
        topic: 'clicks',
        autoOffsetReset: 'earliest',
        ratePerSec: 4,
        maxPollRecords: 40,
        ...extra,
      })
      sim.advance(30_000)
      must(sim, {
        type: 'addConsumer',
        groupId: 'g',
        topic: 'clicks',
        autoOffsetReset: 'earliest',
        ratePerSec: 50,
        maxPollRecords: 5,
        ...extra,
      })
      const events = sim.advance(30_000)
      return { g: group(sim, 'g'), events }
    }
    const eager = run({ assignor: 'range' })
    const fastOwned = ['clicks-0', 'clicks-1', 'clicks-2'] // g-1's under range before the join
    // g-1 gave up everything at its heartbeat, then waited for g-2's poll.
    expect(Math.min(...fastOwned.map((p) => eager.g.pausedMs[p] ?? 0))).toBeGreaterThan(1000)
    const consumer = run({ groupProtocol: 'consumer' })
    // Under the consumer protocol only what moves pauses; what g-1 keeps never stops.
    const kept = consumer.g.members.find((m) => m.memberId === 'g-1')!.partitions
    for (const p of kept) expect(consumer.g.pausedMs[p] ?? 0).toBe(0)
    expect(eventsOf(consumer.events, 'partitionsRevoked').every((e) => e.partitions.length <= 1)).toBe(true)
  })
})
