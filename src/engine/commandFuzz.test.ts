import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkState } from './clusterInvariants'
import type { Simulation } from './createSimulation'
import { ENGINE_COMMAND_TYPES } from './simulation'
import { must, testCluster } from './testCluster'

/**
 * Commands from the outside world: junk in every field of every command, values that are no command at all, and valid
 * commands with exactly one field wrong. Whatever comes in, dispatch never throws; a refusal changes nothing (the
 * state stays byte-identical, no event) and says what was wrong; an accepted command leaves a state that keeps every
 * invariant of clusterInvariants.ts. The table of exact messages is badCommands.test.ts.
 */
const RUNS = 10_000

/** Brokers 1-3 (3 stopped), topic `orders` (3 partitions), producer P, an active group `g` (member g-1), an empty `idle`. */
function setUp(): Simulation {
  const sim = testCluster()
  must(sim, { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 2 })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
  must(sim, { type: 'addConsumer', groupId: 'g', topic: 'orders' })
  must(sim, { type: 'addConsumer', groupId: 'idle', topic: 'orders' })
  must(sim, { type: 'removeConsumer', memberId: 'idle-1' })
  must(sim, { type: 'killBroker', brokerId: 3 })
  sim.advance(1_000)
  return sim
}

/**
 * Dispatches and checks the contract. `before` is the state's JSON when the caller knows it (it changes only when a
 * command is accepted); returns the result and the state's JSON after.
 */
function dispatchChecked(sim: Simulation, command: unknown, before = JSON.stringify(sim.state)) {
  sim.takeEvents()
  let result: ReturnType<Simulation['dispatch']>
  try {
    result = sim.dispatch(command)
  } catch (e) {
    throw new Error(`dispatch threw: ${String(e)}`, { cause: e })
  }
  if (result.ok) {
    checkState(sim.state)
    return { result, after: JSON.stringify(sim.state) }
  }
  // Plain checks rather than expect: this runs 30 000 times.
  if (/^Internal error|\ba object\b/.test(result.error) || result.error.length <= 10)
    throw new Error(`a poor refusal: ${result.error}`)
  const after = JSON.stringify(sim.state)
  if (after !== before) throw new Error(`refused (${result.error}) but the state changed`)
  if (sim.takeEvents().length > 0) throw new Error(`refused (${result.error}) but events came out`)
  return { result, after }
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
        'g',
        'g-1',
        '__proto__',
      ),
      fc.constantFrom(
        true,
        false,
        [],
        {},
        [1, 2],
        [[1, 2]],
        { retentionMs: 'x' },
        { fixed: 'k' },
        { offset: 1 },
        'all',
        '0',
        'none',
        'earliest',
      ),
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
      'replicaAssignment',
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
      'enableIdempotence',
      'batchSize',
      'lingerMs',
      'deliveryTimeoutMs',
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
        ...Object.fromEntries([...fields, ...more, ...consumers].map((f) => [f, junk])),
      },
      { requiredKeys: ['type'] },
    )
    const sim = setUp()
    let before = JSON.stringify(sim.state)
    fc.assert(
      fc.property(command, (c) => {
        before = dispatchChecked(sim, c, before).after
      }),
      { seed: 4242, numRuns: RUNS },
    )
  }, 120_000)
})

describe('values that are not commands', () => {
  it('refuses them all, saying a command is an object with a known type', () => {
    const types = new Set(ENGINE_COMMAND_TYPES)
    const notCommand = fc
      .oneof(
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        fc.string(),
        fc.double(),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 })),
        fc.record({ type: fc.anything({ maxDepth: 1 }) }),
        fc.record({
          type: fc.constantFrom(
            'toString',
            '__proto__',
            'constructor',
            'hasOwnProperty',
            'KILLBROKER',
            ' killBroker',
            'advance',
          ),
        }),
      )
      .filter(
        (v) => !(typeof v === 'object' && v !== null && types.has((v as { type?: unknown }).type as string)),
      )
    const sim = testCluster()
    must(sim, { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 2 })
    const before = JSON.stringify(sim.state)
    fc.assert(
      fc.property(notCommand, (v) => {
        const { result } = dispatchChecked(sim, v, before)
        if (
          result.ok ||
          !/^(A command must be an object with a type, got .+|Unknown command type .+)\.$/.test(result.error)
        ) {
          throw new Error(`not refused as no command: ${JSON.stringify(result)}`)
        }
      }),
      { seed: 4243, numRuns: RUNS },
    )
  }, 120_000)
})

/** A field of a valid command, what a wrong value looks like, and the words a refusal must use to name it. */
interface Field {
  wrong: fc.Arbitrary<unknown>
  named: RegExp
  /** The command is refused without it too. */
  required?: boolean
}

