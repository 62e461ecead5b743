import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { playChaos, type ChaosSetup, type ChaosStep } from './chaosSchedule'
import type { SimEvent } from './events'

/**
 * Chaos: random fault schedules against small clusters. Brokers die (several at once), stall, come back and join;
 * topics, producers and consumers come and go; records are sent; time passes. Nothing keeps the cluster healthy:
 * unclean election may be on, every broker may be down, min ISR may be out of reach. After every step every invariant
 * of clusterInvariants.ts must hold; healed, the cluster must recover; and the same schedule played twice must end in
 * the same state with the same events. invariants.property.test.ts is the gentler sibling (one failure at a time).
 */
const SEED = 20260614
const RUNS = Number(process.env.CHAOS_RUNS ?? 10_000)
const FAILOVER_RUNS = Math.ceil(RUNS / 10)

const pick = fc.nat(7)
const acks = fc.constantFrom('0' as const, '1' as const, 'all' as const)

const setupArb = (
  brokers: { min: number; max: number },
  steady: fc.Arbitrary<ChaosSetup['steady']>,
): fc.Arbitrary<ChaosSetup> =>
  fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      brokers: fc.integer(brokers),
      networkDelayMs: fc.constantFrom(1, 20, 300),
      uncleanCluster: fc.boolean(),
      // Shorter than Kafka's defaults too, so that lagging replicas leave and preferred leaders return often.
      replicaLagTimeMaxMs: fc.constantFrom(10_000, 30_000),
      leaderImbalanceCheckIntervalMs: fc.constantFrom(20_000, 300_000),
      partitions: fc.integer({ min: 1, max: 3 }),
      replicationFactor: fc.integer({ min: 1, max: 3 }),
      minIsr: fc.integer({ min: 1, max: 3 }),
      unclean: fc.option(fc.boolean(), { nil: undefined }),
      retention: fc.boolean(),
      steady,
    })
    .map((s) => ({
      seed: s.seed,
      brokers: s.brokers,
      config: {
        networkDelayMs: s.networkDelayMs,
        uncleanLeaderElectionEnable: s.uncleanCluster,
        replicaLagTimeMaxMs: s.replicaLagTimeMaxMs,
        leaderImbalanceCheckIntervalMs: s.leaderImbalanceCheckIntervalMs,
        retentionCheckIntervalMs: 10_000,
      },
      partitions: s.partitions,
      replicationFactor: Math.min(s.replicationFactor, s.brokers),
      minIsr: s.minIsr,
      unclean: s.unclean,
      retention: s.retention,
      steady: s.steady,
    }))

const kill = fc.record({ kind: fc.constant('kill' as const), pick, leader: fc.boolean() })
const restart = fc.record({ kind: fc.constant('restart' as const), pick })
const stall = fc.record({
  kind: fc.constant('stall' as const),
  pick,
  stalled: fc.boolean(),
  follower: fc.boolean(),
})
const produce = fc.record({
  kind: fc.constant('produce' as const),
  topic: pick,
  key: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
  via: pick,
  count: fc.integer({ min: 1, max: 3 }),
})
const advance = fc.record({
  kind: fc.constant('advance' as const),
  ms: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 400 }) },
    { weight: 3, arbitrary: fc.integer({ min: 500, max: 5_000 }) },
    // Past the 9 s fencing, the ISR lag, the 45 s consumer session.
    { weight: 3, arbitrary: fc.integer({ min: 8_000, max: 50_000 }) },
    // Past retention (60 s here) and the 120 s delivery timeout.
    { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 130_000 }) },
  ),
})

