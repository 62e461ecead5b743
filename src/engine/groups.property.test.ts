import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSimulation, type Simulation } from './createSimulation'
import type { SimEvent } from './events'

/**
 * Random group lives: members join (some slow enough to pass max.poll.interval.ms), leave and crash; records
 * nobody can read arrive; brokers die and return; time passes. Three groups: classic with commits after processing
 * (bad records stop it), classic with auto-commit (it skips them), the consumer protocol (it dead-letters them).
 */
const GROUPS = [
  { groupId: 'after', commitMode: 'afterProcessing', onDeserializationError: 'fail' },
  { groupId: 'auto', commitMode: 'auto', onDeserializationError: 'skip' },
  {
    groupId: 'kip',
    commitMode: 'auto',
    onDeserializationError: 'deadLetter',
    deadLetterTopic: 'dlt',
    groupProtocol: 'consumer',
  },
] as const

type Move =
  | { kind: 'join'; group: number; instance: string | null; slow: boolean }
  | { kind: 'poison'; partition: number }
  | { kind: 'leave'; pick: number }
  | { kind: 'crash'; pick: number }
  | { kind: 'kill'; broker: number }
  | { kind: 'restart' }
  | { kind: 'wait'; ms: number }

const move: fc.Arbitrary<Move> = fc.oneof(
  // Some members are static (group.instance.id): a second one with the same id takes the first one's place.
  fc.record({
    kind: fc.constant('join' as const),
    group: fc.integer({ min: 0, max: 2 }),
    instance: fc.constantFrom(null, 'a', 'b'),
    slow: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('poison' as const), partition: fc.integer({ min: 0, max: 2 }) }),
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
        ...GROUPS[m.group]!,
        topic: 't',
        autoOffsetReset: 'earliest',
        valueFormat: 'json',
        // A slow member takes 20 s over a poll's 20 records, past its 5 s max.poll.interval.ms: it loops.
        ...(m.slow
          ? { ratePerSec: 1, maxPollRecords: 20, maxPollIntervalMs: 5000 }
          : { ratePerSec: 20, maxPollRecords: 5 }),
        ...(m.instance === null ? {} : { groupInstanceId: m.instance }),
      })
      break
    case 'poison':
      sim.dispatch({ type: 'produce', topic: 't', partition: m.partition, value: 'not json', format: 'text' })
      break
    case 'leave':
      if (consumers.length > 0)
        sim.dispatch({ type: 'removeConsumer', memberId: consumers[m.pick % consumers.length]!.memberId })
      break
    case 'crash': {
      const live = consumers.filter((c) => c.status === 'active')
      if (live.length > 0)
        sim.dispatch({ type: 'crashConsumer', memberId: live[m.pick % live.length]!.memberId })
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
      events.push(...sim.advance(m.ms))
      break
  }
}

let events: SimEvent[] = []

function checkInvariants(sim: Simulation): void {
  const topic = sim.state.topics.t!
  for (const group of Object.values(sim.state.groups)) {
    // One owner per partition among the group's members, at every step (a member whose poll timed out has left).
    const consumers = sim.state.consumers.filter((c) => c.groupId === group.groupId)
    const members = consumers.filter((c) => group.members.includes(c.memberId))
    const owned = members.flatMap((c) => c.owned)
    expect(new Set(owned).size).toBe(owned.length)
    // The coordinator's member list is the group's consumers but those that left on a poll timeout, and a static
    // id belongs to one member at most.
    expect([...group.members].sort()).toEqual(
      consumers
        .filter((c) => !(c.pollTimedOut && !group.members.includes(c.memberId)))
        .map((c) => c.memberId)
        .sort(),
    )
    // A record nobody could read is counted once, however many times it was handed out.
    const handled = new Set(
      events
        .filter(
          (e) => e.type === 'recordNotDeserialized' && e.groupId === group.groupId && e.handling !== 'fail',
        )
        .map((e) => (e.type === 'recordNotDeserialized' ? `${e.partition}:${e.offset}` : '')),
    )
    const jumps = events.reduce(
      (n, e) =>
        n + (e.type === 'recordsSkipped' && e.groupId === group.groupId ? e.toOffset - e.fromOffset : 0),
      0,
    )
    if (group.groupId === 'kip') {
      expect(group.deadLettered).toBe(handled.size)
      expect(sim.state.topics.dlt!.partitions[0]!.logEndOffset).toBeGreaterThanOrEqual(group.deadLettered)
    }
    if (group.groupId === 'auto') expect(group.skipped).toBe(handled.size + jumps)
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
  it('keep one owner per partition and one member per static id, commit only below the HW, count an unreadable record once, and never skip with after-processing commits', () => {
    const seen = { deadLettered: 0, skipped: 0, pollTimeouts: 0, stuck: 0 }
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 25 }), (moves) => {
        const sim = createSimulation({ seed: 11, config: { networkDelayMs: 20 } })
        events = []
        sim.dispatch({
          type: 'createTopic',
          name: 't',
          partitions: 3,
          replicationFactor: 3,
          config: { minInsyncReplicas: 2 },
        })
        sim.dispatch({ type: 'createTopic', name: 'dlt', partitions: 1, replicationFactor: 3 })
        sim.dispatch({ type: 'addProducer', topic: 't', id: 'P', keys: 'customers', ratePerSec: 20 })
        for (const m of moves) {
          apply(sim, m)
          checkInvariants(sim)
        }
        events.push(...sim.advance(60_000))
        checkInvariants(sim)
        seen.deadLettered += sim.state.groups.kip?.deadLettered ?? 0
        seen.skipped += sim.state.groups.auto?.skipped ?? 0
        seen.pollTimeouts += events.filter((e) => e.type === 'pollTimeoutExpired').length
        seen.stuck += events.filter((e) => e.type === 'recordNotDeserialized' && e.handling === 'fail').length
      }),
      { numRuns: 60, seed: 20261125 },
    )
    // The lives did go through what the invariants are about.
    expect(seen.deadLettered).toBeGreaterThan(0)
    expect(seen.skipped).toBeGreaterThan(0)
    expect(seen.pollTimeouts).toBeGreaterThan(0)
    expect(seen.stuck).toBeGreaterThan(0)
  }, 120_000)
})
