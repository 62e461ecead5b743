import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import type { SimEvent } from './events'
import { InvariantWatcher } from './clusterInvariants'
import type { SimState } from './state'
import { fnv1a, must, testCluster } from './testCluster'

/**
 * Random command sequences against a cluster with a topic of RF 3 and min ISR 2, checking Kafka's invariants after
 * every step (the shared rules of clusterInvariants.ts). At most one broker is down at a time (a kill only when all run;
 * a restart brings back the dead one), unclean election stays off and retention is off, so no acknowledged record may
 * ever be lost. chaos.property.test.ts is the harsher sibling.
 */
const SEED = 20260501
const RUNS = 60

type Action =
  | { kind: 'produce'; key: string | null; topic: number }
  | { kind: 'kill'; broker: number }
  | { kind: 'restart' }
  | { kind: 'addBroker' }
  | { kind: 'createTopic'; partitions: number; rf: number }
  | { kind: 'createPartitions'; topic: number; more: number }
  | { kind: 'stall'; broker: number }
  | { kind: 'unstall' }
  | { kind: 'advance'; ms: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('produce' as const),
      key: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: null }),
      topic: fc.nat(3),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('kill' as const), broker: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'addBroker' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('createTopic' as const),
      partitions: fc.integer({ min: 1, max: 4 }),
      rf: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('createPartitions' as const),
      topic: fc.nat(3),
      more: fc.integer({ min: 1, max: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stall' as const), broker: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unstall' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 50 }) },
        { weight: 4, arbitrary: fc.integer({ min: 100, max: 3_000 }) },
        { weight: 4, arbitrary: fc.integer({ min: 5_000, max: 40_000 }) },
        // Long enough for lagging replicas to leave the ISR and for the preferred-leader check (every 300 s).
        { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 320_000 }) },
      ),
    }),
  },
)

const TOPIC_CONFIG = { minInsyncReplicas: 2, retentionMs: -1, segmentBytes: 512 }

function start(seed: number): Simulation {
  const sim = testCluster({ seed, brokers: 3 })
  must(sim, {
    type: 'createTopic',
    name: 'orders',
    partitions: 3,
    replicationFactor: 3,
    config: TOPIC_CONFIG,
  })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'load', keys: 'customers', ratePerSec: 20 })
  return sim
}

/** Applies one action (skipping those the rules forbid), returning the events it caused, in order. */
function apply(sim: Simulation, a: Action, n: number): SimEvent[] {
  const s = sim.state
  const topics = Object.keys(s.topics).filter((t) => !s.topics[t]!.internal)
  const dead = s.brokers.find((b) => !b.alive)
  const stalled = s.brokers.find((b) => b.stalled)
  switch (a.kind) {
    case 'produce': {
      const topic = topics[a.topic % topics.length]!
      const via = topic === 'orders' ? { producerId: 'P' } : {}
      must(sim, { type: 'produce', topic, key: a.key, value: `v${n}`, ...via })
      break
    }
    case 'kill':
      if (!dead) must(sim, { type: 'killBroker', brokerId: s.brokers[a.broker % s.brokers.length]!.id })
      break
    case 'restart':
      if (dead) must(sim, { type: 'restartBroker', brokerId: dead.id })
      break
    case 'addBroker':
      if (s.brokers.length < 6) must(sim, { type: 'addBroker' })
      break
    case 'createTopic':
      sim.dispatch({
        type: 'createTopic',
        name: `t${n}`,
        partitions: a.partitions,
        replicationFactor: a.rf,
        config: TOPIC_CONFIG,
      })
      break
    case 'createPartitions': {
      const topic = topics[a.topic % topics.length]!
      sim.dispatch({
        type: 'createPartitions',
        topic,
        partitions: s.topics[topic]!.partitions.length + a.more,
      })
      break
    }
    case 'stall': {
      const b = s.brokers[a.broker % s.brokers.length]!
      if (!stalled && b.alive) must(sim, { type: 'stallBroker', brokerId: b.id })
      break
    }
    case 'unstall':
      if (stalled?.alive) must(sim, { type: 'stallBroker', brokerId: stalled.id, stalled: false })
      break
    case 'advance':
      return sim.advance(a.ms)
  }
  return sim.takeEvents()
}

/** Plain checks in the hot loops (an `expect` per record would dominate the run time). */
function assert(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message())
}

/** The idempotent producers never wrote a record twice. */
function checkNoDuplicates(state: SimState): void {
  const seen = new Set<string>()
  for (const t of Object.values(state.topics)) {
    for (const p of t.partitions) {
      for (const seg of p.segments) {
        for (const r of seg.records) {
          const id = `${t.name}|${r.producerId}|${r.value}`
          assert(!seen.has(id), () => `${id} written twice`)
          seen.add(id)
        }
      }
    }
  }
}

/** Runs the actions, checking after every step; returns the hash of the whole event stream. */
function run(seed: number, actions: Action[], checked: boolean): string {
  const sim = start(seed)
  const watcher = new InvariantWatcher()
  const all: SimEvent[] = [...sim.takeEvents()]
  // Every rule of clusterInvariants.ts; with unclean election off, its one exception never applies.
  const check = (events: SimEvent[]) => {
    watcher.observe(sim.state, events)
    assert(
      !events.some((e) => e.type === 'leaderElected' && e.reason === 'unclean'),
      () => 'an unclean election with unclean election off',
    )
  }
  actions.forEach((a, n) => {
    const steps =
      a.kind === 'advance' && a.ms > 2_000
        ? Array.from({ length: Math.ceil(a.ms / 2_000) }, (_, i) => ({
            kind: 'advance' as const,
            ms: Math.min(2_000, a.ms - i * 2_000),
          }))
        : [a]
    for (const step of steps) {
      const events = apply(sim, step, n)
      all.push(...events)
      if (checked) check(events)
    }
  })
  // Let everything settle: the dead broker returns, the stalled one resumes, in-flight records land.
  const last = (x: Action) => {
    const events = apply(sim, x, actions.length)
    all.push(...events)
    if (checked) check(events)
  }
  last({ kind: 'restart' })
  last({ kind: 'unstall' })
  for (let i = 0; i < 10; i++) last({ kind: 'advance', ms: 2_000 })
  if (checked) checkNoDuplicates(sim.state)
  return fnv1a(JSON.stringify(all))
}

describe(`engine invariants under random commands (fast-check seed ${SEED})`, () => {
  it('holds every invariant after every step and replays to the same events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(action, { minLength: 5, maxLength: 40 }),
        (seed, actions) => {
          const first = run(seed, actions, true)
          expect(run(seed, actions, false)).toBe(first)
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
  }, 120_000)
})
