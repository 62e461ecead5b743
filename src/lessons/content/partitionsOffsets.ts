import { recordAt } from '../../engine'
import type { Lesson } from '../types'
import { defaultScenario } from '../../scenarios/builtins'
import type { Scenario } from '../../scenarios/scenario'
import { handAttempts, handSent, userTopics } from './shared'

/** A few purchases written by hand at the start, so that every offset on screen can be read and counted. */
const FIRST_RECORDS: [partition: number, value: string][] = [
  [0, '{"order":1,"item":"book","amount":12.50}'],
  [0, '{"order":4,"item":"lamp","amount":30.00}'],
  [0, '{"order":7,"item":"mug","amount":8.90}'],
  [1, '{"order":2,"item":"pen","amount":2.10}'],
  [1, '{"order":5,"item":"desk","amount":149.00}'],
  [2, '{"order":3,"item":"chair","amount":79.00}'],
  [2, '{"order":6,"item":"bag","amount":45.00}'],
  [2, '{"order":8,"item":"cap","amount":15.00}'],
  [2, '{"order":9,"item":"scarf","amount":22.00}'],
]

/** purchases as in the default scene, but quiet: only hand-sent records, so offsets stay small. */
const scenario: Scenario = {
  ...defaultScenario,
  id: 'lesson-partitions-offsets',
  commands: [
    defaultScenario.commands[0]!,
    ...FIRST_RECORDS.map(([partition, value]) => ({
      atMs: 0,
      command: {
        type: 'produce' as const,
        topic: 'purchases',
        key: null,
        value,
        format: 'json' as const,
        partition,
      },
    })),
  ],
}

/** "Partitions and offsets": partitions, offsets from 0 one by one, meaningful only in their partition, order only inside one. */
export const partitionsOffsetsLesson: Lesson = {
  id: 'partitions-offsets',
  title: 'lesson.partitions-offsets.title',
  summary: 'lesson.partitions-offsets.summary',
  scenario,
  steps: [
    {
      id: 'partitions',
      text: 'lesson.partitions-offsets.s1',
      highlight: ['replica:purchases:0:', 'replica:purchases:1:', 'replica:purchases:2:'],
      cli: ['kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases'],
    },
    {
      id: 'offsets',
      text: 'lesson.partitions-offsets.s2',
      highlight: ['slot:purchases:1:', 'control:produce'],
      predict: {
        question: 'lesson.partitions-offsets.s2.q',
        choices: [
          { text: 'lesson.partitions-offsets.s2.q.a', correct: true },
          { text: 'lesson.partitions-offsets.s2.q.b', correct: false },
          { text: 'lesson.partitions-offsets.s2.q.c', correct: false },
        ],
        explanation: 'lesson.partitions-offsets.s2.q.why',
      },
      task: 'lesson.partitions-offsets.s2.task',
      hints: ['lesson.partitions-offsets.s2.hint1', 'lesson.partitions-offsets.s2.hint2'],
      goal: (ctx) => handSent(ctx).some((r) => r.topic === 'purchases' && r.partition === 1),
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: '{"order":10,"item":"book","amount":12.50}',
            format: 'json',
            partition: 1,
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic purchases',
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --partition 1 --offset earliest --property print.offset=true',
      ],
    },
    {
      id: 'meaning',
      text: 'lesson.partitions-offsets.s3',
      highlight: ['replica:purchases:0:', 'replica:purchases:1:'],
      task: 'lesson.partitions-offsets.s3.task',
      hints: ['lesson.partitions-offsets.s3.hint1', 'lesson.partitions-offsets.s3.hint2'],
      goal: ({ state }) => {
        const t = state.topics['purchases']
        const p0 = t?.partitions[0]
        const p1 = t?.partitions[1]
        const a = p0 && recordAt(p0, 3)
        const b = p1 && recordAt(p1, 3)
        return (
          a !== undefined &&
          b !== undefined &&
          (a.value !== b.value || a.timestamp !== b.timestamp || a.key !== b.key)
        )
      },
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: '{"order":11,"item":"sofa","amount":499.00}',
            format: 'json',
            partition: 0,
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: '{"order":12,"item":"rug","amount":60.00}',
            format: 'json',
            partition: 1,
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --partition 0 --offset 3 --max-messages 1',
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --partition 1 --offset 3 --max-messages 1',
      ],
    },
    {
      id: 'order',
      text: 'lesson.partitions-offsets.s4',
      highlight: ['replica:purchases:2:', 'control:produce'],
      // The order numbers the text talks about are inside the values: the cells write them.
      show: { cells: 'value' },
      predict: {
        question: 'lesson.partitions-offsets.s4.q',
        choices: [
          { text: 'lesson.partitions-offsets.s4.q.a', correct: false },
          { text: 'lesson.partitions-offsets.s4.q.b', correct: false },
          { text: 'lesson.partitions-offsets.s4.q.c', correct: true },
        ],
        explanation: 'lesson.partitions-offsets.s4.q.why',
      },
      task: 'lesson.partitions-offsets.s4.task',
      hints: ['lesson.partitions-offsets.s4.hint1', 'lesson.partitions-offsets.s4.hint2'],
      // The latest three hand-sent records went to purchases-2 with that partition named: their offsets follow the
      // sending order. Earlier sends elsewhere do not count against it.
      goal: (ctx) => {
        const last = handAttempts(ctx).slice(-3)
        return (
          last.length === 3 &&
          last.every(
            (a) => a.command.topic === 'purchases' && a.command.partition === 2 && a.landed?.partition === 2,
          )
        )
      },
      blocked: (ctx) => {
        const latest = handAttempts(ctx).at(-1)
        if (latest && (latest.command.topic !== 'purchases' || latest.command.partition !== 2))
          return 'lesson.partitions-offsets.s4.blocked'
        return undefined
      },
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: 'first',
            format: 'text',
            partition: 2,
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: 'second',
            format: 'text',
            partition: 2,
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: 'third',
            format: 'text',
            partition: 2,
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --partition 2 --offset earliest --property print.offset=true',
      ],
    },
    {
      id: 'many',
      text: 'lesson.partitions-offsets.s5',
      highlight: ['control:createTopic'],
      task: 'lesson.partitions-offsets.s5.task',
      hints: ['lesson.partitions-offsets.s5.hint1', 'lesson.partitions-offsets.s5.hint2'],
      goal: ({ state }) => userTopics(state).some((t) => t.partitions.length >= 6),
      solution: [
        { command: { type: 'createTopic', name: 'clicks', partitions: 6, replicationFactor: 2 } },
        { waitMs: 1000 },
      ],
      cli: [
        'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic clicks --partitions 6 --replication-factor 2',
        'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic clicks',
      ],
    },
  ],
}
