import type { Scenario } from './scenario'

/**
 * The course notes' scene: 3 brokers, `purchases` with 3 partitions, RF 3, min ISR 2; a producer keyed by
 * customer id and a keyless one. The network is slowed to 300 ms a hop so that flights can be watched, and the
 * keyless producer's batch.size is 512 bytes (Kafka: 16 KiB) so its sticky partition visibly moves. Three
 * services read the same stream at different speeds, each in its own consumer group (max.poll.records 5, so
 * that fetches can be seen).
 */
export const defaultScenario: Scenario = {
  id: 'default',
  seed: 20261125,
  brokers: 3,
  config: { networkDelayMs: 300 },
  commands: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: 'purchases',
        partitions: 3,
        replicationFactor: 3,
        config: { minInsyncReplicas: 2 },
        replicaAssignment: [
          [1, 2, 3],
          [2, 3, 1],
          [3, 1, 2],
        ],
      },
    },
    {
      atMs: 0,
      command: {
        type: 'addProducer',
        topic: 'purchases',
        id: 'P1',
        keys: 'customers',
        ratePerSec: 2,
        format: 'json',
      },
    },
    {
      atMs: 0,
      command: {
        type: 'addProducer',
        topic: 'purchases',
        id: 'P2',
        keys: 'none',
        ratePerSec: 1,
        format: 'text',
        batchSize: 512,
      },
    },
    ...(
      [
        ['location-service', 3],
        ['email-service', 1.5],
        ['push-notifications', 0.8],
      ] as const
    ).map(([groupId, ratePerSec]) => ({
      atMs: 0,
      command: { type: 'addConsumer' as const, groupId, topic: 'purchases', ratePerSec, maxPollRecords: 5 },
    })),
  ],
}

/**
 * The real scale the notes mention: 12 brokers, a 100-partition topic with replication factor 3, six producers
 * writing 60 records a second in all, three consumer groups.
 */
export const stressScenario: Scenario = {
  id: 'stress',
  seed: 424242,
  brokers: 12,
  config: { networkDelayMs: 150 },
  commands: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: 'clicks',
        partitions: 100,
        replicationFactor: 3,
        config: { minInsyncReplicas: 2 },
      },
    },
    ...[1, 2, 3, 4, 5, 6].map((n) => ({
      atMs: 0,
      command: {
        type: 'addProducer' as const,
        topic: 'clicks',
        id: `P${n}`,
        keys: n % 3 === 0 ? ('none' as const) : { prefix: `user-${n}-`, count: 500 },
        ratePerSec: 10,
        format: n % 2 === 0 ? ('json' as const) : ('avro' as const),
      },
    })),
    ...(
      [
        ['analytics', 30],
        ['recommendations', 20],
        ['audit', 10],
      ] as const
    ).flatMap(([groupId, ratePerSec]) =>
      [1, 2, 3, 4].map(() => ({
        atMs: 0,
        command: { type: 'addConsumer' as const, groupId, topic: 'clicks', ratePerSec, maxPollRecords: 20 },
      })),
    ),
  ],
}

/**
 * The simulator's own ceiling: a 1000-partition topic (its per-topic limit) on 30 brokers, replication factor 3,
 * so each broker holds about 100 replicas and leads about 33. Five producers write 250 records a second in all;
 * two consumer groups read it, one keeping up and one falling behind, so lag shows on the overview.
 */
export const largeScenario: Scenario = {
  id: 'large',
  seed: 1000,
  brokers: 30,
  config: { networkDelayMs: 150 },
  commands: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: 'telemetry',
        partitions: 1000,
        replicationFactor: 3,
        config: { minInsyncReplicas: 2 },
      },
    },
    ...[1, 2, 3, 4, 5].map((n) => ({
      atMs: 0,
      command: {
        type: 'addProducer' as const,
        topic: 'telemetry',
        id: `P${n}`,
        keys: n === 5 ? ('none' as const) : { prefix: `device-${n}-`, count: 5000 },
        ratePerSec: 50,
        format: n % 2 === 0 ? ('json' as const) : ('avro' as const),
      },
    })),
    ...(
      [
        ['dashboards', 6, 60],
        ['archiver', 3, 40],
      ] as const
    ).flatMap(([groupId, members, ratePerSec]) =>
      Array.from({ length: members }, () => ({
        atMs: 0,
        command: {
          type: 'addConsumer' as const,
          groupId,
          topic: 'telemetry',
          ratePerSec,
          maxPollRecords: 20,
        },
      })),
    ),
  ],
}

/**
 * The cost of a rebalance, side by side: three groups read the same busy 6-partition topic, one per protocol
 * (classic eager with range, classic cooperative-sticky, the consumer protocol of KIP-848 with uniform). Each has two
 * members: one takes 40 records a poll (10 s of work between polls), one 10. At 30 s the same third member joins
 * each group, and each card counts how long its partitions stayed paused: a classic group waits for its slow
 * member's next poll, and an eager one stops every partition meanwhile.
 */
const PROTOCOL_GROUPS = [
  ['eager-range', { assignor: 'range' }],
  ['cooperative-sticky', { assignor: 'cooperative-sticky' }],
  ['kip-848', { groupProtocol: 'consumer', assignor: 'uniform' }],
] as const

export const rebalancesScenario: Scenario = {
  id: 'rebalances',
  seed: 848,
  brokers: 3,
  config: { networkDelayMs: 150 },
  commands: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: 'orders',
        partitions: 6,
        replicationFactor: 3,
        config: { minInsyncReplicas: 2 },
      },
    },
    {
      atMs: 0,
      command: {
        type: 'addProducer',
        topic: 'orders',
        id: 'P1',
        keys: { prefix: 'order-', count: 200 },
        ratePerSec: 12,
        format: 'json',
      },
    },
    ...(
      [
        [0, 40],
        [0, 10],
        [30_000, 10],
      ] as const
    ).flatMap(([atMs, maxPollRecords]) =>
      PROTOCOL_GROUPS.map(([groupId, settings]) => ({
        atMs,
        command: {
          type: 'addConsumer' as const,
          groupId,
          topic: 'orders',
          ratePerSec: 4,
          maxPollRecords,
          ...settings,
        },
      })),
    ),
  ],
}

export const BUILTIN_SCENARIOS: Record<string, Scenario> = {
  default: defaultScenario,
  rebalances: rebalancesScenario,
  stress: stressScenario,
  large: largeScenario,
}

export function builtinScenario(id: string): Scenario | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN_SCENARIOS, id) ? BUILTIN_SCENARIOS[id] : undefined
}