/** Everything: faults, topics, producers, consumers. */
const anyStep: fc.Arbitrary<ChaosStep> = fc.oneof(
  { weight: 3, arbitrary: kill },
  { weight: 3, arbitrary: restart },
  { weight: 1, arbitrary: fc.constant({ kind: 'addBroker' as const }) },
  { weight: 2, arbitrary: stall },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('createTopic' as const),
      partitions: fc.integer({ min: 1, max: 3 }),
      rf: fc.integer({ min: 1, max: 3 }),
      minIsr: fc.integer({ min: 1, max: 2 }),
      unclean: fc.option(fc.boolean(), { nil: undefined }),
      manual: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
        freq: 3,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('createPartitions' as const),
      topic: pick,
      more: fc.integer({ min: 1, max: 2 }),
    }),
  },
  { weight: 8, arbitrary: produce },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addProducer' as const),
      topic: pick,
      acks,
      idempotent: fc.boolean(),
      rate: fc.constantFrom(0, 0, 1, 4),
      keyed: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeProducer' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addConsumer' as const),
      group: fc.nat(1),
      commitMode: fc.constantFrom('auto' as const, 'afterProcessing' as const, 'beforeProcessing' as const),
      assignor: fc.constantFrom('range' as const, 'roundrobin' as const, 'cooperative-sticky' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crashConsumer' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeConsumer' as const), pick }) },
  { weight: 8, arbitrary: advance },
)

/** Failovers only, under steady acks=all and acks=1 writes: where records get lost, if anywhere. */
const failoverStep: fc.Arbitrary<ChaosStep> = fc.oneof(
  { weight: 3, arbitrary: kill },
  { weight: 3, arbitrary: restart },
  { weight: 3, arbitrary: stall },
  { weight: 2, arbitrary: produce },
  { weight: 5, arbitrary: advance },
)

/** How many watched runs saw each kind of event (with its reason or error): the schedules must reach the hard cases. */
const reached = new Map<string, number>()
function tally(): (events: readonly SimEvent[]) => void {
  const seen = new Set<string>()
  return (events) => {
    for (const e of events) {
      const detail = 'reason' in e ? `:${e.reason}` : 'error' in e ? `:${e.error}` : ''
      const key = `${e.type}${detail}`
      if (!seen.has(key)) {
        seen.add(key)
        reached.set(key, (reached.get(key) ?? 0) + 1)
      }
    }
  }
}

function check(setup: ChaosSetup, steps: ChaosStep[]): void {
  const first = playChaos(setup, steps, true, tally())
  const second = playChaos(setup, steps, false)
  // Plain comparisons: a diff of two long texts would take longer than the whole run.
  if (second.events !== first.events)
    throw new Error(`the same schedule gave other events (${first.events}, then ${second.events})`)
  if (second.state !== first.state) throw new Error('the same schedule ended in another state')
}

const config = (networkDelayMs: number, uncleanLeaderElectionEnable: boolean) => ({
  networkDelayMs,
  uncleanLeaderElectionEnable,
  replicaLagTimeMaxMs: 30_000,
  leaderImbalanceCheckIntervalMs: 300_000,
  retentionCheckIntervalMs: 10_000,
})
const setup = (over: Partial<ChaosSetup>): ChaosSetup => ({
  seed: 1,
  brokers: 3,
  config: config(1, false),
  partitions: 1,
  replicationFactor: 1,
  minIsr: 1,
  unclean: undefined,
  retention: false,
  steady: [],
  ...over,
})

/** The schedules that failed once, shrunk; chaosRegressions.test.ts has each as a readable script too. */
const FOUND: [ChaosSetup, ChaosStep[]][] = [
  // __consumer_offsets placed on no broker: a consumer joined while the only broker was down.
  [
    setup({ seed: 14, brokers: 1, config: config(300, true) }),
    [
      { kind: 'kill', pick: 0, leader: false },
      { kind: 'addConsumer', group: 0, commitMode: 'beforeProcessing', assignor: 'cooperative-sticky' },
    ],
  ],
  // A fenced broker led a topic created with a manual assignment naming it.
  [
    setup({ brokers: 3 }),
    [
      { kind: 'kill', pick: 1, leader: false },
      { kind: 'advance', ms: 10_000 },
      { kind: 'createTopic', partitions: 1, rf: 1, minIsr: 1, unclean: undefined, manual: [2] },
    ],
  ],
  // A follower older than the log start offset rejoined the ISR below the HW.
  [
    setup({ replicationFactor: 2, retention: true }),
    [
      { kind: 'produce', topic: 0, key: null, via: 0, count: 1 },
      { kind: 'kill', pick: 0, leader: false },
      { kind: 'kill', pick: 0, leader: false },
      { kind: 'advance', ms: 100_000 },
      { kind: 'advance', ms: 8_000 },
    ],
  ],
  // Healing must quiet the consumers too: commits every 100 ms outran a follower 600 ms away (not an engine bug).
  [
    setup({ brokers: 2, config: config(300, false) }),
    [
      { kind: 'addProducer', topic: 0, acks: '0', idempotent: false, rate: 4, keyed: false },
      { kind: 'addConsumer', group: 0, commitMode: 'afterProcessing', assignor: 'range' },
      { kind: 'advance', ms: 34_055 },
      { kind: 'kill', pick: 0, leader: false },
      { kind: 'removeProducer', pick: 0 },
    ],
  ],
]

