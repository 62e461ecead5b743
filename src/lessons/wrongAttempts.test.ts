import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Command, Simulation } from '../engine'
import type { MessageKey } from '../i18n/en'
import { translate, type Lang } from '../i18n/translate'
import { setLang } from '../i18n/useT'
import { LESSONS } from './catalog'
import { fork, playMoves, walkLesson, type MovesRun } from './stepReplay'
import type { LessonStep, SolutionMove } from './types'

/** A plausible mistake a student makes in a step: the opposite setting, the wrong partition, another step's action. */
interface WrongAttempt {
  name: string
  moves: SolutionMove[]
  /** What the step then says blocks it, if it says anything. */
  blocked?: MessageKey
  /**
   * The step's solution (or these moves) played after the mistake still meets the goal: the goal judges the latest
   * attempt, and an earlier mistake does not lock the step.
   */
  recovers?: true | SolutionMove[]
}

const c = (command: Command): SolutionMove => ({ command })
const wait = (waitMs: number): SolutionMove => ({ waitMs })
const send = (
  value: string,
  extra: { key?: string | null; partition?: number; topic?: string; format?: 'json' | 'text' | 'avro' } = {},
) =>
  c({
    type: 'produce',
    topic: extra.topic ?? 'purchases',
    key: extra.key ?? null,
    value,
    format: extra.format ?? 'text',
    ...(extra.partition !== undefined ? { partition: extra.partition } : {}),
  })

const billing = () =>
  c({ type: 'addConsumer', groupId: 'billing', topic: 'purchases', ratePerSec: 0.5, maxPollRecords: 5 })
const fraudCheck = (extra: Partial<Extract<Command, { type: 'addConsumer' }>>) =>
  c({
    type: 'addConsumer',
    groupId: 'fraud-check',
    topic: 'purchases',
    ratePerSec: 5,
    maxPollRecords: 5,
    valueFormat: 'json',
    ...extra,
  })

