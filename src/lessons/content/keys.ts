import { explainKeyPartition, readRange, type SimState } from '../../engine'
import type { GoalContext, Lesson } from '../types'
import { handAttempts, lessonScene, userTopics, type HandAttempt } from './shared'

/** The key the murmur2 question asks about: its hash is negative, and Math.abs would send it elsewhere. */
export const MURMUR_KEY = 'customer-9'
const murmurAnswer = explainKeyPartition(MURMUR_KEY, 3).partition

/** Keyed records sent by hand with the partition left to the producer, once appended. */
const keyedChosen = (ctx: GoalContext) =>
  handAttempts(ctx).filter(
    (a): a is HandAttempt & { landed: NonNullable<HandAttempt['landed']> } =>
      a.producerChose && (a.command.key ?? null) !== null && a.landed !== undefined,
  )

/** Whether `topic`'s partition that `key` hashes to holds a record with that key (anyone's, sent at any time). */
function holdsKey(state: SimState, topic: string, key: string): number | undefined {
  const t = state.topics[topic]
  if (!t || t.partitions.length === 0) return undefined
  const partition = explainKeyPartition(key, t.partitions.length).partition
  const p = t.partitions[partition]
  return p && readRange(p, p.logStartOffset, p.logEndOffset).some((r) => r.key === key)
    ? partition
    : undefined
}

/** "Keys": keyless records stick to a random partition; a key always lands in the same one, by murmur2. */
export const keysLesson: Lesson = {
  id: 'keys',
  title: 'lesson.keys.title',
  summary: 'lesson.keys.summary',
  scenario: lessonScene('keys'),
  steps: [
    {
      id: 'keyless',
      text: 'lesson.keys.s1',
      highlight: ['producer:P2', 'control:produce'],
      predict: {
        question: 'lesson.keys.s1.q',
        choices: [
          { text: 'lesson.keys.s1.q.a', correct: false },
          { text: 'lesson.keys.s1.q.b', correct: true },
          { text: 'lesson.keys.s1.q.c', correct: false },
        ],
        explanation: 'lesson.keys.s1.q.why',
      },
      task: 'lesson.keys.s1.task',
      hints: ['lesson.keys.s1.hint1', 'lesson.keys.s1.hint2'],
      // The latest three records sent by hand are keyless, their partition left to the producer, and they landed in
      // one partition. Earlier attempts (a key, a chosen partition) do not count against it.
      goal: (ctx) => {
        const last = handAttempts(ctx).slice(-3)
        return (
          last.length === 3 &&
          last.every((a) => (a.command.key ?? null) === null && a.producerChose && a.landed !== undefined) &&
          new Set(last.map((a) => `${a.landed!.topic}-${a.landed!.partition}`)).size === 1
        )
      },
      blocked: (ctx) => {
        const latest = handAttempts(ctx).at(-1)
        if (!latest) return undefined
        if (!latest.producerChose) return 'lesson.keys.s1.blocked.partition'
        if ((latest.command.key ?? null) !== null) return 'lesson.keys.s1.blocked.key'
        return undefined
      },
      solution: [
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 1', format: 'text' } },
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 2', format: 'text' } },
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 3', format: 'text' } },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases',
        '>no key 1',
        '>no key 2',
        '>no key 3',
      ],
    },
    {
      id: 'sameKey',
      text: 'lesson.keys.s2',
      highlight: ['producer:P1', 'control:produce'],
      predict: {
        question: 'lesson.keys.s2.q',
        choices: [
          { text: 'lesson.keys.s2.q.a', correct: true },
          { text: 'lesson.keys.s2.q.b', correct: false },
          { text: 'lesson.keys.s2.q.c', correct: false },
        ],
        explanation: 'lesson.keys.s2.q.why',
      },
      task: 'lesson.keys.s2.task',
      hints: ['lesson.keys.s2.hint1', 'lesson.keys.s2.hint2'],
      // Two hand-sent records with the same key, the partition left to the producer both times, in the same partition
      // of the same topic. A partition chosen in the form proves nothing about keys.
      goal: (ctx) => {
        const seen = new Set<string>()
        for (const a of keyedChosen(ctx)) {
          const where = `${a.landed.topic}\u0000${a.landed.partition}\u0000${a.command.key}`
          if (seen.has(where)) return true
          seen.add(where)
        }
        return false
      },
      blocked: (ctx) => {
        const latest = handAttempts(ctx).at(-1)
        if (!latest) return undefined
        if (!latest.producerChose) return 'lesson.keys.s2.blocked.partition'
        if ((latest.command.key ?? null) === null) return 'lesson.keys.s2.blocked.key'
        return undefined
      },
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: 'customer-7',
            value: '{"customer":"customer-7","item":"book"}',
            format: 'json',
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: 'customer-7',
            value: '{"customer":"customer-7","item":"lamp"}',
            format: 'json',
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases --property parse.key=true --property key.separator=:',
        '>customer-7:{"customer":"customer-7","item":"book"}',
        '>customer-7:{"customer":"customer-7","item":"lamp"}',
      ],
    },
    {
      id: 'murmur2',
      text: 'lesson.keys.s3',
      highlight: ['producer:P1', 'control:createTopic', 'control:produce'],
      predict: {
        question: 'lesson.keys.s3.q',
        choices: [
          { text: 'lesson.keys.s3.q.p0', correct: murmurAnswer === 0 },
          { text: 'lesson.keys.s3.q.p1', correct: murmurAnswer === 1 },
          { text: 'lesson.keys.s3.q.p2', correct: murmurAnswer === 2 },
        ],
        explanation: 'lesson.keys.s3.q.why',
      },
      task: 'lesson.keys.s3.task',
      hints: ['lesson.keys.s3.hint1', 'lesson.keys.s3.hint2'],
      // A key sent by hand in this step (the producer choosing) to one topic, that another topic with a different
      // partition count holds in another partition number. The other record may be older than the step (customer-7
      // sent in the step before, or by P1): the key need not be sent twice here.
      goal: (ctx) => {
        for (const a of keyedChosen(ctx)) {
          const count = ctx.state.topics[a.landed.topic]?.partitions.length
          for (const other of userTopics(ctx.state)) {
            if (other.name === a.landed.topic || other.partitions.length === count) continue
            const there = holdsKey(ctx.state, other.name, a.command.key!)
            if (there !== undefined && there !== a.landed.partition) return true
          }
        }
        return false
      },
      blocked: (ctx) => {
        const latest = handAttempts(ctx).at(-1)
        if (!latest) return undefined
        if (!latest.producerChose) return 'lesson.keys.s3.blocked.partition'
        if ((latest.command.key ?? null) === null) return 'lesson.keys.s3.blocked.key'
        const count = ctx.state.topics[latest.command.topic]?.partitions.length
        if (!userTopics(ctx.state).some((t) => t.partitions.length !== count))
          return 'lesson.keys.s3.blocked.sameCount'
        return undefined
      },
      solution: [
        { command: { type: 'createTopic', name: 'orders', partitions: 4, replicationFactor: 3 } },
        { waitMs: 1000 },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: 'customer-7',
            value: '{"customer":"customer-7","item":"mug"}',
            format: 'json',
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'orders',
            key: 'customer-7',
            value: '{"customer":"customer-7","item":"mug"}',
            format: 'json',
          },
        },
        { waitMs: 5000 },
      ],
      cli: [
        'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 4 --replication-factor 3',
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic orders --property parse.key=true --property key.separator=:',
        '>customer-7:{"customer":"customer-7","item":"mug"}',
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic orders --from-beginning --property print.key=true --property print.partition=true',
      ],
    },
  ],
}
