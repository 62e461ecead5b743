import type { Lesson } from '../types'
import { activeMembers, eventsOf, lessonScene } from './shared'

/**
 * "Rebalances and duplicates": the course's scene with shipping (two static members, auto-commit every 5 s) and
 * reports, a member that takes 20 records a poll at one a second against a 10 s max.poll.interval.ms.
 */
export const rebalancesLesson: Lesson = {
  id: 'rebalances',
  title: 'lesson.rebalances.title',
  summary: 'lesson.rebalances.summary',
  scenario: lessonScene('rebalances', {
    extra: [
      ...['shipping-a', 'shipping-b'].map((groupInstanceId) => ({
        atMs: 0,
        command: {
          type: 'addConsumer' as const,
          groupId: 'shipping',
          topic: 'purchases',
          ratePerSec: 3,
          maxPollRecords: 5,
          groupInstanceId,
        },
      })),
      {
        atMs: 0,
        command: {
          type: 'addConsumer',
          groupId: 'reports',
          topic: 'purchases',
          autoOffsetReset: 'earliest',
          ratePerSec: 1,
          maxPollRecords: 20,
          maxPollIntervalMs: 10_000,
        },
      },
    ],
  }),
  steps: [
    {
      id: 'crash',
      text: 'lesson.rebalances.s1',
      highlight: ['group:shipping', 'member:shipping-'],
      predict: {
        question: 'lesson.rebalances.s1.q',
        choices: [
          { text: 'lesson.rebalances.s1.q.a', correct: false },
          { text: 'lesson.rebalances.s1.q.b', correct: true },
          { text: 'lesson.rebalances.s1.q.c', correct: false },
        ],
        explanation: 'lesson.rebalances.s1.q.why',
      },
      task: 'lesson.rebalances.s1.task',
      hints: ['lesson.rebalances.s1.hint1', 'lesson.rebalances.s1.hint2'],
      goal: (ctx) =>
        eventsOf(ctx.events, 'recordProcessed').some((e) => e.groupId === 'shipping' && e.duplicate),
      solution: [
        { waitMs: 8000 },
        { command: { type: 'crashConsumer', memberId: 'shipping-1' } },
        { waitMs: 55_000 },
      ],
      cli: [
        'kill -9 <pid of consumer shipping-1>',
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group shipping',
      ],
    },
    {
      id: 'pollLoop',
      text: 'lesson.rebalances.s2',
      highlight: ['group:reports', 'member:reports-'],
      task: 'lesson.rebalances.s2.task',
      hints: ['lesson.rebalances.s2.hint1', 'lesson.rebalances.s2.hint2'],
      // reports' committed offsets moved on by 20 records or more during the step (a looping member commits nothing).
      goal: (ctx) => {
        const low = new Map<number, number>()
        const high = new Map<number, number>()
        for (const e of eventsOf(ctx.events, 'offsetsCommitted')) {
          if (e.groupId !== 'reports') continue
          for (const [p, o] of Object.entries(e.offsets)) {
            low.set(Number(p), Math.min(low.get(Number(p)) ?? o, o))
            high.set(Number(p), Math.max(high.get(Number(p)) ?? o, o))
          }
        }
        let moved = 0
        for (const [p, o] of high) moved += o - (low.get(p) ?? o)
        return moved >= 20
      },
      solution: [
        { command: { type: 'setConsumerRate', memberId: 'reports-1', ratePerSec: 5 } },
        { waitMs: 30_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group reports --consumer-property max.poll.records=5',
      ],
    },
    {
      id: 'static',
      text: 'lesson.rebalances.s3',
      highlight: ['group:shipping', 'member:shipping-', 'control:addConsumer'],
      task: 'lesson.rebalances.s3.task',
      hints: ['lesson.rebalances.s3.hint1', 'lesson.rebalances.s3.hint2'],
      goal: (ctx) => eventsOf(ctx.events, 'staticMemberReplaced').some((e) => e.groupId === 'shipping'),
      solution: [
        { command: { type: 'crashConsumer', memberId: 'shipping-2' } },
        { waitMs: 5000 },
        {
          command: {
            type: 'addConsumer',
            groupId: 'shipping',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
            groupInstanceId: 'shipping-b',
          },
        },
        { waitMs: 5000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group shipping --consumer-property group.instance.id=shipping-b',
      ],
    },
    {
      id: 'protocols',
      text: 'lesson.rebalances.s4',
      highlight: ['group:shipping', 'control:addConsumer'],
      predict: {
        question: 'lesson.rebalances.s4.q',
        choices: [
          { text: 'lesson.rebalances.s4.q.a', correct: false },
          { text: 'lesson.rebalances.s4.q.b', correct: true },
          { text: 'lesson.rebalances.s4.q.c', correct: false },
        ],
        explanation: 'lesson.rebalances.s4.q.why',
      },
      task: 'lesson.rebalances.s4.task',
      hints: ['lesson.rebalances.s4.hint1', 'lesson.rebalances.s4.hint2'],
      // A consumer-protocol group at rest with three running members, which reconciled at least twice in the step.
      goal: (ctx) =>
        Object.values(ctx.state.groups).some(
          (g) =>
            g.protocol === 'consumer' &&
            g.phase === 'Stable' &&
            activeMembers(ctx.state, g.groupId).length >= 3 &&
            eventsOf(ctx.events, 'rebalanceStarted').filter((e) => e.groupId === g.groupId).length >= 2,
        ),
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'shipping-kip',
            topic: 'purchases',
            groupProtocol: 'consumer',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        {
          command: {
            type: 'addConsumer',
            groupId: 'shipping-kip',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        { waitMs: 15_000 },
        {
          command: {
            type: 'addConsumer',
            groupId: 'shipping-kip',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        { waitMs: 20_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group shipping-kip --consumer-property group.protocol=consumer',
      ],
    },
  ],
}