/** For every step that has a goal, at least one wrong attempt (lesson id, then step id). */
const WRONG: Record<string, Record<string, WrongAttempt[]>> = {
  topics: {
    anyFormat: [
      {
        name: 'two records in the same format',
        moves: [send('{"a":1}', { format: 'json' }), send('{"a":2}', { format: 'json' }), wait(3000)],
        recovers: true,
      },
    ],
    manyTopics: [
      {
        name: 'creating purchases again (refused)',
        moves: [c({ type: 'createTopic', name: 'purchases', partitions: 3, replicationFactor: 3 })],
      },
      {
        name: 'the step before’s action',
        moves: [send('{"a":1}', { format: 'json' }), send('plain', { format: 'text' }), wait(3000)],
      },
    ],
    noQueries: [
      {
        name: 'a consumer of an empty topic',
        moves: [
          c({ type: 'addConsumer', groupId: 'reader', topic: 'logs', autoOffsetReset: 'earliest' }),
          wait(15_000),
        ],
      },
      {
        name: 'creating another topic',
        moves: [c({ type: 'createTopic', name: 'more', partitions: 1, replicationFactor: 1 })],
      },
    ],
  },
  'partitions-offsets': {
    offsets: [
      { name: 'partition 0 instead of 1', moves: [send('x', { partition: 0 }), wait(3000)], recovers: true },
      { name: 'partition 2 instead of 1', moves: [send('x', { partition: 2 }), wait(3000)], recovers: true },
    ],
    meaning: [
      {
        name: 'both records to partition 0',
        moves: [send('a', { partition: 0 }), send('b', { partition: 0 }), wait(3000)],
      },
    ],
    order: [
      {
        name: 'three records to partition 1',
        moves: [
          send('1', { partition: 1 }),
          send('2', { partition: 1 }),
          send('3', { partition: 1 }),
          wait(3000),
        ],
        blocked: 'lesson.partitions-offsets.s4.blocked',
        recovers: true,
      },
      {
        name: 'three records the producer places',
        moves: [send('1'), send('2'), send('3'), wait(3000)],
        blocked: 'lesson.partitions-offsets.s4.blocked',
        recovers: true,
      },
      {
        name: 'two to partition 2, the last to partition 0',
        moves: [
          send('1', { partition: 2 }),
          send('2', { partition: 2 }),
          send('3', { partition: 0 }),
          wait(3000),
        ],
        blocked: 'lesson.partitions-offsets.s4.blocked',
        recovers: true,
      },
    ],
    many: [
      {
        name: 'a topic of 5 partitions',
        moves: [c({ type: 'createTopic', name: 'clicks', partitions: 5, replicationFactor: 2 }), wait(1000)],
      },
    ],
  },
  'immutability-retention': {
    immutable: [
      {
        name: 'the correction sent to a partition chosen by hand',
        moves: [
          send('{"customer":"customer-1","correction":true}', {
            key: 'customer-1',
            partition: 2,
            format: 'json',
          }),
          wait(3000),
        ],
        blocked: 'lesson.immutability-retention.s1.blocked.partition',
        recovers: true,
      },
      {
        name: 'the correction sent to the partition the key picks, but chosen by hand',
        moves: [
          send('{"customer":"customer-1","correction":true}', {
            key: 'customer-1',
            partition: 0,
            format: 'json',
          }),
          wait(3000),
        ],
        blocked: 'lesson.immutability-retention.s1.blocked.partition',
        recovers: true,
      },
      {
        name: 'a correction without a key',
        moves: [send('{"customer":"customer-1"}', { format: 'json' }), wait(3000)],
        blocked: 'lesson.immutability-retention.s1.blocked.key',
        recovers: true,
      },
      {
        name: 'another customer’s key',
        moves: [send('{"customer":"customer-2"}', { key: 'customer-2', format: 'json' }), wait(3000)],
        blocked: 'lesson.immutability-retention.s1.blocked.key',
        recovers: true,
      },
    ],
    week: [
      {
        name: 'a day instead of a week',
        moves: [c({ type: 'quietProducers', forMs: 86_400_000 }), wait(86_400_000), wait(60_000)],
      },
    ],
    readingKeeps: [
      {
        name: 'a group that starts at latest',
        moves: [
          c({ type: 'addConsumer', groupId: 'audit', topic: 'purchases', autoOffsetReset: 'latest' }),
          wait(20_000),
        ],
      },
    ],
  },
  keys: {
    keyless: [
      {
        name: 'three keyless records to a partition chosen by hand (the form left on partition 2)',
        moves: [
          send('a', { partition: 2 }),
          send('b', { partition: 2 }),
          send('c', { partition: 2 }),
          wait(3000),
        ],
        blocked: 'lesson.keys.s1.blocked.partition',
        recovers: true,
      },
      {
        name: 'three records with a key',
        moves: [
          send('a', { key: 'customer-7' }),
          send('b', { key: 'customer-7' }),
          send('c', { key: 'customer-7' }),
          wait(3000),
        ],
        blocked: 'lesson.keys.s1.blocked.key',
        recovers: true,
      },
      { name: 'only two records', moves: [send('a'), send('b'), wait(3000)], recovers: true },
    ],
    sameKey: [
      {
        name: 'the same key twice to a partition chosen by hand',
        moves: [
          send('a', { key: 'customer-7', partition: 0 }),
          send('b', { key: 'customer-7', partition: 0 }),
          wait(3000),
        ],
        blocked: 'lesson.keys.s2.blocked.partition',
        recovers: true,
      },
      {
        name: 'the same key to two partitions chosen by hand',
        moves: [
          send('a', { key: 'customer-7', partition: 0 }),
          send('b', { key: 'customer-7', partition: 1 }),
          wait(3000),
        ],
        blocked: 'lesson.keys.s2.blocked.partition',
        recovers: true,
      },
      {
        name: 'two keyless records (the step before’s action)',
        moves: [send('a'), send('b'), wait(3000)],
        blocked: 'lesson.keys.s2.blocked.key',
        recovers: true,
      },
      {
        name: 'two different keys',
        moves: [send('a', { key: 'customer-7' }), send('b', { key: 'customer-8' }), wait(3000)],
      },
    ],
    murmur2: [
      {
        name: 'a topic with as many partitions as purchases',
        moves: [
          c({ type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 3 }),
          wait(1000),
          send('a', { key: 'customer-7', topic: 'orders' }),
          wait(5000),
        ],
        blocked: 'lesson.keys.s3.blocked.sameCount',
      },
      {
        name: 'the key sent to a partition chosen by hand',
        moves: [
          c({ type: 'createTopic', name: 'orders', partitions: 4, replicationFactor: 3 }),
          wait(1000),
          send('a', { key: 'customer-7', topic: 'orders', partition: 2 }),
          wait(5000),
        ],
        blocked: 'lesson.keys.s3.blocked.partition',
      },
      {
        name: 'the step before’s action',
        moves: [send('a', { key: 'customer-7' }), send('b', { key: 'customer-7' }), wait(3000)],
        blocked: 'lesson.keys.s3.blocked.sameCount',
      },
    ],
  },
  'producers-failover': {
    decides: [
      {
        name: 'letting the producer decide',
        moves: [send('x', { key: 'customer-1' }), wait(3000)],
        blocked: 'lesson.producers-failover.s1.blocked',
        recovers: true,
      },
      {
        name: 'partition 1 instead of 2',
        moves: [send('x', { partition: 1 }), wait(3000)],
        blocked: 'lesson.producers-failover.s1.blocked',
        recovers: true,
      },
    ],
    spread: [
      {
        name: 'a topic of 5 partitions',
        moves: [c({ type: 'createTopic', name: 'clicks', partitions: 5, replicationFactor: 2 }), wait(2000)],
      },
    ],
    failover: [
      {
        name: 'killing a broker that does not lead purchases-0',
        moves: [c({ type: 'killBroker', brokerId: 3 }), wait(25_000)],
        blocked: 'lesson.producers-failover.s3.blocked',
      },
    ],
    return: [
      { name: 'waiting without restarting', moves: [wait(20_000)] },
      { name: 'killing another broker', moves: [c({ type: 'killBroker', brokerId: 2 }), wait(20_000)] },
    ],
  },
  consumers: {
    services: [
      {
        name: 'a new group reading from latest',
        moves: [
          c({ type: 'addConsumer', groupId: 'analytics', topic: 'purchases', autoOffsetReset: 'latest' }),
          wait(15_000),
        ],
        blocked: 'lesson.consumers.s1.blocked',
        // The blocked reason's advice: a group with a new name, from earliest (analytics has committed offsets now).
        recovers: [
          c({ type: 'addConsumer', groupId: 'analytics-2', topic: 'purchases', autoOffsetReset: 'earliest' }),
          wait(15_000),
        ],
      },
      {
        name: 'a member added to an existing group',
        moves: [
          c({
            type: 'addConsumer',
            groupId: 'location-service',
            topic: 'purchases',
            autoOffsetReset: 'earliest',
          }),
          wait(15_000),
        ],
      },
    ],
    owners: [
      {
        name: 'a new group of one',
        moves: [c({ type: 'addConsumer', groupId: 'solo', topic: 'purchases' }), wait(15_000)],
      },
    ],
    idle: [
      {
        name: 'as many members as partitions',
        moves: [
          c({
            type: 'addConsumer',
            groupId: 'location-service',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          }),
          wait(15_000),
        ],
      },
    ],
  },
  'replication-acks': {
    isr: [
      {
        name: 'killing broker 3 without restarting it',
        moves: [c({ type: 'killBroker', brokerId: 3 }), wait(32_000)],
      },
    ],
    acks1: [
      {
        name: 'an acks=all producer',
        moves: [
          c({
            type: 'addProducer',
            topic: 'purchases',
            id: 'P3',
            keys: 'customers',
            ratePerSec: 5,
            acks: 'all',
            format: 'json',
          }),
          wait(5000),
          c({ type: 'killBroker', brokerId: 1 }),
          wait(20_000),
        ],
      },
      {
        name: 'the leader killed before the acks=1 producer wrote',
        moves: [
          c({ type: 'killBroker', brokerId: 1 }),
          wait(20_000),
          c({
            type: 'addProducer',
            topic: 'purchases',
            id: 'P3',
            keys: 'customers',
            ratePerSec: 5,
            acks: '1',
            enableIdempotence: false,
            format: 'json',
          }),
          wait(10_000),
        ],
        blocked: 'lesson.replication-acks.s3.blocked',
      },
    ],
    minIsr: [
      {
        name: 'restarting broker 1 instead',
        moves: [c({ type: 'restartBroker', brokerId: 1 }), wait(20_000)],
      },
    ],
  },
  'consumer-lag': {
    members: [{ name: 'only one more member', moves: [billing(), wait(15_000)], recovers: true }],
    faster: [
      {
        name: 'speeding up one member',
        moves: [c({ type: 'setConsumerRate', memberId: 'billing-1', ratePerSec: 2 })],
        recovers: true,
      },
      { name: 'a fourth, idle member instead', moves: [billing(), wait(15_000)], recovers: true },
    ],
    poison: [
      {
        name: 'a record that is JSON',
        moves: [send('{"ok":true}', { format: 'json', partition: 0 }), wait(5000)],
        recovers: true,
      },
    ],
    deadLetter: [
      {
        name: 'a new member that fails the same way',
        moves: [c({ type: 'removeConsumer', memberId: 'fraud-check-1' }), fraudCheck({}), wait(10_000)],
      },
      {
        name: 'removing the stuck member only',
        moves: [c({ type: 'removeConsumer', memberId: 'fraud-check-1' }), wait(10_000)],
      },
    ],
  },
  'retention-compaction': {
    segments: [
      {
        name: 'only a day passes',
        moves: [c({ type: 'quietProducers', forMs: 86_400_000 }), wait(86_400_000)],
        recovers: true,
      },
    ],
    compaction: [
      {
        name: 'a record without a key, which the topic refuses',
        moves: [send('Via Roma 1, Torino', { topic: 'customer-addresses' }), wait(20_000)],
        blocked: 'lesson.retention-compaction.s2.blocked.noKey',
        recovers: true,
      },
      {
        name: 'waiting without writing: the active segment is never cleaned',
        moves: [wait(60_000)],
        recovers: true,
      },
    ],
    tombstone: [
      {
        name: 'an empty value instead of null',
        moves: [
          send('', { topic: 'customer-addresses', key: 'customer-3' }),
          send('Kungsgatan 7, Stockholm', { topic: 'customer-addresses', key: 'customer-5' }),
          wait(20_000),
        ],
      },
      {
        name: 'the tombstone alone, its segment still active',
        moves: [
          c({ type: 'produce', topic: 'customer-addresses', key: 'customer-3', value: null }),
          wait(60_000),
        ],
        recovers: [
          send('Kungsgatan 7, Stockholm', { topic: 'customer-addresses', key: 'customer-5' }),
          wait(20_000),
        ],
      },
    ],
    tombstoneGoes: [
      {
        name: 'a quiet week: no new writes, no cleaning',
        moves: [c({ type: 'quietProducers', forMs: 7 * 86_400_000 }), wait(7 * 86_400_000), wait(60_000)],
      },
      {
        name: 'new writes before the tombstone’s horizon',
        moves: [
          send('Calle Alcala 100, Madrid', { topic: 'customer-addresses', key: 'customer-1' }),
          wait(1000),
          send('Avenida da Liberdade 2, Lisboa', { topic: 'customer-addresses', key: 'customer-2' }),
          wait(1000),
          send('Corso Francia 8, Torino', { topic: 'customer-addresses', key: 'customer-4' }),
          wait(20_000),
        ],
      },
    ],
  },
  rebalances: {
    crash: [
      {
        name: 'a clean leave, which commits first',
        moves: [wait(8000), c({ type: 'removeConsumer', memberId: 'shipping-1' }), wait(30_000)],
      },
    ],
    pollLoop: [
      {
        name: 'a second member as slow as the first',
        moves: [
          c({
            type: 'addConsumer',
            groupId: 'reports',
            topic: 'purchases',
            ratePerSec: 1,
            maxPollRecords: 20,
            maxPollIntervalMs: 10_000,
          }),
          wait(30_000),
        ],
        recovers: true,
      },
    ],
    static: [
      {
        name: 'a new member without the group.instance.id',
        moves: [
          c({ type: 'crashConsumer', memberId: 'shipping-2' }),
          wait(5000),
          c({ type: 'addConsumer', groupId: 'shipping', topic: 'purchases', ratePerSec: 3 }),
          wait(5000),
        ],
      },
    ],
    protocols: [
      {
        name: 'a classic group of three',
        moves: [
          ...[1, 2, 3].map(() =>
            c({
              type: 'addConsumer',
              groupId: 'shipping-classic',
              topic: 'purchases',
              ratePerSec: 3,
              maxPollRecords: 5,
            }),
          ),
          wait(20_000),
        ],
        recovers: true,
      },
    ],
  },
}

