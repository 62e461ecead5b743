import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { ENGINE_COMMAND_TYPES } from './simulation'
import { must, testCluster } from './testCluster'

/** Every command type with junk in every field, against a cluster with a stopped broker, topics and a producer. */
function setUp(): Simulation {
  const sim = testCluster()
  must(sim, { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 2 })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
  must(sim, { type: 'killBroker', brokerId: 3 })
  sim.advance(1_000)
  return sim
}

describe('any command with any fields', () => {
  it('never throws nor half-applies whatever fields any command gets', () => {
    const junk = fc.oneof(
      fc.constantFrom(
        null,
        undefined,
        NaN,
        Infinity,
        -Infinity,
        -1,
        0,
        1,
        1.5,
        3,
        1e300,
        -0,
        '',
        'orders',
        'P',
        '__proto__',
      ),
      fc.constantFrom(true, false, [], {}, [1, 2], { retentionMs: 'x' }, { fixed: 'k' }, 'all', '0', 'none'),
      fc.integer(),
      fc.string({ maxLength: 12 }),
    )
    // Every field any command reads (grep `input.` in *Commands.ts).
    const fields = [
      'brokerId',
      'stalled',
      'name',
      'topic',
      'partitions',
      'replicationFactor',
      'config',
      'value',
      'key',
    ]
    const more = [
      'partition',
      'format',
      'producerId',
      'id',
      'ratePerSec',
      'keys',
      'acks',
      'batchSize',
      'forMs',
    ]
    const consumers = [
      'groupId',
      'memberId',
      'assignor',
      'commitMode',
      'autoOffsetReset',
      'maxPollRecords',
      'to',
    ]
    const command = fc.record(
      {
        type: fc.constantFrom(...ENGINE_COMMAND_TYPES),
        ...Object.fromEntries(
          [...fields, ...more, ...consumers, 'replicaAssignment', 'enableIdempotence'].map((f) => [f, junk]),
        ),
      },
      { requiredKeys: ['type'] },
    )
    const sim = setUp()
    fc.assert(
      fc.property(command, (c) => {
        sim.takeEvents()
        const before = JSON.stringify(sim.state)
        let result: ReturnType<Simulation['dispatch']> | undefined
        expect(() => (result = sim.dispatch(c))).not.toThrow()
        if (!result!.ok) {
          expect(result!.error).not.toMatch(/^Internal error/)
          expect(result!.error.length).toBeGreaterThan(10)
          expect(JSON.stringify(sim.state)).toBe(before)
          expect(sim.takeEvents()).toEqual([])
        }
      }),
      { seed: 4242, numRuns: 1500 },
    )
  })
})