const notIn =
  <T>(values: readonly T[]) =>
  (v: unknown) =>
    !values.includes(v as T)
/** Anything but a number (and never undefined, which means "not given" for optional fields). */
const notNumber = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
)
const notText = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}))
/** A record's value may be null (a tombstone), so only other non-text values are wrong. */
const notTextNorNull = fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}))
const notWhole = fc.double({ noDefaultInfinity: false }).filter((v) => !Number.isInteger(v))
/** A whole number outside [min, max], a fraction, NaN or Infinity, or not a number. */
const outside = (min: number, max: number) =>
  fc
    .oneof(fc.constantFrom(min - 1, max + 1), fc.maxSafeInteger(), notWhole, notNumber)
    .filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max))
/** A number outside [min, max] (fractions allowed), NaN or Infinity, or not a number. */
const rateOutside = (min: number, max: number) =>
  fc
    .oneof(
      fc.double({ max: min, maxExcluded: true }),
      fc.double({ min: max, minExcluded: true }),
      fc.constantFrom(NaN, Infinity, -Infinity),
      notNumber,
    )
    .filter((v) => !(typeof v === 'number' && v >= min && v <= max))
const textOtherThan = (...valid: string[]) =>
  fc.oneof(notText, fc.string({ maxLength: 12 }).filter(notIn(valid)))

const broker = (valid: number[]) => ({
  wrong: fc.oneof(outside(1, 3), fc.integer({ min: 1, max: 3 }).filter(notIn(valid)), fc.integer({ min: 4 })),
  named: /brokerId|Broker/,
  required: true,
})
const topic = { wrong: textOtherThan('orders'), named: /topic|Topic/, required: true }
const group = (id: string) => ({
  wrong: textOtherThan(id, 'g', 'idle'),
  named: /groupId|Group/,
  required: true,
})
const member = { wrong: textOtherThan('g-1'), named: /memberId|Consumer/, required: true }
const producer = { wrong: textOtherThan('P'), named: /producerId|Producer/, required: true }
const oneOf = (name: string, valid: string[]) => ({
  wrong: fc.oneof(notText, fc.string({ maxLength: 10 }).filter(notIn(valid))),
  named: new RegExp(name),
})
const topicConfig = {
  wrong: fc.oneof(
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([])),
    fc.record({ retentionMs: outside(-1, 3650 * 86400000) }),
    fc.record({ segmentBytes: outside(256, 1073741824) }),
    fc.record({ segmentMs: outside(1000, 3650 * 86400000) }),
    fc.record({ minInsyncReplicas: outside(1, 100) }),
    fc.record({ uncleanLeaderElectionEnable: fc.oneof(fc.integer(), fc.string(), fc.constant(null)) }),
    fc.record({
      cleanupPolicy: fc.oneof(
        fc.integer(),
        fc.constant(null),
        fc.string().filter(notIn(['delete', 'compact'])),
      ),
    }),
    fc.record({ retentionBytes: outside(-1, 1e15) }),
    fc.record({
      minCleanableDirtyRatio: fc.oneof(fc.double({ min: 1.0001, max: 1e9 }), fc.constant(-0.5), fc.string()),
    }),
    fc.record({ deleteRetentionMs: outside(0, Number.MAX_SAFE_INTEGER) }),
    fc.record({ minCompactionLagMs: fc.constant(100), maxCompactionLagMs: fc.constant(50) }),
    fc.dictionary(
      fc
        .string({ minLength: 1, maxLength: 8 })
        .filter(
          notIn([
            'retentionMs',
            'segmentBytes',
            'segmentMs',
            'minInsyncReplicas',
            'uncleanLeaderElectionEnable',
            'cleanupPolicy',
            'retentionBytes',
            'minCleanableDirtyRatio',
            'minCompactionLagMs',
            'maxCompactionLagMs',
            'deleteRetentionMs',
            '__proto__',
          ]),
        ),
      fc.integer(),
      { minKeys: 1, maxKeys: 2 },
    ),
  ),
  named:
    /config|retention\.(ms|bytes)|segment\.bytes|segment\.ms|min\.insync\.replicas|unclean\.leader\.election\.enable|cleanup\.policy|min\.cleanable\.dirty\.ratio|delete\.retention\.ms|compaction\.lag\.ms|setting/,
}

