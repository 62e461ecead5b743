import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { eventsOf, must, testCluster } from './testCluster'
import { clusterView } from './views'

/** A busy topic with a backlog: 600 records on one partition. */
function backlog(): Simulation {
  const sim = testCluster({ config: { networkDelayMs: 5 } })
  must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 3 })
  for (let i = 0; i < 600; i++)
    must(sim, { type: 'produce', topic: 'orders', value: `{"n":${i}}`, format: 'json' })
  sim.advance(2000)
  return sim
}
const group = (sim: Simulation, id: string) => clusterView(sim.state).groups.find((g) => g.groupId === id)!

describe('the poll loop', () => {
  it('a batch that takes longer than max.poll.interval.ms makes the member leave; its commit fails; it rejoins at its next poll', () => {
    const sim = backlog()
    // 20 records at 2 a second: 10 s between polls, over a 6 s max.poll.interval.ms.
    must(sim, {
      type: 'addConsumer',
      groupId: 'slow',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      maxPollRecords: 20,
      maxPollIntervalMs: 6000,
    })
    const events = sim.advance(30_000)
    const expired = eventsOf(events, 'pollTimeoutExpired')
    expect(expired.length).toBeGreaterThan(0)
    const first = expired[0]!
    expect(first).toMatchObject({ memberId: 'slow-1', maxPollIntervalMs: 6000, leaveGroup: true })
    expect(first.t - first.lastPollAt).toBe(6000)
    const left = eventsOf(events, 'consumerLeft').find((e) => e.t === first.t)
    expect(left).toMatchObject({ memberId: 'slow-1', reason: 'pollTimeout' })
    // The poll that ends the batch: the commit fails (the member is not part of an active group), the partitions
    // are lost, and it joins again.
    const failed = eventsOf(events, 'commitFailed').find((e) => e.t > first.t)
    expect(failed).toMatchObject({ memberId: 'slow-1', error: 'UNKNOWN_MEMBER_ID' })
    const lost = eventsOf(events, 'partitionsLost').find((e) => e.t > first.t)
    expect(lost).toMatchObject({ memberId: 'slow-1', partitions: [0] })
    expect(
      eventsOf(events, 'consumerJoined').filter((e) => e.memberId === 'slow-1' && e.t > first.t).length,
    ).toBeGreaterThan(0)
    // A loop: nothing it processed is ever committed, so it reads the same records again and again.
    sim.advance(60_000)
    const g = group(sim, 'slow')
    expect(g.committed['orders-0'] ?? 0).toBe(0)
    expect(g.duplicates).toBeGreaterThan(20)
  })

  it('lowering max.poll.records ends the loop: the same member, with batches it finishes in time, commits and moves on', () => {
    const sim = backlog()
    must(sim, {
      type: 'addConsumer',
      groupId: 'ok',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      maxPollRecords: 5,
      maxPollIntervalMs: 6000,
    })
    const events = sim.advance(60_000)
    expect(eventsOf(events, 'pollTimeoutExpired')).toEqual([])
    const g = group(sim, 'ok')
    expect(g.committed['orders-0']).toBeGreaterThan(80)
    expect(g.duplicates).toBe(0)
  })

  it('speeding the processing up ends it too', () => {
    const sim = backlog()
    must(sim, {
      type: 'addConsumer',
      groupId: 'slow',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      maxPollRecords: 20,
      maxPollIntervalMs: 6000,
    })
    sim.advance(20_000)
    must(sim, { type: 'setConsumerRate', memberId: 'slow-1', ratePerSec: 10 })
    sim.advance(15_000)
    const later = sim.advance(30_000)
    expect(eventsOf(later, 'pollTimeoutExpired')).toEqual([])
    expect(group(sim, 'slow').committed['orders-0']).toBeGreaterThan(100)
  })

  it('heartbeats run on their own thread: a slow member is never timed out by its session, a crashed one is', () => {
    const sim = backlog()
    // 500 records at 2 a second take 250 s: under the default max.poll.interval.ms (300 s), far over session.timeout.ms (45 s).
    must(sim, {
      type: 'addConsumer',
      groupId: 'busy',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
    })
    const events = sim.advance(200_000)
    expect(eventsOf(events, 'consumerLeft')).toEqual([])
    expect(eventsOf(events, 'pollTimeoutExpired')).toEqual([])
    must(sim, { type: 'crashConsumer', memberId: 'busy-1' })
    const after = sim.advance(50_000)
    expect(eventsOf(after, 'consumerLeft')).toMatchObject([{ memberId: 'busy-1', reason: 'sessionTimeout' }])
  })

  it('auto-commit happens inside poll: a member busy with a batch commits nothing until it polls again', () => {
    const sim = backlog()
    must(sim, {
      type: 'addConsumer',
      groupId: 'busy',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      maxPollRecords: 40,
    })
    const events = sim.advance(18_000) // join (3 s), then 20 s of a 40-record batch: not over yet
    expect(
      eventsOf(events, 'offsetsCommitted').filter((e) => e.groupId === 'busy' && (e.offsets[0] ?? 0) > 0),
    ).toEqual([])
    const later = sim.advance(10_000)
    const commits = eventsOf(later, 'offsetsCommitted').filter((e) => e.groupId === 'busy')
    expect(commits[0]?.offsets[0]).toBe(40) // the whole first batch, at the poll after it
  })

  it('a static member that stops polling sends no LeaveGroup; back within the session timeout it gets its partition without a rebalance', () => {
    const sim = backlog()
    must(sim, {
      type: 'addConsumer',
      groupId: 's',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      maxPollRecords: 20,
      maxPollIntervalMs: 6000,
      groupInstanceId: 'host-a',
    })
    const events = sim.advance(30_000)
    const expired = eventsOf(events, 'pollTimeoutExpired')[0]
    expect(expired).toMatchObject({ memberId: 's-1', leaveGroup: false })
    expect(eventsOf(events, 'consumerLeft')).toEqual([])
    // It rejoins 4 s later, well within 45 s: no new rebalance after the first one.
    expect(eventsOf(events, 'rebalanceStarted').length).toBe(1)
    const back = eventsOf(events, 'partitionsAssigned').filter((e) => e.t > expired!.t)[0]
    expect(back).toMatchObject({ memberId: 's-1', partitions: [0], generation: 1 })
    // It reads its own batch again from the last commit: duplicates.
    expect(group(sim, 's').duplicates).toBeGreaterThan(0)
  })
})
