import { describe, expect, it } from 'vitest'
import { createSimulation, type Simulation } from './createSimulation'
import { clusterView } from './views'

function cluster(): Simulation {
  const sim = createSimulation({ seed: 7, config: { networkDelayMs: 5 } })
  expect(
    sim.dispatch({
      type: 'createTopic',
      name: 'purchases',
      partitions: 3,
      replicationFactor: 3,
      config: { minInsyncReplicas: 2 },
    }),
  ).toEqual({ ok: true })
  expect(
    sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'P1', keys: 'customers', ratePerSec: 20 }),
  ).toEqual({ ok: true })
  return sim
}
const group = (sim: Simulation, id: string) => clusterView(sim.state).groups.find((g) => g.groupId === id)!

describe('consumer groups', () => {
  it('a group assigns every partition, consumes up to the HW and commits', () => {
    const sim = cluster()
    sim.advance(2000)
    for (let i = 0; i < 2; i++)
      expect(
        sim.dispatch({
          type: 'addConsumer',
          groupId: 'location-service',
          topic: 'purchases',
          autoOffsetReset: 'earliest',
          ratePerSec: 50,
        }),
      ).toEqual({ ok: true })
    sim.advance(20_000)
    const g = group(sim, 'location-service')
    expect(g.phase).toBe('Stable')
    expect(g.members.map((m) => m.partitions)).toEqual([['purchases-0', 'purchases-1'], ['purchases-2']])
    const parts = clusterView(sim.state).topics.find((t) => t.name === 'purchases')!.partitions
    for (const p of parts) {
      const committed = g.committed[`purchases-${p.partition}`]!
      expect(committed).toBeGreaterThan(0)
      expect(committed).toBeLessThanOrEqual(p.highWatermark)
    }
    expect(clusterView(sim.state).topics.some((t) => t.name === '__consumer_offsets' && t.internal)).toBe(
      true,
    )
  })

  it('a new group that has read nothing commits where it starts within one auto-commit interval (lag 0 with latest)', () => {
    // Kafka's auto-commit commits SubscriptionState.allConsumed(): every assigned partition with a valid position.
    const sim = cluster()
    sim.advance(3000)
    expect(sim.dispatch({ type: 'setProducerRate', producerId: 'P1', ratePerSec: 0 })).toEqual({ ok: true })
    sim.advance(2000)
    expect(
      sim.dispatch({ type: 'addConsumer', groupId: 'idle', topic: 'purchases', ratePerSec: 10 }),
    ).toEqual({ ok: true })
    sim.advance(6000) // the join, then one auto.commit.interval.ms (5 s)
    const g = group(sim, 'idle')
    expect(g.phase).toBe('Stable')
    const parts = clusterView(sim.state).topics.find((t) => t.name === 'purchases')!.partitions
    expect(parts.every((p) => p.highWatermark > 0)).toBe(true)
    for (const p of parts)
      expect(g.committed[`purchases-${p.partition}`], `purchases-${p.partition}`).toBe(p.highWatermark)
    expect(Object.values(g.lag).every((l) => l === 0)).toBe(true)
  })

  it('an idle member commits again every interval, as the Java client does, and once more when it leaves', () => {
    const sim = cluster()
    sim.advance(3000)
    sim.dispatch({ type: 'setProducerRate', producerId: 'P1', ratePerSec: 0 })
    sim.dispatch({ type: 'addConsumer', groupId: 'idle', topic: 'purchases', ratePerSec: 10 })
    sim.advance(6000)
    const commits = sim.advance(15_000).filter((e) => e.type === 'offsetsCommitted' && e.groupId === 'idle')
    expect(commits.length).toBe(3)
    expect(sim.dispatch({ type: 'removeConsumer', memberId: 'idle-1' }).ok).toBe(true)
    expect(sim.advance(1000).some((e) => e.type === 'offsetsCommitted' && e.groupId === 'idle')).toBe(true)
  })

  it('static membership: a member that comes back within the session timeout gets its partitions back, without a rebalance', () => {
    const run = (staticIds: boolean) => {
      const sim = cluster()
      const id = (n: number) => (staticIds ? { groupInstanceId: `billing-${n}` } : {})
      sim.dispatch({ type: 'addConsumer', groupId: 'billing', topic: 'purchases', ratePerSec: 20, ...id(1) })
      sim.dispatch({ type: 'addConsumer', groupId: 'billing', topic: 'purchases', ratePerSec: 20, ...id(2) })
      sim.advance(10_000)
      const before = group(sim, 'billing')
      expect(before.members.map((m) => m.partitions)).toEqual([
        ['purchases-0', 'purchases-1'],
        ['purchases-2'],
      ])
      expect(sim.dispatch({ type: 'crashConsumer', memberId: 'billing-2' })).toEqual({ ok: true })
      sim.advance(10_000)
      expect(
        sim.dispatch({
          type: 'addConsumer',
          groupId: 'billing',
          topic: 'purchases',
          ratePerSec: 20,
          ...id(2),
        }),
      ).toEqual({ ok: true })
      const events = sim.advance(60_000).filter((e) => 'groupId' in e && e.groupId === 'billing')
      return { sim, before, events }
    }
    const fixed = run(true)
    const after = group(fixed.sim, 'billing')
    // The newcomer holds billing-2's partition at once; the generation never moved; nobody rebalanced.
    expect(after.members.map((m) => [m.memberId, m.groupInstanceId, m.partitions])).toEqual([
      ['billing-1', 'billing-1', ['purchases-0', 'purchases-1']],
      ['billing-3', 'billing-2', ['purchases-2']],
    ])
    expect(after.generation).toBe(fixed.before.generation)
    expect(fixed.events.filter((e) => e.type === 'rebalanceStarted')).toEqual([])
    expect(fixed.events.find((e) => e.type === 'staticMemberReplaced')).toMatchObject({
      memberId: 'billing-3',
      replaced: 'billing-2',
      groupInstanceId: 'billing-2',
      partitions: [2],
    })
    // It reads on from the committed offset.
    expect(after.members[1]!.processed).toBeGreaterThan(0)
    // The same story with dynamic members: the newcomer joins as a new member, and its rebalance waits for the
    // crashed one, which never rejoins, until the session timeout removes it. The group moves to a new generation.
    const dynamic = run(false)
    expect(dynamic.events.filter((e) => e.type === 'rebalanceStarted').length).toBeGreaterThan(0)
    expect(dynamic.events.some((e) => e.type === 'consumerLeft' && e.reason === 'sessionTimeout')).toBe(true)
    expect(group(dynamic.sim, 'billing').generation).toBeGreaterThan(dynamic.before.generation)
  })

  it('static membership: a second consumer with the same group.instance.id fences the first; bad ids are refused', () => {
    const sim = cluster()
    sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'purchases', groupInstanceId: 'g-a' })
    sim.advance(10_000)
    const before = group(sim, 'g').generation
    expect(
      sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'purchases', groupInstanceId: 'g-a' }),
    ).toEqual({ ok: true })
    const events = sim.advance(2000)
    expect(events.find((e) => e.type === 'staticMemberReplaced')).toMatchObject({
      memberId: 'g-2',
      replaced: 'g-1',
    })
    expect(group(sim, 'g').members.map((m) => m.memberId)).toEqual(['g-2'])
    expect(group(sim, 'g').generation).toBe(before)
    expect(sim.state.consumers.some((c) => c.memberId === 'g-1')).toBe(false)
    for (const bad of ['', 'a b', 'x'.repeat(250), 7, null]) {
      const r = sim.dispatch({
        type: 'addConsumer',
        groupId: 'g',
        topic: 'purchases',
        groupInstanceId: bad as never,
      })
      expect(r.ok, String(bad)).toBe(false)
      if (!r.ok) expect(r.error).toMatch(/^groupInstanceId must be 1 to 249 letters/)
    }
    expect(group(sim, 'g').members).toHaveLength(1)
  })

  it('a fourth member on three partitions is idle; groups never interfere', () => {
    const sim = cluster()
    for (let i = 0; i < 4; i++)
      sim.dispatch({ type: 'addConsumer', groupId: 'email-service', topic: 'purchases', ratePerSec: 10 })
    sim.dispatch({
      type: 'addConsumer',
      groupId: 'push-notifications',
      topic: 'purchases',
      autoOffsetReset: 'earliest',
      ratePerSec: 1,
    })
    sim.advance(15_000)
    const email = group(sim, 'email-service')
    expect(email.members.filter((m) => m.partitions.length === 0)).toHaveLength(1)
    const push = group(sim, 'push-notifications')
    expect(push.members[0]!.partitions).toHaveLength(3)
    expect(push.committed).not.toEqual(email.committed)
  })

  it('a crashed member is removed after session.timeout.ms and its partitions move', () => {
    const sim = cluster()
    sim.dispatch({
      type: 'addConsumer',
      groupId: 'g',
      topic: 'purchases',
      ratePerSec: 10,
      maxPollRecords: 10,
    })
    sim.dispatch({
      type: 'addConsumer',
      groupId: 'g',
      topic: 'purchases',
      ratePerSec: 10,
      maxPollRecords: 10,
    })
    sim.advance(10_000)
    expect(sim.dispatch({ type: 'crashConsumer', memberId: 'g-2' })).toEqual({ ok: true })
    const t0 = sim.state.timeMs
    const events = sim.advance(50_000)
    const left = events.find((e) => e.type === 'consumerLeft')!
    expect(left).toMatchObject({ memberId: 'g-2', reason: 'sessionTimeout' })
    expect(left.t - t0).toBeGreaterThan(42_000)
    expect(left.t - t0).toBeLessThanOrEqual(45_000)
    expect(group(sim, 'g').members.map((m) => m.partitions)).toEqual([
      ['purchases-0', 'purchases-1', 'purchases-2'],
    ])
  })

  it('commit before processing then crash loses a record; after processing duplicates one', () => {
    for (const [commitMode, expectDup, expectSkip] of [
      ['beforeProcessing', false, true],
      ['afterProcessing', true, false],
    ] as const) {
      const sim = createSimulation({ seed: 3, config: { networkDelayMs: 50 } })
      sim.dispatch({ type: 'createTopic', name: 't', partitions: 1, replicationFactor: 1 })
      for (let i = 0; i < 20; i++) sim.dispatch({ type: 'produce', topic: 't', value: `v${i}` })
      sim.advance(2000)
      sim.dispatch({
        type: 'addConsumer',
        groupId: 'g',
        topic: 't',
        autoOffsetReset: 'earliest',
        ratePerSec: 2,
        commitMode,
      })
      sim.dispatch({
        type: 'addConsumer',
        groupId: 'g',
        topic: 't',
        autoOffsetReset: 'earliest',
        ratePerSec: 2,
        commitMode,
      })
      sim.advance(6000)
      const owner = group(sim, 'g').members.find((m) => m.partitions.length > 0)!
      // Crash right after a record finished (after-mode: its commit is still on the wire)...
      if (commitMode === 'afterProcessing') {
        for (let i = 0; i < 200 && !sim.advance(10).some((e) => e.type === 'recordProcessed'); i++);
      } else {
        for (let i = 0; i < 200 && !sim.advance(10).some((e) => e.type === 'recordProcessed'); i++);
        sim.advance(60) // ...or while processing the next one, whose offset is already committed
      }
      sim.dispatch({ type: 'crashConsumer', memberId: owner.memberId })
      sim.advance(60_000)
      const g = group(sim, 'g')
      expect(g.duplicates > 0).toBe(expectDup)
      expect(g.skipped > 0).toBe(expectSkip)
    }
  })

  it('resetOffsets is refused while members are active (Kafka message) and applies to an inactive group', () => {
    const sim = cluster()
    sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'purchases' })
    sim.advance(8000)
    expect(sim.dispatch({ type: 'resetOffsets', groupId: 'g', to: 'earliest' })).toEqual({
      ok: false,
      error: "Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.",
    })
    sim.dispatch({ type: 'removeConsumer', memberId: 'g-1' })
    sim.advance(2000)
    expect(sim.dispatch({ type: 'resetOffsets', groupId: 'g', to: 'earliest' })).toEqual({ ok: true })
    expect(group(sim, 'g').committed).toEqual({ 'purchases-0': 0, 'purchases-1': 0, 'purchases-2': 0 })
  })

  it('cooperative rebalances keep the partitions that do not move', () => {
    const sim = cluster()
    sim.dispatch({
      type: 'addConsumer',
      groupId: 'g',
      topic: 'purchases',
      assignor: 'cooperative-sticky',
      maxPollRecords: 5,
    })
    sim.advance(8000)
    sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'purchases', maxPollRecords: 5 })
    const events = sim.advance(8000)
    const revoked = events.filter((e) => e.type === 'partitionsRevoked')
    expect(revoked).toHaveLength(1)
    expect(revoked[0]).toMatchObject({ memberId: 'g-1' })
    if (revoked[0]!.type === 'partitionsRevoked') expect(revoked[0]!.partitions).toHaveLength(1)
    expect(events.filter((e) => e.type === 'rebalanceStarted')).toHaveLength(2)
    const sizes = group(sim, 'g')
      .members.map((m) => m.partitions.length)
      .sort()
    expect(sizes).toEqual([1, 2])
  })
})