/** Per command type: a command valid against setUp(), and what each of its fields may be instead. */
const COMMANDS: Record<string, { valid: Record<string, unknown>; fields: Record<string, Field> }> = {
  killBroker: { valid: { brokerId: 1 }, fields: { brokerId: broker([1, 2]) } },
  restartBroker: { valid: { brokerId: 3 }, fields: { brokerId: broker([3]) } },
  stallBroker: {
    valid: { brokerId: 2, stalled: true },
    fields: {
      brokerId: broker([1, 2]),
      stalled: { wrong: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), named: /stalled/ },
    },
  },
  createTopic: {
    valid: { name: 'new', partitions: 2, replicationFactor: 2, config: { retentionMs: 1000 } },
    fields: {
      name: {
        wrong: fc.oneof(
          notText,
          fc.constantFrom('', '.', '..', 'orders', 'x'.repeat(250)),
          fc.string({ minLength: 1, maxLength: 10 }).filter((s) => /[^a-zA-Z0-9._-]/.test(s)),
        ),
        named: /name|Topic/,
        required: true,
      },
      partitions: {
        wrong: fc.oneof(outside(1, 1000), fc.integer({ min: -1000, max: 0 })).filter((v) => v !== -1),
        named: /partition/i,
        required: true,
      },
      replicationFactor: {
        wrong: outside(1, 2).filter((v) => v !== -1),
        named: /[Rr]eplicat/,
        required: true,
      },
      config: topicConfig,
      replicaAssignment: {
        wrong: fc.oneof(
          notText,
          fc.constantFrom(
            [[1, 2]],
            [[1], [2]],
            [
              [1, 1],
              [2, 1],
            ],
            [
              [1, 9],
              [2, 1],
            ],
            [
              [1, '2'],
              [2, 1],
            ],
            [[1, 2], 5],
            [
              [1, 2],
              [2, 1],
              [1, 2],
            ],
          ),
        ),
        named: /replicaAssignment|[Rr]eplica list|Broker/,
      },
    },
  },
  createPartitions: {
    valid: { topic: 'orders', partitions: 4 },
    fields: {
      topic,
      partitions: {
        wrong: fc.oneof(outside(4, 1000), fc.integer({ min: -5, max: 3 })),
        named: /partition/i,
        required: true,
      },
    },
  },
  alterTopicConfig: {
    valid: { topic: 'orders', config: { retentionMs: 5000 } },
    fields: { topic, config: topicConfig },
  },
  produce: {
    valid: { topic: 'orders', value: 'v', key: 'k', partition: 1, format: 'json', producerId: 'P' },
    fields: {
      topic: {
        wrong: fc.oneof(topic.wrong, fc.constant('__consumer_offsets')),
        named: /topic|Topic/,
        required: true,
      },
      value: {
        wrong: fc.oneof(notTextNorNull, fc.constant('v'.repeat(10_001))),
        named: /value/,
        required: true,
      },
      key: {
        wrong: fc.oneof(
          fc.integer(),
          fc.boolean(),
          fc.constant([]),
          fc.constant({}),
          fc.constant('k'.repeat(1001)),
        ),
        named: /key/,
      },
      partition: { wrong: fc.oneof(outside(0, 2), fc.constant('1')), named: /partition/ },
      format: oneOf('format', ['json', 'avro', 'text']),
      producerId: { wrong: textOtherThan('P'), named: /producerId|Producer/ },
    },
  },
  addProducer: {
    valid: {
      topic: 'orders',
      id: 'Q',
      ratePerSec: 5,
      keys: 'customers',
      format: 'avro',
      acks: 'all',
      enableIdempotence: true,
      batchSize: 1024,
      lingerMs: 10,
      deliveryTimeoutMs: 60_000,
    },
    fields: {
      topic,
      id: {
        wrong: fc.oneof(notText, fc.constantFrom('P', '', 'has space', 'x'.repeat(41))),
        named: /\bid\b|Producer/,
      },
      ratePerSec: { wrong: rateOutside(0, 1000), named: /ratePerSec/ },
      keys: {
        wrong: fc.oneof(
          fc.constantFrom(
            'all',
            'some',
            5,
            null,
            [],
            { prefix: 5, count: 3 },
            { prefix: 'k', count: 0 },
            { prefix: 'k', count: 1.5 },
            { fixed: 5 },
            { prefix: 'k' },
          ),
        ),
        named: /keys/,
      },
      format: oneOf('format', ['json', 'avro', 'text']),
      acks: oneOf('acks', ['0', '1', 'all']),
      enableIdempotence: {
        wrong: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        named: /[Ii]dempoten/,
      },
      batchSize: { wrong: outside(64, 1048576), named: /batch\.size/ },
      lingerMs: { wrong: outside(0, 60_000), named: /linger\.ms/ },
      deliveryTimeoutMs: { wrong: outside(1000, 3_600_000), named: /delivery\.timeout\.ms/ },
    },
  },
  removeProducer: { valid: { producerId: 'P' }, fields: { producerId: producer } },
  setProducerRate: {
    valid: { producerId: 'P', ratePerSec: 3 },
    fields: {
      producerId: producer,
      ratePerSec: { wrong: rateOutside(0, 1000), named: /ratePerSec/, required: true },
    },
  },
  quietProducers: {
    valid: { forMs: 1000 },
    fields: { forMs: { wrong: outside(0, 3650 * 86400000), named: /forMs/, required: true } },
  },
  addConsumer: {
    valid: {
      groupId: 'g',
      topic: 'orders',
      autoOffsetReset: 'earliest',
      ratePerSec: 2,
      assignor: 'range',
      commitMode: 'auto',
      maxPollRecords: 10,
    },
    fields: {
      groupId: {
        wrong: fc.oneof(notText, fc.constantFrom('', 'has space', 'x'.repeat(61))),
        named: /groupId/,
        required: true,
      },
      topic: {
        wrong: fc.oneof(topic.wrong, fc.constant('__consumer_offsets')),
        named: /topic|Topic|reads/,
        required: true,
      },
      autoOffsetReset: oneOf('autoOffsetReset', ['latest', 'earliest', 'none']),
      ratePerSec: { wrong: rateOutside(0.1, 200), named: /ratePerSec/ },
      assignor: oneOf('assignor', ['range', 'roundrobin', 'cooperative-sticky']),
      commitMode: oneOf('commitMode', ['auto', 'afterProcessing', 'beforeProcessing']),
      maxPollRecords: { wrong: outside(1, 500), named: /maxPollRecords/ },
    },
  },
  removeConsumer: { valid: { memberId: 'g-1' }, fields: { memberId: member } },
  crashConsumer: { valid: { memberId: 'g-1' }, fields: { memberId: member } },
  setConsumerRate: {
    valid: { memberId: 'g-1', ratePerSec: 3 },
    fields: {
      memberId: member,
      ratePerSec: { wrong: rateOutside(0.1, 200), named: /ratePerSec/, required: true },
    },
  },
  setAssignor: {
    valid: { groupId: 'g', assignor: 'roundrobin' },
    fields: {
      groupId: group('g'),
      assignor: { ...oneOf('assignor', ['range', 'roundrobin', 'cooperative-sticky']), required: true },
    },
  },
  setCommitMode: {
    valid: { groupId: 'g', commitMode: 'afterProcessing' },
    fields: {
      groupId: group('g'),
      commitMode: { ...oneOf('commitMode', ['auto', 'afterProcessing', 'beforeProcessing']), required: true },
    },
  },
  resetOffsets: {
    valid: { groupId: 'idle', topic: 'orders', to: { shiftBy: -1 } },
    fields: {
      groupId: {
        wrong: fc.oneof(group('idle').wrong, fc.constant('g')),
        named: /groupId|[Gg]roup/,
        required: true,
      },
      topic: { wrong: textOtherThan('orders'), named: /reads/ },
      to: {
        wrong: fc.oneof(
          fc.string({ maxLength: 8 }).filter(notIn(['earliest', 'latest'])),
          fc.constant(null),
          fc.integer(),
          fc.record({ offset: notWhole }),
          fc.record({ shiftBy: notNumber }),
          fc.record({ timestamp: fc.constantFrom(NaN, Infinity, 'now') }),
        ),
        named: /\bto\b/,
        required: true,
      },
    },
  },
}

