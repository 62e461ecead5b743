import type { Lesson } from '../types'
import { eventsOf, handAttempts, lessonScene, userTopics } from './shared'

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
      // The latest hand-sent record named partition 2 of purchases, and landed there.
      goal: (ctx) => {
        const a = handAttempts(ctx).at(-1)
        return (
          a !== undefined &&
          a.command.topic === 'purchases' &&
          a.command.partition === 2 &&
          a.landed?.partition === 2
        )
      },
      blocked: (ctx) => {
        const a = handAttempts(ctx).at(-1)
        if (a && (a.command.topic !== 'purchases' || a.command.partition !== 2))
          return 'lesson.producers-failover.s1.blocked'
        return undefined
      },
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: 'customer-1',
            value: '{"customer":"customer-1","item":"pen"}',
            format: 'json',
            partition: 2,
          },
        },
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
      solution: [
        { command: { type: 'createTopic', name: 'clicks', partitions: 6, replicationFactor: 2 } },
        { waitMs: 2000 },
      ],
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
          (e, i) =>
            i > electedAt &&
            e.type === 'recordAppended' &&
            e.topic === 'purchases' &&
            e.partition === 0 &&
            e.brokerId === election.leader,
        )
      },
      // A broker was stopped that does not lead purchases-0 (and never did in this step): no election will come.
      blocked: ({ state, events }) => {
        const p0 = state.topics['purchases']?.partitions[0]
        const electedAway = new Set(
          eventsOf(events, 'leaderElected').flatMap((e) =>
            e.topic === 'purchases' && e.partition === 0 && e.previousLeader !== null
              ? [e.previousLeader as number]
              : [],
          ),
        )
        const wrong = eventsOf(events, 'brokerKilled').some(
          (e) =>
            p0 !== undefined &&
            p0.leader !== e.brokerId &&
            !electedAway.has(e.brokerId) &&
            state.brokers.some((b) => b.id === e.brokerId && !b.alive),
        )
        return wrong ? 'lesson.producers-failover.s3.blocked' : undefined
      },
      solution: [{ command: { type: 'killBroker', brokerId: 1 } }, { waitMs: 25_000 }],
      cli: [
        'kill -9 <pid of broker 1>',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
      ],
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
          else if (
            e.type === 'isrExpanded' &&
            e.topic === 'purchases' &&
            e.partition === 0 &&
            restarted.has(e.brokerId)
          )
            return true
        }
        return false
      },
      // Every broker is running and none was restarted here: broker 1 came back before this step.
      blocked: ({ state, events }) =>
        state.brokers.every((b) => b.alive) &&
        eventsOf(events, 'brokerRestarted').length === 0 &&
        eventsOf(events, 'brokerKilled').length === 0
          ? 'lesson.producers-failover.s4.blocked'
          : undefined,
      solution: [{ command: { type: 'restartBroker', brokerId: 1 } }, { waitMs: 20_000 }],
      cli: [
        'bin/kafka-server-start.sh config/broker-1.properties',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
        'kafka-leader-election.sh --bootstrap-server localhost:9092 --election-type preferred --topic purchases --partition 0',
      ],
    },
  ],
}
