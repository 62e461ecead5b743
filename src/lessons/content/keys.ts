import { explainKeyPartition } from '../../engine'
import type { Lesson } from '../types'
import { handSent, lessonScene, produceCommands } from './shared'

/** The key the murmur2 question asks about: its hash is negative, and Math.abs would send it elsewhere. */
export const MURMUR_KEY = 'customer-9'
const murmurAnswer = explainKeyPartition(MURMUR_KEY, 3).partition

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
      // Three keyless records sent by hand, the partition left to the producer: all in one partition.
      goal: (ctx) => {
        const chosenByProducer = produceCommands(ctx.commands).filter((c) => (c.key ?? null) === null && c.partition === undefined)
        const keyless = handSent(ctx).filter((r) => r.record !== undefined && r.record.key === null)
        return chosenByProducer.length >= 3 && keyless.length >= 3 && new Set(keyless.map((r) => `${r.topic}-${r.partition}`)).size === 1
      },
      solution: [
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 1', format: 'text' } },
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 2', format: 'text' } },
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'no key 3', format: 'text' } },
        { waitMs: 3000 },
      ],
      cli: ['kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases', '>no key 1', '>no key 2', '>no key 3'],
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
      // Two hand-sent records with the same key, in the same partition of the same topic.
      goal: (ctx) => {
        const seen = new Set<string>()
        for (const r of handSent(ctx)) {
          const key = r.record?.key
          if (key === null || key === undefined) continue
          const where = `${r.topic}\u0000${r.partition}\u0000${key}`
          if (seen.has(where)) return true
          seen.add(where)
        }
        return false
      },
      solution: [
        { command: { type: 'produce', topic: 'purchases', key: 'customer-7', value: '{"customer":"customer-7","item":"book"}', format: 'json' } },
        { command: { type: 'produce', topic: 'purchases', key: 'customer-7', value: '{"customer":"customer-7","item":"lamp"}', format: 'json' } },
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
      // The same key sent by hand to two topics with different partition counts, landing in different partitions.
      goal: (ctx) => {
        const byKey = new Map<string, { count: number; partition: number }[]>()
        for (const r of handSent(ctx)) {
          const key = r.record?.key
          const count = ctx.state.topics[r.topic]?.partitions.length
          if (key === null || key === undefined || count === undefined) continue
          const list = byKey.get(key) ?? []
          list.push({ count, partition: r.partition })
          byKey.set(key, list)
        }
        for (const list of byKey.values()) {
          if (list.some((a) => list.some((b) => a.count !== b.count && a.partition !== b.partition))) return true
        }
        return false
      },
      solution: [
        { command: { type: 'createTopic', name: 'orders', partitions: 4, replicationFactor: 3 } },
        { waitMs: 1000 },
        { command: { type: 'produce', topic: 'purchases', key: 'customer-7', value: '{"customer":"customer-7","item":"mug"}', format: 'json' } },
        { command: { type: 'produce', topic: 'orders', key: 'customer-7', value: '{"customer":"customer-7","item":"mug"}', format: 'json' } },
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