/** A record acknowledged (committed) and then cut by an unclean election before the answer arrived: allowed. */
const FOUND_FAILOVER: [ChaosSetup, ChaosStep[]][] = [
  [
    setup({
      brokers: 2,
      config: { ...config(300, false), replicaLagTimeMaxMs: 10_000, leaderImbalanceCheckIntervalMs: 20_000 },
      replicationFactor: 2,
      unclean: true,
      steady: ['all', '1'],
    }),
    [
      { kind: 'stall', pick: 0, stalled: true, follower: false },
      { kind: 'advance', ms: 60_000 },
      { kind: 'kill', pick: 0, leader: true },
      { kind: 'restart', pick: 0 },
      { kind: 'kill', pick: 0, leader: false },
    ],
  ],
]

const atLeast = (key: string, n: number) => expect(reached.get(key) ?? 0, key).toBeGreaterThanOrEqual(n)

describe(`chaos: random fault schedules (fast-check seed ${SEED})`, () => {
  it(`holds every invariant after every step, heals, and replays identically (${RUNS} schedules)`, () => {
    reached.clear()
    const steady = fc.constantFrom<ChaosSetup['steady']>([], [], ['1'], ['all'], ['1', 'all'])
    fc.assert(
      fc.property(
        setupArb({ min: 1, max: 4 }, steady),
        fc.array(anyStep, { minLength: 1, maxLength: 10 }),
        check,
      ),
      {
        seed: SEED,
        numRuns: RUNS,
        examples: FOUND,
      },
    )
    // Not vacuous: the schedules reach the cases the invariants are about.
    const share = RUNS / 10_000
    for (const [key, n] of [
      ['produceAcked', 5000],
      ['leaderElected:leaderFenced', 2000],
      ['leaderElected:preferred', 400],
      ['isrShrunk:lagging', 40],
      ['recordsLost:truncated', 50],
      ['leaderElected:unclean', 50],
      ['duplicateRefused', 40],
      ['offsetsCommitted', 250],
      ['consumerLeft:sessionTimeout', 8],
      ['segmentDeleted:time', 400],
    ] as const) {
      atLeast(key, Math.floor(n * share))
    }
  }, 600_000)

  it(`loses no acknowledged acks=all record without an unclean election, over ${FAILOVER_RUNS} failover schedules`, () => {
    reached.clear()
    const steady = fc.constant(['all', '1'] as ChaosSetup['steady'])
    fc.assert(
      fc.property(
        setupArb({ min: 2, max: 3 }, steady),
        fc.array(failoverStep, { minLength: 1, maxLength: 10 }),
        check,
      ),
      {
        seed: SEED + 1,
        numRuns: FAILOVER_RUNS,
        examples: FOUND_FAILOVER,
      },
    )
    const share = FAILOVER_RUNS / 1_000
    for (const [key, n] of [
      ['recordsLost:uncleanElection', 8],
      ['leaderElected:unclean', 30],
      ['recordsLost:truncated', 20],
      ['produceFailed:NOT_ENOUGH_REPLICAS', 30],
      ['duplicateRefused', 15],
      ['isrExpanded', 200],
    ] as const) {
      atLeast(key, Math.floor(n * share))
    }
  }, 600_000)
})
