import type { Lesson } from '../types'
import { eventsOf, handSent, lessonScene, userTopics } from './shared'

/** "Kafka topics": a named stream of data, any format, no queries, as many topics as you like. */
export const topicsLesson: Lesson = {
  id: 'topics',
  title: 'lesson.topics.title',
  summary: 'lesson.topics.summary',
  scenario: lessonScene('topics'),
  steps: [
    {
      id: 'stream',
      text: 'lesson.topics.s1',
      highlight: ['replica:purchases:'],
      cli: ['kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases'],
    },
    {
      id: 'anyFormat',
      text: 'lesson.topics.s2',
      highlight: ['producer:P1', 'producer:P2', 'control:produce'],
      predict: {
        question: 'lesson.topics.s2.q',
        choices: [
          { text: 'lesson.topics.s2.q.a', correct: false },
          { text: 'lesson.topics.s2.q.b', correct: true },
          { text: 'lesson.topics.s2.q.c', correct: false },
        ],
        explanation: 'lesson.topics.s2.q.why',
      },
      task: 'lesson.topics.s2.task',
      hints: ['lesson.topics.s2.hint1', 'lesson.topics.s2.hint2'],
      // Two hand-sent records stored with different formats: the broker took whatever it was given.
      goal: (ctx) => new Set(handSent(ctx).flatMap((r) => (r.record ? [r.record.format] : []))).size >= 2,
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: '{"order":1001,"item":"book","amount":12.5}',
            format: 'json',
          },
        },
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: 'order 1002: a lamp for 30.00',
            format: 'text',
          },
        },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases',
        '>{"order":1001,"item":"book","amount":12.5}',
        '>order 1002: a lamp for 30.00',
      ],
    },
    {
      id: 'manyTopics',
      text: 'lesson.topics.s3',
      highlight: ['control:createTopic'],
      predict: {
        question: 'lesson.topics.s3.q',
        choices: [
          { text: 'lesson.topics.s3.q.a', correct: false },
          { text: 'lesson.topics.s3.q.b', correct: true },
          { text: 'lesson.topics.s3.q.c', correct: false },
        ],
        explanation: 'lesson.topics.s3.q.why',
      },
      task: 'lesson.topics.s3.task',
      hints: ['lesson.topics.s3.hint1', 'lesson.topics.s3.hint2'],
      goal: ({ state }) => userTopics(state).some((t) => t.name !== 'purchases'),
      solution: [{ command: { type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 } }],
      cli: [
        'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic logs --partitions 2 --replication-factor 2',
        'kafka-topics.sh --bootstrap-server localhost:9092 --list',
      ],
    },
    {
      id: 'noQueries',
      text: 'lesson.topics.s4',
      highlight: ['control:addConsumer'],
      task: 'lesson.topics.s4.task',
      hints: ['lesson.topics.s4.hint1', 'lesson.topics.s4.hint2'],
      goal: ({ events }) => eventsOf(events, 'recordProcessed').length > 0,
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'reader',
            topic: 'purchases',
            autoOffsetReset: 'earliest',
          },
        },
        { waitMs: 15000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group reader --from-beginning',
      ],
    },
  ],
}
