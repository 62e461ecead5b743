import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { must, testCluster } from './testCluster'

/** Brokers 1-3 (3 stopped), topic `orders` (3 partitions), the internal `__consumer_offsets`, producer P. */
function setUp(): Simulation {
  const sim = testCluster()
  must(sim, { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 2 })
  must(sim, { type: 'createTopic', name: '__consumer_offsets', partitions: 1, replicationFactor: 1 })
  must(sim, { type: 'createTopic', name: 'other', partitions: 1, replicationFactor: 1 })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
  must(sim, { type: 'killBroker', brokerId: 3 })
  sim.advance(1_000)
  return sim
}

const produce = (extra: object) => ({ type: 'produce', topic: 'orders', value: 'v', ...extra })
const addProducer = (extra: object) => ({ type: 'addProducer', topic: 'orders', ...extra })
const create = (extra: object) => ({
  type: 'createTopic',
  name: 'x',
  partitions: 1,
  replicationFactor: 1,
  ...extra,
})

const REFUSED: [string, unknown, string][] = [
  ['null', null, 'A command must be an object with a type, got null.'],
  ['a string', 'killBroker', "A command must be an object with a type, got 'killBroker'."],
  ['a number', 42, 'A command must be an object with a type, got 42.'],
  ['an array', [{ type: 'addBroker' }], 'A command must be an object with a type, got a list.'],
  ['an empty object', {}, 'Unknown command type nothing.'],
  ['an unknown type', { type: 'explode' }, "Unknown command type 'explode'."],
  ['a numeric type', { type: 42 }, 'Unknown command type 42.'],
  ['an inherited name', { type: 'toString' }, "Unknown command type 'toString'."],
  ['a missing brokerId', { type: 'killBroker' }, 'brokerId must be a whole number, got nothing.'],
  ['a text brokerId', { type: 'killBroker', brokerId: '1' }, "brokerId must be a whole number, got '1'."],
  ['a NaN brokerId', { type: 'killBroker', brokerId: NaN }, 'brokerId must be a whole number, got NaN.'],
  [
    'an infinite brokerId',
    { type: 'killBroker', brokerId: Infinity },
    'brokerId must be a whole number, got Infinity.',
  ],
  [
    'a negative brokerId',
    { type: 'killBroker', brokerId: -1 },
    'brokerId must be from 0 to 9007199254740991, got -1.',
  ],
  ['broker 0', { type: 'killBroker', brokerId: 0 }, 'Broker 0 does not exist.'],
  [
    'an object brokerId',
    { type: 'killBroker', brokerId: {} },
    'brokerId must be a whole number, got an object.',
  ],
  ['an object type', { type: { name: 'killBroker' } }, 'Unknown command type an object.'],
  [
    'a fractional brokerId',
    { type: 'killBroker', brokerId: 1.5 },
    'brokerId must be a whole number, got 1.5.',
  ],
  [
    'an absurd brokerId',
    { type: 'killBroker', brokerId: 1e300 },
    'brokerId must be from 0 to 9007199254740991, got 1e+300.',
  ],
  ['an unknown broker', { type: 'killBroker', brokerId: 99 }, 'Broker 99 does not exist.'],
  ['killing a dead broker', { type: 'killBroker', brokerId: 3 }, 'Broker 3 is already stopped.'],
  ['restarting a live broker', { type: 'restartBroker', brokerId: 1 }, 'Broker 1 is already running.'],
  ['stalling a dead broker', { type: 'stallBroker', brokerId: 3 }, 'Broker 3 is stopped.'],
  [
    'a text stalled flag',
    { type: 'stallBroker', brokerId: 1, stalled: 'yes' },
    "stalled must be true or false, got 'yes'.",
  ],
  ['a numeric topic name', create({ name: 42 }), 'name must be text, got 42.'],
  [
    'an illegal topic name',
    create({ name: 'a/b' }),
    "Topic name is invalid: 'a/b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
  ],
  ['text partitions', create({ partitions: '3' }), "partitions must be a whole number, got '3'."],
  ['NaN partitions', create({ partitions: NaN }), 'partitions must be a whole number, got NaN.'],
  [
    'infinite partitions',
    create({ partitions: Infinity }),
    'partitions must be a whole number, got Infinity.',
  ],
  ['fractional partitions', create({ partitions: 1.5 }), 'partitions must be a whole number, got 1.5.'],
  [
    'absurd partitions',
    create({ partitions: 1e9 }),
    'A topic may have at most 1000 partitions in Kafka Lab; 1000000000 is too many.',
  ],
  [
    'zero partitions',
    create({ partitions: 0 }),
    'Number of partitions was set to an invalid non-positive value.',
  ],
  [
    'negative replication',
    create({ replicationFactor: -3 }),
    'Replication factor must be larger than 0, or -1 to use the default value.',
  ],
  [
    'NaN replication',
    create({ replicationFactor: NaN }),
    'replicationFactor must be a whole number, got NaN.',
  ],
  ['a null config', create({ config: null }), 'config must be an object, got null.'],
  [
    'a text retention',
    create({ config: { retentionMs: 'x' } }),
    "retention.ms must be a whole number, got 'x'.",
  ],
  [
    'min ISR 0',
    create({ config: { minInsyncReplicas: 0 } }),
    'min.insync.replicas must be from 1 to 100, got 0.',
  ],
  [
    'a numeric flag',
    create({ config: { uncleanLeaderElectionEnable: 1 } }),
    'unclean.leader.election.enable must be true or false, got 1.',
  ],
  [
    'an unknown topic to grow',
    { type: 'createPartitions', topic: 'nope', partitions: 4 },
    "Topic 'nope' does not exist.",
  ],
  [
    'a numeric topic to grow',
    { type: 'createPartitions', topic: 5, partitions: 4 },
    'topic must be text, got 5.',
  ],
  [
    '-1 partitions to grow to',
    { type: 'createPartitions', topic: 'orders', partitions: -1 },
    'The topic orders currently has 3 partition(s); -1 would not be an increase.',
  ],
  [
    'an unknown topic to alter',
    { type: 'alterTopicConfig', topic: 'nope', config: {} },
    "Topic 'nope' does not exist.",
  ],
  [
    'segment.ms 0',
    { type: 'alterTopicConfig', topic: 'orders', config: { segmentMs: 0 } },
    'segment.ms must be from 1000 to 315360000000, got 0.',
  ],
  ['an unknown topic to write', produce({ topic: 'nope' }), "Topic 'nope' does not exist."],
  // Found by the scene fuzzer: the whole text went into the message, 5 000 characters of it.
  [
    'an unknown 5 000-character topic',
    produce({ topic: 'x'.repeat(5000) }),
    `Topic '${'x'.repeat(300)}…' does not exist.`,
  ],
  [
    'an unknown 5 000-character producer',
    { type: 'removeProducer', producerId: 'p'.repeat(5000) },
    `Producer '${'p'.repeat(300)}…' does not exist.`,
  ],
  [
    'an internal topic',
    produce({ topic: '__consumer_offsets' }),
    'Clients may not write to the internal topic __consumer_offsets.',
  ],
  ['a numeric value', produce({ value: 5 }), 'value must be text, got 5.'],
  ['a numeric key', produce({ key: 5 }), 'key must be text or null, got 5.'],
  [
    'a huge value',
    produce({ value: 'v'.repeat(10_001) }),
    'value is 10001 characters long; the limit is 10000.',
  ],
  [
    'an unknown format',
    produce({ format: 'xml' }),
    "format must be one of 'json', 'avro', 'text', got 'xml'.",
  ],
  ['an unknown producer', produce({ producerId: 'nope' }), "Producer 'nope' does not exist."],
  [
    "another topic's producer",
    produce({ topic: 'other', producerId: 'P' }),
    "Producer 'P' writes to 'orders', not 'other'.",
  ],
  [
    'partition 5 of 3',
    produce({ partition: 5 }),
    'Invalid partition given with record: 5 is not in the range [0...3).',
  ],
  [
    'partition 3 of 3',
    produce({ partition: 3 }),
    'Invalid partition given with record: 3 is not in the range [0...3).',
  ],
  [
    'partition -1',
    produce({ partition: -1 }),
    'Invalid partition given with record: -1 is not in the range [0...3).',
  ],
  [
    'partition 1.5',
    produce({ partition: 1.5 }),
    'Invalid partition given with record: 1.5 is not in the range [0...3).',
  ],
  [
    'partition NaN',
    produce({ partition: NaN }),
    'Invalid partition given with record: NaN is not in the range [0...3).',
  ],
  [
    'an illegal producer id',
    addProducer({ id: 'has space' }),
    'id must be 1 to 40 letters, digits, dots, dashes, colons or underscores.',
  ],
  ['a taken producer id', addProducer({ id: 'P' }), "Producer 'P' already exists."],
  ['a negative rate', addProducer({ ratePerSec: -1 }), 'ratePerSec must be from 0 to 1000, got -1.'],
  ['a NaN rate', addProducer({ ratePerSec: NaN }), 'ratePerSec must be a number, got NaN.'],
  ['an infinite rate', addProducer({ ratePerSec: Infinity }), 'ratePerSec must be a number, got Infinity.'],
  ['an absurd rate', addProducer({ ratePerSec: 1e6 }), 'ratePerSec must be from 0 to 1000, got 1000000.'],
  [
    'unknown keys',
    addProducer({ keys: 'all' }),
    "keys must be 'none', 'customers', {prefix, count} or {fixed}, got 'all'.",
  ],
  ['numeric acks', addProducer({ acks: 2 }), "acks must be one of '0', '1', 'all', got 2."],
  ['a tiny batch', addProducer({ batchSize: 10 }), 'batch.size must be from 64 to 1048576, got 10.'],
  [
    'a fractional timeout',
    addProducer({ deliveryTimeoutMs: 1.5 }),
    'delivery.timeout.ms must be a whole number, got 1.5.',
  ],
  [
    'removing an unknown producer',
    { type: 'removeProducer', producerId: 'nope' },
    "Producer 'nope' does not exist.",
  ],
  [
    'a NaN rate change',
    { type: 'setProducerRate', producerId: 'P', ratePerSec: NaN },
    'ratePerSec must be a number, got NaN.',
  ],
]

