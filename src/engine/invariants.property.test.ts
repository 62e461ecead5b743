import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import type { SimEvent } from './events'
import { recordAt } from './log'
import type { KafkaRecord, PartitionState, SimState } from './state'
import { fnv1a, must, testCluster } from './testCluster'

/**
 * Random command sequences against a cluster with a topic of RF 3 and min ISR 2, checking Kafka's invariants after
 * every step. At most one broker is down at a time (a kill only when all run; a restart brings back the dead one),
 * unclean election stays off and retention is off, so no acknowledged record may ever be lost.
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

const content = (r: KafkaRecord) => `${r.producerId}|${r.producerEpoch}|${r.sequence}|${r.key}|${r.value}`

/** What the checker remembers between steps: committed and acknowledged records by topic/partition/offset. */
interface Memory {
  committed: Map<string, KafkaRecord>
  acked: Map<string, KafkaRecord>
}

/** Plain checks in the hot loops (an `expect` per record would dominate the run time). */
function assert(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message())
}

/** The same record, or one with the same content (a record object is never changed in place). */
const same = (a: KafkaRecord | undefined, b: KafkaRecord) =>
  a === b || (a !== undefined && content(a) === content(b))

function checkPartition(state: SimState, p: PartitionState, memory: Memory): void {
  const where = () =>
    `${p.topic}-${p.partition} at ${state.timeMs} ms: ${JSON.stringify({ ...p, segments: undefined, producerStates: undefined })}`
  // Retained offsets are contiguous from the log start offset to the log end offset.
  let next = p.logStartOffset
  for (const seg of p.segments) {
    assert(seg.baseOffset === next, () => `segment at ${seg.baseOffset}, expected ${next}: ${where()}`)
    for (let i = 0; i < seg.records.length; i++) {
      assert(
        seg.records[i]!.offset === seg.baseOffset + i,
        () => `offset ${seg.records[i]!.offset} at index ${i}: ${where()}`,
      )
    }
    next = seg.baseOffset + seg.records.length
  }
  assert(next === p.logEndOffset, () => `segments end at ${next}: ${where()}`)
  // Offsets and watermarks.
  assert(
    p.logStartOffset <= p.highWatermark && p.highWatermark <= p.logEndOffset,
    () => `LSO <= HW <= LEO: ${where()}`,
  )
  assert(p.isr.length > 0, () => `empty ISR: ${where()}`)
  assert(p.leader === null || p.isr.includes(p.leader), () => `leader outside the ISR: ${where()}`)
  for (const id of p.isr) {
    const replica = p.replicas.find((r) => r.brokerId === id)
    assert(
      replica !== undefined && p.highWatermark <= replica.logEndOffset,
      () => `HW above the LEO of ISR member ${id}: ${where()}`,
    )
    const broker = state.brokers.find((b) => b.id === id)!
    assert(!broker.fenced || p.isr.length === 1, () => `fenced broker ${id} in a larger ISR: ${where()}`)
  }
  // Committed records never change.
  for (let offset = p.logStartOffset; offset < p.highWatermark; offset++) {
    const key = `${p.topic}/${p.partition}/${offset}`
    const now = recordAt(p, offset)!
    const then = memory.committed.get(key)
    if (then === undefined) memory.committed.set(key, now)
    else
      assert(
        same(now, then),
        () => `${key} changed after it was committed: ${content(then)} -> ${content(now)}`,
      )
  }
}

function check(sim: Simulation, events: SimEvent[], memory: Memory): void {
  const state = sim.state
  for (const e of events) {
    if (e.type !== 'produceAcked') continue
    const p = state.topics[e.topic]!.partitions[e.partition]!
    const batch = `${e.topic}-${e.partition}@${e.baseOffset}+${e.recordCount}`
    assert(
      e.baseOffset + e.recordCount <= p.highWatermark,
      () => `acknowledged ${batch} is not committed (HW ${p.highWatermark})`,
    )
    for (let i = 0; i < e.recordCount; i++) {
      const r = recordAt(p, e.baseOffset + i)
      assert(
        r?.producerId === e.producerId,
        () => `acknowledged ${batch} is not ${e.producerId}'s in the log`,
      )
      memory.acked.set(`${e.topic}/${e.partition}/${e.baseOffset + i}`, r!)
    }
  }
  for (const t of Object.values(state.topics)) for (const p of t.partitions) checkPartition(state, p, memory)
  for (const [key, then] of memory.acked) {
    const [topic, partition, offset] = key.split('/')
    const now = recordAt(state.topics[topic!]!.partitions[Number(partition)]!, Number(offset))
    assert(
      same(now, then),
      () => `acknowledged ${key} (${content(then)}) is gone: ${now ? content(now) : 'nothing'}`,
    )
  }
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
  const memory: Memory = { committed: new Map(), acked: new Map() }
  const all: SimEvent[] = [...sim.takeEvents()]
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
      if (checked) check(sim, events, memory)
    }
  })
  // Let everything settle: the dead broker returns, the stalled one resumes, in-flight records land.
  const last = (x: Action) => {
    const events = apply(sim, x, actions.length)
    all.push(...events)
    if (checked) check(sim, events, memory)
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
