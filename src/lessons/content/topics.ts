import { defaultScenario } from '../../scenarios/builtins'
import type { Lesson } from '../types'

/** "Kafka topics": a named stream, any format, no queries, as many topics as you like. */
export const topicsLesson: Lesson = {
  id: 'topics',
  title: 'lesson.topics.title',
  summary: 'lesson.topics.summary',
  scenario: { ...defaultScenario, id: 'lesson-topics', commands: defaultScenario.commands.filter((c) => c.command.type !== 'addConsumer') },
  steps: [
    { id: 'stream', text: 'lesson.topics.s1', highlight: ['replica:purchases:'] },
    { id: 'formats', text: 'lesson.topics.s2', highlight: ['producer:'] },
    {
      id: 'create',
      text: 'lesson.topics.s3',
      task: 'lesson.topics.s3.task',
      hints: ['lesson.topics.s3.hint1', 'lesson.topics.s3.hint2'],
      highlight: ['control:createTopic'],
      goal: ({ state }) => Object.values(state.topics).some((t) => !t.internal && t.name !== 'purchases'),
      solution: [{ command: { type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 } }],
      cli: ['kafka-topics.sh --bootstrap-server localhost:9092 --create --topic logs --partitions 2 --replication-factor 2'],
    },
    {
      id: 'anyFormat',
      text: 'lesson.topics.s4',
      task: 'lesson.topics.s4.task',
      hints: ['lesson.topics.s4.hint1'],
      highlight: ['control:produce'],
      goal: ({ events }) => events.some((e) => e.type === 'recordAppended' && e.producerId.startsWith('console-')),
      solution: [
        { command: { type: 'produce', topic: 'purchases', key: null, value: 'plain text is fine too', format: 'text' } },
        { waitMs: 2000 },
      ],
      cli: ['kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases'],
    },
  ],
}