/** One valid command with one field wrong (or a required one left out). */
const almostValid = fc.constantFrom(...Object.keys(COMMANDS)).chain((type) => {
  const { valid, fields } = COMMANDS[type]!
  return fc.constantFrom(...Object.keys(fields)).chain((field) => {
    const spec = fields[field]!
    const value = spec.required
      ? fc.oneof({ weight: 9, arbitrary: spec.wrong }, { weight: 1, arbitrary: fc.constant(undefined) })
      : spec.wrong
    return value.map((value) => {
      const command: Record<string, unknown> = { type, ...valid }
      if (value === undefined) delete command[field]
      else command[field] = value
      return { command, field, named: spec.named }
    })
  })
})

describe('valid commands with one field wrong', () => {
  it('every template is valid as it stands', () => {
    for (const [type, { valid }] of Object.entries(COMMANDS)) {
      expect(setUp().dispatch({ type, ...valid }), type).toEqual({ ok: true })
    }
  })

  it('refuses them, changes nothing and names the field that was wrong', () => {
    let sim = setUp()
    const before = JSON.stringify(sim.state)
    fc.assert(
      fc.property(almostValid, ({ command, field, named }) => {
        const { result } = dispatchChecked(sim, command, before)
        if (result.ok) {
          sim = setUp() // the next (shrinking) runs start clean
          throw new Error(`accepted ${JSON.stringify(command)} (${field} is wrong)`)
        }
        if (!named.test(result.error))
          throw new Error(
            `"${result.error}" does not say what was wrong with ${field} (${JSON.stringify(command[field]) ?? 'missing'})`,
          )
      }),
      { seed: 4244, numRuns: RUNS },
    )
  }, 120_000)
})
