import type { SimState } from '../../engine'
import type { Lesson } from '../types'
import { activeMembers, eventsOf, lessonScene } from './shared'

/** The group at rest, with every running member owning partitions of its own; null while it rebalances. */
function owners(state: SimState, groupId: string): string[] | null {
  const group = state.groups[groupId]
  if (!group || group.phase !== 'Stable') return null
  return activeMembers(state, groupId).filter((m) => (group.assignment[m] ?? []).length > 0)
}

const fraudMembers = (state: SimState) => state.consumers.filter((c) => c.groupId === 'fraud-check')

/**
 * "Why is my lag growing?": the course's scene with only P1 writing (2 JSON records a second). billing has one slow
 * member (half a record a second); fraud-check reads JSON and fails on anything else (Kafka's default: the poll
 * throws); purchases.DLT waits for dead letters (one replica, on broker 3, so that the stage stays one screen).
 */
export const consumerLagLesson: Lesson = {
  id: 'consumer-lag',
  title: 'lesson.consumer-lag.title',
  summary: 'lesson.consumer-lag.summary',
  scenario: lessonScene('consumer-lag', {
    extra: [
      { atMs: 0, command: { type: 'setProducerRate', producerId: 'P2', ratePerSec: 0 } },
      {
        atMs: 0,
        command: {
          type: 'createTopic',
          name: 'purchases.DLT',
          partitions: 1,
          replicationFactor: 1,
          replicaAssignment: [[3]],
        },
      },
      {
        atMs: 0,
        command: {
          type: 'addConsumer',
          groupId: 'billing',
          topic: 'purchases',
          ratePerSec: 0.5,
          maxPollRecords: 5,
        },
      },
      {
        atMs: 0,
        command: {
          type: 'addConsumer',
          groupId: 'fraud-check',
          topic: 'purchases',
          ratePerSec: 5,
          maxPollRecords: 5,
          valueFormat: 'json',
        },
      },
    ],
  }),
  steps: [
    {
      id: 'members',
      text: 'lesson.consumer-lag.s1',
      highlight: ['group:billing', 'control:addConsumer'],
      predict: {
        question: 'lesson.consumer-lag.s1.q',
        choices: [
          { text: 'lesson.consumer-lag.s1.q.a', correct: false },
          { text: 'lesson.consumer-lag.s1.q.b', correct: true },
          { text: 'lesson.consumer-lag.s1.q.c', correct: false },
        ],
        explanation: 'lesson.consumer-lag.s1.q.why',
      },
      task: 'lesson.consumer-lag.s1.task',
      hints: ['lesson.consumer-lag.s1.hint1', 'lesson.consumer-lag.s1.hint2'],
      // billing at rest with three members, each owning a partition.
      goal: ({ state }) => (owners(state, 'billing')?.length ?? 0) >= 3,
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'billing',
            topic: 'purchases',
            ratePerSec: 0.5,
            maxPollRecords: 5,
          },
        },
        {
          command: {
            type: 'addConsumer',
            groupId: 'billing',
            topic: 'purchases',
            ratePerSec: 0.5,
            maxPollRecords: 5,
          },
        },
        { waitMs: 15_000 },
      ],
      cli: ['kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group billing'],
    },
    {
      id: 'idle',
      text: 'lesson.consumer-lag.s2',
      highlight: ['group:billing'],
      predict: {
        question: 'lesson.consumer-lag.s2.q',
        choices: [
          { text: 'lesson.consumer-lag.s2.q.a', correct: false },
          { text: 'lesson.consumer-lag.s2.q.b', correct: true },
          { text: 'lesson.consumer-lag.s2.q.c', correct: false },
        ],
        explanation: 'lesson.consumer-lag.s2.q.why',
      },
    },
    {
      id: 'faster',
      text: 'lesson.consumer-lag.s3',
      highlight: ['group:billing', 'member:billing-'],
      task: 'lesson.consumer-lag.s3.task',
      hints: ['lesson.consumer-lag.s3.hint1', 'lesson.consumer-lag.s3.hint2'],
      // Every member that owns a partition processes at least 2 records a second: the group outpaces the topic.
      goal: ({ state }) => {
        const own = owners(state, 'billing')
        return (
          own !== null &&
          own.length > 0 &&
          own.every((m) => (state.consumers.find((c) => c.memberId === m)?.ratePerSec ?? 0) >= 2)
        )
      },
      solution: [
        { command: { type: 'setConsumerRate', memberId: 'billing-1', ratePerSec: 2 } },
        { command: { type: 'setConsumerRate', memberId: 'billing-2', ratePerSec: 2 } },
        { command: { type: 'setConsumerRate', memberId: 'billing-3', ratePerSec: 2 } },
      ],
      cli: ['kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group billing'],
    },
    {
      id: 'poison',
      text: 'lesson.consumer-lag.s4',
      highlight: ['group:fraud-check', 'control:produce'],
      predict: {
        question: 'lesson.consumer-lag.s4.q',
        choices: [
          { text: 'lesson.consumer-lag.s4.q.a', correct: false },
          { text: 'lesson.consumer-lag.s4.q.b', correct: false },
          { text: 'lesson.consumer-lag.s4.q.c', correct: true },
        ],
        explanation: 'lesson.consumer-lag.s4.q.why',
      },
      task: 'lesson.consumer-lag.s4.task',
      hints: ['lesson.consumer-lag.s4.hint1', 'lesson.consumer-lag.s4.hint2'],
      goal: ({ state }) => fraudMembers(state).some((c) => c.stuckAt !== null),
      solution: [
        {
          command: {
            type: 'produce',
            topic: 'purchases',
            key: null,
            value: 'oops: not JSON',
            format: 'text',
            partition: 0,
          },
        },
        { waitMs: 5000 },
      ],
      cli: [
        'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases',
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group fraud-check',
      ],
    },
    {
      id: 'deadLetter',
      text: 'lesson.consumer-lag.s5',
      highlight: ['group:fraud-check', 'member:fraud-check-', 'control:addConsumer'],
      task: 'lesson.consumer-lag.s5.task',
      hints: ['lesson.consumer-lag.s5.hint1', 'lesson.consumer-lag.s5.hint2'],
      // A record went to the dead-letter topic (or was skipped) in this step, and nobody in the group is stuck.
      goal: (ctx) =>
        eventsOf(ctx.events, 'recordNotDeserialized').some(
          (e) => e.groupId === 'fraud-check' && e.handling !== 'fail',
        ) &&
        fraudMembers(ctx.state).length > 0 &&
        fraudMembers(ctx.state).every((c) => c.stuckAt === null),
      solution: [
        { command: { type: 'removeConsumer', memberId: 'fraud-check-1' } },
        {
          command: {
            type: 'addConsumer',
            groupId: 'fraud-check',
            topic: 'purchases',
            ratePerSec: 5,
            maxPollRecords: 5,
            valueFormat: 'json',
            onDeserializationError: 'deadLetter',
            deadLetterTopic: 'purchases.DLT',
          },
        },
        { waitMs: 10_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases.DLT --from-beginning',
      ],
    },
  ],
}