interface Tried {
  attempt: WrongAttempt
  run: MovesRun
  /** The solution played after the mistake, when the attempt says it recovers. */
  after?: MovesRun
}

/** Every wrong attempt of a lesson, each on its own copy of the step's starting state. */
function tryLesson(lessonId: string): Map<string, Tried[]> {
  const lesson = LESSONS.find((l) => l.id === lessonId)!
  const out = new Map<string, Tried[]>()
  walkLesson(lesson, (step: LessonStep, start: Simulation) => {
    const tried: Tried[] = []
    for (const attempt of WRONG[lessonId]?.[step.id] ?? []) {
      const sim = fork(start)
      const run = playMoves(sim, step, attempt.moves)
      const recovery = attempt.recovers === true ? (step.solution ?? []) : attempt.recovers
      const after = recovery ? playMoves(fork(start), step, [...attempt.moves, ...recovery]) : undefined
      tried.push({ attempt, run, ...(after ? { after } : {}) })
    }
    out.set(step.id, tried)
  })
  return out
}

describe.each(['en', 'es'] as const)('wrong attempts, in %s', (lang: Lang) => {
  beforeAll(() => setLang(lang))
  afterAll(() => setLang('en'))

  describe.each(LESSONS.map((l) => [l.id] as const))('lesson %s', (lessonId) => {
    const lesson = LESSONS.find((l) => l.id === lessonId)!
    let tried = new Map<string, Tried[]>()
    beforeAll(() => {
      tried = tryLesson(lessonId)
    })

    test.each(lesson.steps.filter((s) => s.goal).map((s) => [s.id] as const))(
      'step %s: plausible mistakes do not meet the goal',
      (stepId) => {
        const list = tried.get(stepId) ?? []
        expect(list.length, `${lessonId}/${stepId} needs at least one wrong attempt`).toBeGreaterThan(0)
        for (const { attempt, run, after } of list) {
          expect(run.heldAtStart, attempt.name).toBe(false)
          expect(run.reached, attempt.name).toBe(false)
          if (attempt.blocked) {
            expect(run.blocked, attempt.name).toBe(attempt.blocked)
            // The reason reads in the language the student chose.
            const text = translate(lang, run.blocked!)
            expect(text.trim().length, attempt.name).toBeGreaterThan(20)
          }
          if (after) expect(after.reached, `${attempt.name}, then the solution`).toBe(true)
        }
      },
    )
  })
})

test('every wrong attempt names a step that exists and has a goal', () => {
  for (const [lessonId, steps] of Object.entries(WRONG)) {
    const lesson = LESSONS.find((l) => l.id === lessonId)
    expect(lesson, lessonId).toBeDefined()
    for (const stepId of Object.keys(steps))
      expect(lesson!.steps.find((s) => s.id === stepId)?.goal, `${lessonId}/${stepId}`).toBeTypeOf('function')
  }
})
