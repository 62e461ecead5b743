import { defaultScenario } from '../../scenarios/builtins'
import type { Scenario } from '../../scenarios/scenario'
import type { Lesson } from '../types'
import { eventsOf, handAttempts, WEEK_MS } from './shared'

/**
 * purchases with the real retention (7 days) but small segments (1 KB), so that a partition holds several of them
 * after a minute; the retention check runs every 10 s (Kafka: 5 minutes) so that a week's jump deletes every
 * segment older than a week, up to the last few seconds before it. No consumer groups: a week of their commits
 * would bury the deletions.
 */
const scenario: Scenario = {
  ...defaultScenario,
  id: 'lesson-immutability-retention',
  config: { ...defaultScenario.config, retentionCheckIntervalMs: 10_000 },
  commands: defaultScenario.commands
    .filter((c) => c.command.type !== 'addConsumer')
    .map((c) =>
      c.command.type === 'createTopic'
        ? { ...c, command: { ...c.command, config: { ...c.command.config, segmentBytes: 1024 } } }
        : c,
    ),
}

/** The customer whose purchase the first step corrects. */
const CORRECTED_KEY = 'customer-1'

/** "Immutability and retention": no update, no delete, records kept 7 days by default, offsets never reused. */
export const immutabilityRetentionLesson: Lesson = {
  id: 'immutability-retention',
  title: 'lesson.immutability-retention.title',
  summary: 'lesson.immutability-retention.summary',
  scenario,
  steps: [
    {
      id: 'immutable',
      text: 'lesson.immutability-retention.s1',
      highlight: ['replica:purchases:0:', 'control:produce'],
      predict: {
        question: 'lesson.immutability-retention.s1.q',
        choices: [
          { text: 'lesson.immutability-retention.s1.q.a', correct: false },
          { text: 'lesson.immutability-retention.s1.q.b', correct: false },
          { text: 'lesson.immutability-retention.s1.q.c', correct: true },
        ],
        explanation: 'lesson.immutability-retention.s1.q.why',
      },
      task: 'lesson.immutability-retention.s1.task',
      hints: ['lesson.immutability-retention.s1.hint1', 'lesson.immutability-retention.s1.hint2'],
      // The latest hand-sent record is the correction: key customer-1, partition left to the producer (so the key
      // puts it where customer-1's records are), appended at a new offset while the old record stays.
      goal: (ctx) => {
        const a = handAttempts(ctx).at(-1)
        return (
          a !== undefined &&
          a.command.topic === 'purchases' &&
          a.command.key === CORRECTED_KEY &&
          a.producerChose &&
          a.landed !== undefined
        )
      },
      blocked: (ctx) => {
        const a = handAttempts(ctx).at(-1)
        if (!a) return undefined
        if (a.command.key !== CORRECTED_KEY || a.command.topic !== 'purchases')
          return 'lesson.immutability-retention.s1.blocked.key'
        if (!a.producerChose) return 'lesson.immutability-retention.s1.blocked.partition'
        return undefined
      },
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: 'customer-1',
            value: '{"customer":"customer-1","item":"book","amount":12.50,"correction":true}',
            format: 'json',
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases --property parse.key=true --property key.separator=:',
        '>customer-1:{"customer":"customer-1","item":"book","amount":12.50,"correction":true}',
      ],
    },
    {
      id: 'retention',
      text: 'lesson.immutability-retention.s2',
      highlight: ['replica:purchases:'],
      predict: {
        question: 'lesson.immutability-retention.s2.q',
        choices: [
          { text: 'lesson.immutability-retention.s2.q.a', correct: false },
          { text: 'lesson.immutability-retention.s2.q.b', correct: true },
          { text: 'lesson.immutability-retention.s2.q.c', correct: false },
        ],
        explanation: 'lesson.immutability-retention.s2.q.why',
      },
      cli: [
        'kafka-configs.sh --bootstrap-server localhost:9092 --describe --entity-type topics --entity-name purchases --all',
      ],
    },
    {
      id: 'week',
      text: 'lesson.immutability-retention.s3',
      highlight: ['control:warp', 'replica:purchases:'],
      predict: {
        question: 'lesson.immutability-retention.s3.q',
        choices: [
          { text: 'lesson.immutability-retention.s3.q.a', correct: false },
          { text: 'lesson.immutability-retention.s3.q.b', correct: true },
          { text: 'lesson.immutability-retention.s3.q.c', correct: false },
        ],
        explanation: 'lesson.immutability-retention.s3.q.why',
      },
      task: 'lesson.immutability-retention.s3.task',
      hints: ['lesson.immutability-retention.s3.hint1', 'lesson.immutability-retention.s3.hint2'],
      // Retention deleted a segment, and a record written afterwards in that partition got an offset at or above
      // the new log start offset: the deleted offsets were not handed out again.
      goal: ({ events, state }) => {
        // Cheap first: nothing can hold before some log start offset has moved (the whole quiet week).
        if (
          !Object.values(state.topics).some(
            (t) => !t.internal && t.partitions.some((p) => p.logStartOffset > 0),
          )
        )
          return false
        const deletions = new Map<string, number>()
        for (const e of events) {
          if (e.type === 'segmentDeleted') deletions.set(`${e.topic}-${e.partition}`, e.logStartOffset)
          else if (e.type === 'recordAppended') {
            const start = deletions.get(`${e.topic}-${e.partition}`)
            if (start !== undefined && e.baseOffset >= start) return true
          }
        }
        return false
      },
      // As the "Let a week pass" button: the producers stay quiet while the clock jumps a week, then write again.
      solution: [
        { command: { type: 'quietProducers', forMs: WEEK_MS } },
        { waitMs: WEEK_MS },
        { waitMs: 60_000 },
      ],
      cli: [
        'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic purchases --time -2',
        'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic purchases --time -1',
      ],
    },
    {
      id: 'readingKeeps',
      text: 'lesson.immutability-retention.s4',
      highlight: ['control:addConsumer'],
      task: 'lesson.immutability-retention.s4.task',
      hints: ['lesson.immutability-retention.s4.hint1', 'lesson.immutability-retention.s4.hint2'],
      // A group's first record in some partition is that partition's log start offset, and it is not 0.
      goal: ({ events, state }) => {
        const seen = new Set<string>()
        for (const e of eventsOf(events, 'recordProcessed')) {
          const k = `${e.groupId}/${e.topic}-${e.partition}`
          if (seen.has(k)) continue
          seen.add(k)
          const start = state.topics[e.topic]?.partitions[e.partition]?.logStartOffset ?? 0
          if (start > 0 && e.offset === start) return true
        }
        return false
      },
      solution: [
        {
          command: { type: 'addConsumer', groupId: 'audit', topic: 'purchases', autoOffsetReset: 'earliest' },
        },
        { waitMs: 20_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group audit --from-beginning --property print.offset=true',
      ],
    },
  ],
}
