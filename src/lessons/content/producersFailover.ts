import type { Lesson } from '../types'
import { handSent, lessonScene, produceCommands, userTopics } from './shared'

/** "Producers": the producer decides the partition, partitions spread the load, a dead leader is routed around. */
export const producersFailoverLesson: Lesson = {
  id: 'producers-failover',
  title: 'lesson.producers-failover.title',
  summary: 'lesson.producers-failover.summary',
  scenario: lessonScene('producers-failover'),
  steps: [
    {
      id: 'decides',
      text: 'lesson.producers-failover.s1',
      highlight: ['producer:P1', 'producer:P2', 'control:produce'],
      predict: {
        question: 'lesson.producers-failover.s1.q',
        choices: [
          { text: 'lesson.producers-failover.s1.q.a', correct: false },
          { text: 'lesson.producers-failover.s1.q.b', correct: false },
          { text: 'lesson.producers-failover.s1.q.c', correct: true },
        ],
        explanation: 'lesson.producers-failover.s1.q.why',
      },
      task: 'lesson.producers-failover.s1.task',
      hints: ['lesson.producers-failover.s1.hint1', 'lesson.producers-failover.s1.hint2'],
      goal: (ctx) =>
        produceCommands(ctx.commands).some((c) => c.topic === 'purchases' && c.partition === 2) &&
        handSent(ctx).some((r) => r.topic === 'purchases' && r.partition === 2),
      solution: [
        { command: { type: 'produce', topic: 'purchases', key: 'customer-1', value: '{"customer":"customer-1","item":"pen"}', format: 'json', partition: 2 } },
        { waitMs: 3000 },
      ],
      cli: [
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --partition 2 --offset latest --property print.key=true --property print.offset=true',
      ],
    },
    {
      id: 'spread',
      text: 'lesson.producers-failover.s2',
      highlight: ['broker:1', 'broker:2', 'broker:3', 'control:createTopic'],
      predict: {
        question: 'lesson.producers-failover.s2.q',
        choices: [
          { text: 'lesson.producers-failover.s2.q.a', correct: false },
          { text: 'lesson.producers-failover.s2.q.b', correct: true },
          { text: 'lesson.producers-failover.s2.q.c', correct: false },
        ],
        explanation: 'lesson.producers-failover.s2.q.why',
      },
      task: 'lesson.producers-failover.s2.task',
      hints: ['lesson.producers-failover.s2.hint1', 'lesson.producers-failover.s2.hint2'],
      // A topic of 6 or more partitions whose leaders are spread evenly over the running brokers.
      goal: ({ state }) => {
        const alive = state.brokers.filter((b) => b.alive && !b.fenced).map((b) => b.id)
        return userTopics(state).some((t) => {
          if (t.partitions.length < 6 || alive.length < 2) return false
          const led = alive.map((id) => t.partitions.filter((p) => p.leader === id).length)
          return t.partitions.every((p) => p.leader !== null) && Math.max(...led) - Math.min(...led) <= 1
        })
      },
      solution: [{ command: { type: 'createTopic', name: 'clicks', partitions: 6, replicationFactor: 2 } }, { waitMs: 2000 }],
      cli: [
        'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic clicks --partitions 6 --replication-factor 2',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic clicks',
      ],
    },
    {
      id: 'failover',
      text: 'lesson.producers-failover.s3',
      highlight: ['broker:1', 'replica:purchases:0:', 'producer:P1'],
      predict: {
        question: 'lesson.producers-failover.s3.q',
        choices: [
          { text: 'lesson.producers-failover.s3.q.a', correct: false },
          { text: 'lesson.producers-failover.s3.q.b', correct: false },
          { text: 'lesson.producers-failover.s3.q.c', correct: true },
        ],
        explanation: 'lesson.producers-failover.s3.q.why',
      },
      task: 'lesson.producers-failover.s3.task',
      hints: ['lesson.producers-failover.s3.hint1', 'lesson.producers-failover.s3.hint2'],
      // purchases-0 lost its leader (now dead), got a new one, and a producer then wrote to it there.
      goal: ({ state, events }) => {
        const electedAt = events.findIndex(
          (e) =>
            e.type === 'leaderElected' &&
            e.topic === 'purchases' &&
            e.partition === 0 &&
            e.previousLeader !== null &&
            e.leader !== null &&
            e.leader !== e.previousLeader &&
            state.brokers.some((b) => b.id === e.previousLeader && !b.alive),
        )
        const election = events[electedAt]
        if (!election || election.type !== 'leaderElected') return false
        return events.some(
          (e, i) => i > electedAt && e.type === 'recordAppended' && e.topic === 'purchases' && e.partition === 0 && e.brokerId === election.leader,
        )
      },
      solution: [{ command: { type: 'killBroker', brokerId: 1 } }, { waitMs: 25_000 }],
      cli: ['kill -9 <pid of broker 1>', 'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases'],
    },
    {
      id: 'return',
      text: 'lesson.producers-failover.s4',
      highlight: ['broker:1', 'replica:purchases:0:'],
      task: 'lesson.producers-failover.s4.task',
      hints: ['lesson.producers-failover.s4.hint1', 'lesson.producers-failover.s4.hint2'],
      // A broker restarted and then caught up into the ISR of purchases-0.
      goal: ({ events }) => {
        const restarted = new Set<number>()
        for (const e of events) {
          if (e.type === 'brokerRestarted') restarted.add(e.brokerId)
          else if (e.type === 'isrExpanded' && e.topic === 'purchases' && e.partition === 0 && restarted.has(e.brokerId)) return true
        }
        return false
      },
      solution: [{ command: { type: 'restartBroker', brokerId: 1 } }, { waitMs: 20_000 }],
      cli: [
        'bin/kafka-server-start.sh config/broker-1.properties',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
        'kafka-leader-election.sh --bootstrap-server localhost:9092 --election-type preferred --topic purchases --partition 0',
      ],
    },
  ],
}
