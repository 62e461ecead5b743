import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvariantWatcher } from './clusterInvariants'
import type { Simulation } from './createSimulation'
import { recordAt, readRange } from './log'
import type { KafkaRecord } from './state'
import { must, testCluster } from './testCluster'

/**
 * Random writes (keys from a small pool, tombstones, keyless records the topic refuses), broker failures and waits
 * against a compacted topic of RF 3 with a small segment.bytes, so that the cleaner runs often. After every step:
 * every invariant of clusterInvariants.ts (offsets only increase along the log, gaps only below the cleaner point,
 * the high watermark never goes back), the log end offset going back only with an election's cut, and the
 * compaction promise: for every key, its latest committed record is
 * still readable at its original offset, unless it is a tombstone older than delete.retention.ms.
 */
const SEED = 20261206
const RUNS = 80
const DELETE_RETENTION_MS = 20_000

type Action =
  | { kind: 'write'; key: string | null; tombstone: boolean }
  | { kind: 'kill'; broker: number }
  | { kind: 'restart' }
  | { kind: 'advance'; ms: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      key: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom('a', 'b', 'c', 'd') },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      tombstone: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), broker: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 10, max: 2_000 }), fc.integer({ min: 5_000, max: 40_000 })),
    }),
  },
)

const settings = fc.record({
  segmentBytes: fc.constantFrom(256, 400, 700),
  minCleanableDirtyRatio: fc.constantFrom(0.01, 0.3, 0.5),
  minCompactionLagMs: fc.constantFrom(0, 0, 4_000),
  cleanupPolicy: fc.constantFrom('compact', 'compact', 'compact,delete'),
})

function start(seed: number, config: Record<string, unknown>): Simulation {
  const sim = testCluster({ seed, brokers: 3 })
  must(sim, {
    type: 'createTopic',
    name: 'addresses',
    partitions: 2,
    replicationFactor: 3,
    config: { ...config, minInsyncReplicas: 2, deleteRetentionMs: DELETE_RETENTION_MS, retentionMs: -1 },
  })
  must(sim, { type: 'addProducer', topic: 'addresses', id: 'P', ratePerSec: 0, acks: 'all' })
  return sim
}

function apply(sim: Simulation, a: Action, n: number) {
  const dead = sim.state.brokers.find((b) => !b.alive)
  switch (a.kind) {
    case 'write':
      return must(sim, {
        type: 'produce',
        topic: 'addresses',
        producerId: 'P',
        key: a.key,
        value: a.tombstone ? null : `v${n}`,
      })
    case 'kill':
      if (!dead) must(sim, { type: 'killBroker', brokerId: sim.state.brokers[a.broker]!.id })
      return
    case 'restart':
      if (dead) must(sim, { type: 'restartBroker', brokerId: dead.id })
      return
    case 'advance':
      return
  }
}

/** The latest committed record of each key ever seen on a partition (committed records survive clean elections). */
type Latest = Map<string, KafkaRecord>[]

function noteCommitted(sim: Simulation, latest: Latest) {
  sim.state.topics['addresses']!.partitions.forEach((p, i) => {
    const seen = (latest[i] ??= new Map())
    for (const r of readRange(p, p.logStartOffset, p.highWatermark)) {
      if (r.key === null) continue
      const before = seen.get(r.key)
      if (!before || before.offset <= r.offset) seen.set(r.key, r)
    }
  })
}

function checkLatest(sim: Simulation, latest: Latest) {
  const now = sim.state.timeMs
  sim.state.topics['addresses']!.partitions.forEach((p, i) => {
    for (const [key, r] of latest[i] ?? new Map<string, KafkaRecord>()) {
      const found = recordAt(p, r.offset)
      if (found) {
        expect(found.key).toBe(key)
        expect(found.value).toBe(r.value)
        continue
      }
      // Only a tombstone may go, and only after delete.retention.ms (its horizon counts from a later cleaning).
      expect({ key, offset: r.offset, value: r.value }).toEqual({ key, offset: r.offset, value: null })
      expect(now - r.timestamp).toBeGreaterThanOrEqual(DELETE_RETENTION_MS)
    }
  })
}

describe('compaction, property-based (fast-check seed 20261206)', () => {
  it('keeps every key’s latest record at its offset and every log invariant, whatever is written and broken', () => {
    let cleanings = 0
    let tombstonesRemoved = 0
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        settings,
        fc.array(action, { minLength: 20, maxLength: 120 }),
        (seed, config, actions) => {
          const sim = start(seed, config)
          const watcher = new InvariantWatcher()
          const latest: Latest = []
          const logEnds = () => sim.state.topics['addresses']!.partitions.map((p) => p.logEndOffset)
          actions.forEach((a, n) => {
            const endsBefore = logEnds()
            apply(sim, a, n)
            const events = [...sim.takeEvents(), ...sim.advance(a.kind === 'advance' ? a.ms : 5)]
            watcher.observe(sim.state, events)
            // The log end offset goes back only when an election cuts uncommitted records, never by cleaning.
            logEnds().forEach((end, i) => {
              const cut = events.some((e) => e.type === 'recordsLost' && e.partition === i)
              if (!cut) expect(end).toBeGreaterThanOrEqual(endsBefore[i]!)
            })
            for (const e of events) {
              if (e.type !== 'logCleaned') continue
              cleanings++
              tombstonesRemoved += e.tombstonesRemoved
            }
            // What this step committed counts first: a record it superseded may be cleaned in the same step.
            noteCommitted(sim, latest)
            checkLatest(sim, latest)
          })
          // Heal and let the cleaner finish: the promise still holds, and nothing is left refused in flight.
          const dead = sim.state.brokers.find((b) => !b.alive)
          if (dead) must(sim, { type: 'restartBroker', brokerId: dead.id })
          watcher.observe(sim.state, sim.advance(120_000))
          noteCommitted(sim, latest)
          checkLatest(sim, latest)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
    // The runs exercised what they claim to: many cleanings, tombstones removed among them.
    expect(cleanings).toBeGreaterThan(RUNS)
    expect(tombstonesRemoved).toBeGreaterThan(0)
  })
})