describe('bad commands', () => {
  it.each(REFUSED)('refuses %s with a clear message and changes nothing', (_label, command, error) => {
    const sim = setUp()
    sim.takeEvents()
    const before = JSON.stringify(sim.state)
    expect(sim.dispatch(command)).toEqual({ ok: false, error })
    expect(JSON.stringify(sim.state)).toBe(before)
    expect(sim.takeEvents()).toEqual([])
  })
})

describe('a consumer joining an existing group', () => {
  // Found by the command fuzzer: the settings of a member joining a group that existed were not checked at all.
  it.each([
    [{ maxPollRecords: 0 }, 'maxPollRecords must be from 1 to 500, got 0.'],
    [
      { assignor: 'sticky' },
      "assignor must be one of 'range', 'roundrobin', 'cooperative-sticky', got 'sticky'.",
    ],
    [
      { commitMode: 'never' },
      "commitMode must be one of 'auto', 'afterProcessing', 'beforeProcessing', got 'never'.",
    ],
    [
      { autoOffsetReset: 'first' },
      "autoOffsetReset must be one of 'latest', 'earliest', 'none', got 'first'.",
    ],
  ])('refuses %o like a new group would, changing nothing', (extra, error) => {
    const sim = testCluster()
    must(sim, { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 2 })
    must(sim, { type: 'addConsumer', groupId: 'g', topic: 'orders' })
    sim.advance(1_000)
    const before = JSON.stringify(sim.state)
    expect(sim.dispatch({ type: 'addConsumer', groupId: 'g', topic: 'orders', ...extra })).toEqual({
      ok: false,
      error,
    })
    expect(JSON.stringify(sim.state)).toBe(before)
  })
})
