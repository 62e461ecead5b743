import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSimulation, type Simulation } from './createSimulation'

/** Random group lives: members join, leave and crash; brokers die and return; time passes. */
type Move =
  | { kind: 'join'; group: number; instance: string | null }
  | { kind: 'leave'; pick: number }
  | { kind: 'crash'; pick: number }
  | { kind: 'kill'; broker: number }
  | { kind: 'restart' }
  | { kind: 'wait'; ms: number }

const move: fc.Arbitrary<Move> = fc.oneof(
  // Some members are static (group.instance.id): a second one with the same id takes the first one's place.
  fc.record({ kind: fc.constant('join' as const), group: fc.integer({ min: 0, max: 1 }), instance: fc.constantFrom(null, 'a', 'b') }),
  fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('crash' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('kill' as const), broker: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('restart' as const) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 100, max: 20_000 }) }),
)

function apply(sim: Simulation, m: Move): void {
  const consumers = sim.state.consumers
  switch (m.kind) {
    case 'join':
      sim.dispatch({
        type: 'addConsumer',
        groupId: m.group === 0 ? 'after' : 'auto',
        topic: 't',
        autoOffsetReset: 'earliest',
        ratePerSec: 20,
        commitMode: m.group === 0 ? 'afterProcessing' : 'auto',
        maxPollRecords: 5,
        ...(m.instance === null ? {} : { groupInstanceId: m.instance }),
      })
      break
    case 'leave':
      if (consumers.length > 0) sim.dispatch({ type: 'removeConsumer', memberId: consumers[m.pick % consumers.length]!.memberId })
      break
    case 'crash': {
      const live = consumers.filter((c) => c.status === 'active')
      if (live.length > 0) sim.dispatch({ type: 'crashConsumer', memberId: live[m.pick % live.length]!.memberId })
      break
    }
    case 'kill':
      // At most one broker down at a time, so the topic (RF 3, min ISR 2) keeps a leader.
      if (sim.state.brokers.every((b) => b.alive)) sim.dispatch({ type: 'killBroker', brokerId: m.broker })
      break
    case 'restart': {
      const dead = sim.state.brokers.find((b) => !b.alive)
      if (dead) sim.dispatch({ type: 'restartBroker', brokerId: dead.id })
      break
    }
    case 'wait':
      sim.advance(m.ms)
      break
  }
}

function checkInvariants(sim: Simulation): void {
  const topic = sim.state.topics.t!
  for (const group of Object.values(sim.state.groups)) {
    // One owner per partition per group, at every step.
    const members = sim.state.consumers.filter((c) => c.groupId === group.groupId)
    const owned = members.flatMap((c) => c.owned)
    expect(new Set(owned).size).toBe(owned.length)
    // The coordinator's member list is the consumers of the group, and a static id belongs to one member at most.
    expect([...group.members].sort()).toEqual(members.map((c) => c.memberId).sort())
    const instances = members.flatMap((c) => (c.groupInstanceId === null ? [] : [c.groupInstanceId]))
    expect(new Set(instances).size).toBe(instances.length)
    for (const [partition, offset] of Object.entries(group.committed)) {
      // Committed offsets are never past the high watermark.
      expect(offset).toBeLessThanOrEqual(topic.partitions[Number(partition)]!.highWatermark)
    }
  }
  // With commit-after-processing no record is ever skipped, across crashes and rebalances.
  const after = sim.state.groups.after
  if (after) expect(after.skipped).toBe(0)
}

describe('consumer groups, over random lives', () => {
  it('keep one owner per partition and one member per static id, commit only below the HW, and never skip with after-processing commits', () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 25 }), (moves) => {
        const sim = createSimulation({ seed: 11, config: { networkDelayMs: 20 } })
        sim.dispatch({ type: 'createTopic', name: 't', partitions: 3, replicationFactor: 3, config: { minInsyncReplicas: 2 } })
        sim.dispatch({ type: 'addProducer', topic: 't', id: 'P', keys: 'customers', ratePerSec: 20 })
        for (const m of moves) {
          apply(sim, m)
          checkInvariants(sim)
        }
        sim.advance(60_000)
        checkInvariants(sim)
      }),
      { numRuns: 60, seed: 20261125 },
    )
  }, 120_000)
})
