import { describe, expect, it } from 'vitest'
import { TEACHING_TOPIC_DEFAULTS } from './config'
import { eventsOf, must, partitionOf, testCluster } from './testCluster'

const create = (
  name: unknown,
  partitions: unknown = 3,
  replicationFactor: unknown = 1,
  extra: object = {},
) => ({
  type: 'createTopic',
  name,
  partitions,
  replicationFactor,
  ...extra,
})

function refusedWith(command: Record<string, unknown>, error: string, brokers = 3) {
  const sim = testCluster({ brokers })
  must(sim, create('existing_topic'))
  sim.takeEvents()
  const before = JSON.stringify(sim.state)
  expect(sim.dispatch(command)).toEqual({ ok: false, error })
  expect(JSON.stringify(sim.state)).toBe(before)
  expect(sim.takeEvents()).toEqual([])
}

describe('createTopic', () => {
  it('creates the topic with its partitions and the teaching defaults', () => {
    const sim = testCluster()
    expect(sim.dispatch(create('purchases', 3, 3))).toEqual({ ok: true })
    const topic = sim.state.topics.purchases!
    expect(topic.partitions).toHaveLength(3)
    expect(topic.config).toEqual(TEACHING_TOPIC_DEFAULTS)
    expect(topic.internal).toBe(false)
    const events = sim.takeEvents()
    expect(events[0]).toEqual({
      t: 0,
      type: 'topicCreated',
      topic: 'purchases',
      partitions: 3,
      replicationFactor: 3,
    })
    expect(eventsOf(events, 'leaderElected').map((e) => [e.partition, e.leaderEpoch, e.reason])).toEqual([
      [0, 0, 'created'],
      [1, 0, 'created'],
      [2, 0, 'created'],
    ])
  })

  it.each([
    ['', 'Topic name is invalid: the empty string is not allowed'],
    ['.', "Topic name is invalid: '.' is not allowed"],
    ['..', "Topic name is invalid: '..' is not allowed"],
    [
      'a'.repeat(250),
      `Topic name is invalid: the length of '${'a'.repeat(250)}' is longer than the max allowed length 249`,
    ],
    [
      'my topic',
      "Topic name is invalid: 'my topic' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
    [
      'pedidos-ñ',
      "Topic name is invalid: 'pedidos-ñ' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
  ])("refuses the illegal name %j with Kafka's message", (name, error) => {
    refusedWith(create(name), error)
  })

  it('accepts a name of exactly 249 characters', () => {
    const sim = testCluster()
    expect(sim.dispatch(create('a'.repeat(249)))).toEqual({ ok: true })
  })

  it('refuses an existing name and a name that collides after . and _ are unified', () => {
    refusedWith(create('existing_topic'), "Topic 'existing_topic' already exists.")
    refusedWith(
      create('existing.topic'),
      "Topic 'existing.topic' collides with existing topic: existing_topic",
    )
  })

  it('refuses a replication factor above the registered brokers', () => {
    refusedWith(
      create('orders', 3, 3),
      'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
      2,
    )
  })

  it('counts a fenced broker as not registered', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    sim.advance(9_000)
    expect(sim.dispatch(create('orders', 1, 3))).toEqual({
      ok: false,
      error:
        'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    })
  })

  it("refuses non-positive counts with Kafka's messages and caps partitions at 1000", () => {
    refusedWith(create('orders', 0), 'Number of partitions was set to an invalid non-positive value.')
    refusedWith(create('orders', -2), 'Number of partitions was set to an invalid non-positive value.')
    refusedWith(
      create('orders', 3, 0),
      'Replication factor must be larger than 0, or -1 to use the default value.',
    )
    refusedWith(
      create('orders', 1001),
      'A topic may have at most 1000 partitions in Kafka Lab; 1001 is too many.',
    )
    const sim = testCluster()
    expect(sim.dispatch(create('big', 1000, 1))).toEqual({ ok: true })
    expect(sim.state.topics.big!.partitions).toHaveLength(1000)
  })

  it('takes -1 as the broker default (1 partition, replication factor 1)', () => {
    const sim = testCluster()
    must(sim, create('defaults', -1, -1))
    expect(sim.state.topics.defaults!.partitions).toHaveLength(1)
    expect(partitionOf(sim, 'defaults', 0).replicas).toHaveLength(1)
    expect(sim.takeEvents()[0]).toEqual({
      t: 0,
      type: 'topicCreated',
      topic: 'defaults',
      partitions: 1,
      replicationFactor: 1,
    })
  })

  it('refuses bad settings and keeps good ones', () => {
    refusedWith(
      create('orders', 1, 1, { config: { retentionMs: -2 } }),
      'retention.ms must be from -1 to 315360000000, got -2.',
    )
    refusedWith(create('orders', 1, 1, { config: { retention: 5 } }), "Unknown topic setting 'retention'.")
    refusedWith(
      create('orders', 1, 1, { config: { segmentBytes: 100 } }),
      'segment.bytes must be from 256 to 1073741824, got 100.',
    )
    refusedWith(create('orders', 1, 1, { config: 'fast' }), "config must be an object, got 'fast'.")
    const sim = testCluster()
    must(
      sim,
      create('orders', 1, 3, {
        config: { minInsyncReplicas: 2, retentionMs: -1, uncleanLeaderElectionEnable: true },
      }),
    )
    expect(sim.state.topics.orders!.config).toEqual({
      ...TEACHING_TOPIC_DEFAULTS,
      minInsyncReplicas: 2,
      retentionMs: -1,
      uncleanLeaderElectionEnable: true,
    })
  })

  it('takes an explicit replica assignment and checks it', () => {
    const sim = testCluster()
    must(
      sim,
      create('orders', 2, 2, {
        replicaAssignment: [
          [3, 1],
          [2, 3],
        ],
      }),
    )
    expect(partitionOf(sim, 'orders', 0).replicas.map((r) => r.brokerId)).toEqual([3, 1])
    expect(partitionOf(sim, 'orders', 0).leader).toBe(3)
    expect(partitionOf(sim, 'orders', 1).leader).toBe(2)
    refusedWith(
      create('x', 2, 2, { replicaAssignment: [[1, 2]] }),
      'replicaAssignment must list 2 replica lists.',
    )
    refusedWith(create('x', 1, 2, { replicaAssignment: [[1, 1]] }), 'A replica list names a broker twice.')
    refusedWith(create('x', 1, 2, { replicaAssignment: [[1, 9]] }), 'Broker 9 does not exist.')
    refusedWith(create('x', 1, 2, { replicaAssignment: [[1]] }), 'Each replica list must name 2 broker(s).')
  })

  it('creates a topic whose name is an Object.prototype key as an ordinary topic', () => {
    const sim = testCluster()
    must(sim, create('__proto__', 2, 1))
    must(sim, create('constructor', 1, 1))
    expect(Object.keys(sim.state.topics).sort()).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(sim.state.topics)).toBe(Object.prototype)
    must(sim, { type: 'produce', topic: '__proto__', value: 'hello', partition: 1 })
    sim.advance(100)
    expect(partitionOf(sim, '__proto__', 1).logEndOffset).toBe(1)
    const copy = JSON.parse(JSON.stringify(sim.state)) as typeof sim.state
    expect(Object.keys(copy.topics).sort()).toEqual(['__proto__', 'constructor'])
    expect(sim.dispatch(create('__proto__'))).toEqual({
      ok: false,
      error: "Topic '__proto__' already exists.",
    })
  })
})

describe('createPartitions', () => {
  it('grows the topic with new empty partitions', () => {
    const sim = testCluster()
    must(sim, create('orders', 2, 2))
    sim.takeEvents()
    expect(sim.dispatch({ type: 'createPartitions', topic: 'orders', partitions: 4 })).toEqual({ ok: true })
    expect(sim.state.topics.orders!.partitions).toHaveLength(4)
    expect(partitionOf(sim, 'orders', 3).logEndOffset).toBe(0)
    expect(eventsOf(sim.takeEvents(), 'partitionsCreated')).toEqual([
      { t: 0, type: 'partitionsCreated', topic: 'orders', from: 2, to: 4 },
    ])
  })

  it("only grows, with Kafka's message", () => {
    const sim = testCluster()
    must(sim, create('orders', 3, 1))
    const before = JSON.stringify(sim.state)
    expect(sim.dispatch({ type: 'createPartitions', topic: 'orders', partitions: 3 })).toEqual({
      ok: false,
      error: 'The topic orders currently has 3 partition(s); 3 would not be an increase.',
    })
    expect(sim.dispatch({ type: 'createPartitions', topic: 'orders', partitions: 2 })).toEqual({
      ok: false,
      error: 'The topic orders currently has 3 partition(s); 2 would not be an increase.',
    })
    expect(sim.dispatch({ type: 'createPartitions', topic: 'orders', partitions: 1001 })).toEqual({
      ok: false,
      error: 'A topic may have at most 1000 partitions in Kafka Lab; 1001 is too many.',
    })
    expect(sim.dispatch({ type: 'createPartitions', topic: 'nope', partitions: 5 })).toEqual({
      ok: false,
      error: "Topic 'nope' does not exist.",
    })
    expect(JSON.stringify(sim.state)).toBe(before)
  })

  it('refuses when the topic RF cannot be placed any more', () => {
    const sim = testCluster()
    must(sim, create('orders', 1, 3))
    must(sim, { type: 'killBroker', brokerId: 1 })
    sim.advance(9_000)
    const before = JSON.stringify(sim.state)
    expect(sim.dispatch({ type: 'createPartitions', topic: 'orders', partitions: 2 })).toEqual({
      ok: false,
      error:
        'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    })
    expect(JSON.stringify(sim.state)).toBe(before)
  })
})

describe('alterTopicConfig', () => {
  it('changes only the named settings', () => {
    const sim = testCluster()
    must(sim, create('orders', 1, 1))
    must(sim, { type: 'alterTopicConfig', topic: 'orders', config: { retentionMs: 60_000 } })
    expect(sim.state.topics.orders!.config).toEqual({ ...TEACHING_TOPIC_DEFAULTS, retentionMs: 60_000 })
    expect(eventsOf(sim.takeEvents(), 'topicConfigChanged')).toHaveLength(1)
  })
})
