import { describe, expect, it } from 'vitest'
import { simulationFrom, type Simulation } from './createSimulation'
import type { SimEvent } from './events'
import type { SimState } from './state'
import { fnv1a, must, testCluster } from './testCluster'

/** Commands at fixed simulated times: kills, restarts, a stall, hand-sent records, growth. */
const SCRIPT: [number, Record<string, unknown>][] = [
  [
    0,
    {
      type: 'createTopic',
      name: 'purchases',
      partitions: 6,
      replicationFactor: 3,
      config: { minInsyncReplicas: 2, segmentBytes: 1024 },
    },
  ],
  [0, { type: 'addProducer', topic: 'purchases', id: 'keyed', keys: 'customers', ratePerSec: 20 }],
  [0, { type: 'addProducer', topic: 'purchases', id: 'sticky', ratePerSec: 20, batchSize: 512 }],
  [
    0,
    {
      type: 'addProducer',
      topic: 'purchases',
      id: 'fast',
      ratePerSec: 10,
      acks: '1',
      enableIdempotence: false,
    },
  ],
  [5_000, { type: 'killBroker', brokerId: 2 }],
  [20_000, { type: 'restartBroker', brokerId: 2 }],
  [30_000, { type: 'produce', topic: 'purchases', key: 'customer-7', value: 'by hand' }],
  [30_000, { type: 'produce', topic: 'purchases', value: 'pinned', partition: 4 }],
  [40_000, { type: 'stallBroker', brokerId: 3 }],
  [80_000, { type: 'stallBroker', brokerId: 3, stalled: false }],
  [90_000, { type: 'killBroker', brokerId: 1 }],
  [100_000, { type: 'addBroker' }],
  [110_000, { type: 'restartBroker', brokerId: 1 }],
  [120_000, { type: 'createPartitions', topic: 'purchases', partitions: 8 }],
  [130_000, { type: 'createTopic', name: 'audit', partitions: 2, replicationFactor: 3 }],
  [150_000, { type: 'setProducerRate', producerId: 'fast', ratePerSec: 0 }],
]
const END = 200_000
/** Each play is 200 simulated seconds of a busy cluster: allow for a busy machine. */
const SLOW_MS = 30_000

/** Plays the script, moving time in steps of `stepMs` (or by stepToNextEvent when 0). */
function play(
  seed: number,
  stepMs: number,
  from?: { sim: Simulation; events: SimEvent[] },
): { sim: Simulation; events: SimEvent[] } {
  const sim = from?.sim ?? testCluster({ seed, brokers: 3 })
  const events = from?.events ?? []
  const runTo = (t: number) => {
    while (sim.state.timeMs < t) {
      const step =
        stepMs === 0
          ? sim.stepToNextEvent(t - sim.state.timeMs)
          : sim.advance(Math.min(stepMs, t - sim.state.timeMs))
      events.push(...step)
    }
  }
  for (const [t, command] of SCRIPT) {
    if (t < sim.state.timeMs) continue
    runTo(t)
    must(sim, command)
    events.push(...sim.takeEvents())
  }
  runTo(END)
  return { sim, events }
}

const hash = (events: SimEvent[]) => fnv1a(JSON.stringify(events))

describe('determinism', () => {
  it(
    'gives the same event stream, byte for byte, for the same seed and commands',
    () => {
      const a = play(11, 1_000)
      const b = play(11, 1_000)
      expect(a.events.length).toBeGreaterThan(10_000)
      for (const type of [
        'brokerFenced',
        'leaderElected',
        'isrShrunk',
        'isrExpanded',
        'produceAcked',
        'segmentRolled',
      ]) {
        expect(a.events.some((e) => e.type === type)).toBe(true)
      }
      expect(hash(b.events)).toBe(hash(a.events))
      expect(JSON.stringify(b.sim.state)).toBe(JSON.stringify(a.sim.state))
    },
    SLOW_MS,
  )

  it(
    'does not depend on how time is cut into steps',
    () => {
      const reference = hash(play(11, 1_000).events)
      expect(hash(play(11, 7).events)).toBe(reference)
      expect(hash(play(11, 0).events)).toBe(reference)
    },
    SLOW_MS,
  )

  it(
    'gives a different stream for a different seed',
    () => {
      expect(hash(play(12, 1_000).events)).not.toBe(hash(play(11, 1_000).events))
    },
    SLOW_MS,
  )

  it(
    'continues identically from a JSON checkpoint of the state',
    () => {
      const whole = play(11, 1_000)
      const first = testCluster({ seed: 11, brokers: 3 })
      const events: SimEvent[] = []
      for (const [t, command] of SCRIPT.filter(([t]) => t <= 60_000)) {
        events.push(...first.advance(t - first.state.timeMs))
        must(first, command)
        events.push(...first.takeEvents())
      }
      events.push(...first.advance(60_000 - first.state.timeMs))
      const restored = simulationFrom(JSON.parse(JSON.stringify(first.state)) as SimState)
      const rest = play(11, 1_000, { sim: restored, events })
      expect(hash(rest.events)).toBe(hash(whole.events))
    },
    SLOW_MS,
  )
})

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe('811c9dc5')
    expect(fnv1a('a')).toBe('e40c292c')
    expect(fnv1a('foobar')).toBe('bf9cf968')
  })
})
