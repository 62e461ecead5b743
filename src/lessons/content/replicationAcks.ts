import type { Lesson } from '../types'
import { eventsOf, lessonScene } from './shared'

/** "Replication and acks": replicas, ISR, high watermark; acks=1 can lose a write, acks=all with min ISR 2 refuses it. */
export const replicationAcksLesson: Lesson = {
  id: 'replication-acks',
  title: 'lesson.replication-acks.title',
  summary: 'lesson.replication-acks.summary',
  scenario: lessonScene('replication-acks'),
  steps: [
    {
      id: 'replicas',
      text: 'lesson.replication-acks.s1',
      highlight: ['replica:purchases:0:'],
      predict: {
        question: 'lesson.replication-acks.s1.q',
        choices: [
          { text: 'lesson.replication-acks.s1.q.a', correct: false },
          { text: 'lesson.replication-acks.s1.q.b', correct: true },
          { text: 'lesson.replication-acks.s1.q.c', correct: false },
        ],
        explanation: 'lesson.replication-acks.s1.q.why',
      },
      cli: ['kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases'],
    },
    {
      id: 'isr',
      text: 'lesson.replication-acks.s2',
      highlight: ['slot:purchases:0:', 'replica:purchases:0:', 'broker:3'],
      predict: {
        question: 'lesson.replication-acks.s2.q',
        choices: [
          { text: 'lesson.replication-acks.s2.q.a', correct: false },
          { text: 'lesson.replication-acks.s2.q.b', correct: true },
          { text: 'lesson.replication-acks.s2.q.c', correct: false },
        ],
        explanation: 'lesson.replication-acks.s2.q.why',
      },
      task: 'lesson.replication-acks.s2.task',
      hints: ['lesson.replication-acks.s2.hint1', 'lesson.replication-acks.s2.hint2'],
      // A broker left the ISR of a partition and later came back into it.
      goal: ({ events }) => {
        const left = new Set<string>()
        for (const e of events) {
          if (e.type === 'isrShrunk') left.add(`${e.topic}-${e.partition}/${e.brokerId}`)
          else if (e.type === 'isrExpanded' && left.has(`${e.topic}-${e.partition}/${e.brokerId}`))
            return true
        }
        return false
      },
      solution: [
        { command: { type: 'killBroker', brokerId: 3 } },
        { waitMs: 12_000 },
        { command: { type: 'restartBroker', brokerId: 3 } },
        { waitMs: 20_000 },
      ],
      cli: [
        'kill -9 <pid of broker 3>',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --under-replicated-partitions',
        'bin/kafka-server-start.sh config/broker-3.properties',
      ],
    },
    {
      id: 'acks1',
      text: 'lesson.replication-acks.s3',
      highlight: ['producer:', 'broker:1', 'replica:purchases:0:'],
      predict: {
        question: 'lesson.replication-acks.s3.q',
        choices: [
          { text: 'lesson.replication-acks.s3.q.a', correct: false },
          { text: 'lesson.replication-acks.s3.q.b', correct: true },
          { text: 'lesson.replication-acks.s3.q.c', correct: false },
        ],
        explanation: 'lesson.replication-acks.s3.q.why',
      },
      task: 'lesson.replication-acks.s3.task',
      hints: ['lesson.replication-acks.s3.hint1', 'lesson.replication-acks.s3.hint2'],
      // Records an acks=1 producer had been told were written were later lost from the log.
      goal: ({ state, events }) => {
        const acks1 = new Set(state.producers.filter((p) => p.config.acks === '1').map((p) => p.id as string))
        const acked = eventsOf(events, 'produceAcked').filter((a) => acks1.has(a.producerId))
        return eventsOf(events, 'recordsLost').some((l) =>
          acked.some(
            (a) =>
              a.topic === l.topic &&
              a.partition === l.partition &&
              a.baseOffset < l.toOffset &&
              a.baseOffset + a.recordCount > l.fromOffset,
          ),
        )
      },
      // The broker stopped last (still down) was stopped before any acks=1 producer had a write acknowledged: that
      // stop can lose nothing acknowledged.
      blocked: ({ state, events }) => {
        const acks1 = new Set(state.producers.filter((p) => p.config.acks === '1').map((p) => p.id as string))
        const firstAck = events.findIndex((e) => e.type === 'produceAcked' && acks1.has(e.producerId))
        const lastKill = events.findLastIndex((e) => e.type === 'brokerKilled')
        const killed = events[lastKill]
        if (
          !killed ||
          killed.type !== 'brokerKilled' ||
          !state.brokers.some((b) => b.id === killed.brokerId && !b.alive)
        )
          return undefined
        return firstAck < 0 || lastKill < firstAck ? 'lesson.replication-acks.s3.blocked' : undefined
      },
      solution: [
        {
          command: {
            type: 'addProducer',
            topic: 'purchases',
            id: 'P3',
            keys: 'customers',
            ratePerSec: 5,
            acks: '1',
            enableIdempotence: false,
            format: 'json',
          },
        },
        { waitMs: 5000 },
        { command: { type: 'killBroker', brokerId: 1 } },
        { waitMs: 20_000 },
      ],
      cli: [
        'kafka-producer-perf-test.sh --topic purchases --num-records 1000000 --record-size 100 --throughput 5 --producer-props bootstrap.servers=localhost:9092 acks=1 enable.idempotence=false',
        'kill -9 <pid of broker 1>',
      ],
    },
    {
      id: 'minIsr',
      text: 'lesson.replication-acks.s4',
      highlight: ['broker:2', 'producer:P1'],
      predict: {
        question: 'lesson.replication-acks.s4.q',
        choices: [
          { text: 'lesson.replication-acks.s4.q.a', correct: false },
          { text: 'lesson.replication-acks.s4.q.b', correct: true },
          { text: 'lesson.replication-acks.s4.q.c', correct: false },
        ],
        explanation: 'lesson.replication-acks.s4.q.why',
      },
      task: 'lesson.replication-acks.s4.task',
      hints: ['lesson.replication-acks.s4.hint1', 'lesson.replication-acks.s4.hint2'],
      goal: ({ events }) => eventsOf(events, 'produceFailed').some((e) => e.error === 'NOT_ENOUGH_REPLICAS'),
      solution: [{ command: { type: 'killBroker', brokerId: 2 } }, { waitMs: 20_000 }],
      cli: [
        'kafka-configs.sh --bootstrap-server localhost:9092 --describe --entity-type topics --entity-name purchases',
        'kill -9 <pid of broker 2>',
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --under-min-isr-partitions',
      ],
    },
  ],
}
