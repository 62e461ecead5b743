import { describe, expect, test } from 'vitest'
import { explainKeyPartition, partitionForKey } from '../engine'
import { en as firstScreenEn } from '../i18n/en'
import { lessonsEn } from '../i18n/messages/lessons'
import { es } from '../i18n/es'
import { buildSimulation } from '../scenarios/scenario'
import { findLesson, LESSONS } from './catalog'
import { MURMUR_KEY } from './content/keys'

/** All the English text, the lessons' steps included (the app loads those with the lesson panel). */
const en = { ...firstScreenEn, ...lessonsEn }

const COURSE_ORDER = [
  'topics',
  'partitions-offsets',
  'immutability-retention',
  'keys',
  'producers-failover',
  'consumers',
  'replication-acks',
  'consumer-lag',
  'rebalances',
  'retention-compaction',
]

test('the lessons are the course, in order, each once', () => {
  expect(LESSONS.map((l) => l.id)).toEqual(COURSE_ORDER)
  expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length)
  for (const id of COURSE_ORDER) expect(findLesson(id)?.id).toBe(id)
  expect(findLesson('nope')).toBeUndefined()
})

describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
  test('has 3+ steps, a predict question and a checked challenge with a solution and cli lines', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3)
    expect(lesson.steps.some((s) => s.predict)).toBe(true)
    const challenges = lesson.steps.filter((s) => s.goal)
    expect(challenges.length).toBeGreaterThanOrEqual(1)
    for (const s of challenges) {
      expect(s.solution?.length, s.id).toBeGreaterThan(0)
      expect(s.task, s.id).toBeDefined()
      expect(s.hints?.length ?? 0, s.id).toBeGreaterThanOrEqual(1)
      expect(s.hints?.length ?? 0, s.id).toBeLessThanOrEqual(3)
      expect(s.cli?.length ?? 0, s.id).toBeGreaterThan(0)
    }
  })

  test('every predict question has 2 to 4 choices, exactly one right', () => {
    for (const s of lesson.steps) {
      if (!s.predict) continue
      expect(s.predict.choices.length, s.id).toBeGreaterThanOrEqual(2)
      expect(s.predict.choices.length, s.id).toBeLessThanOrEqual(4)
      expect(s.predict.choices.filter((c) => c.correct).length, s.id).toBe(1)
      expect(new Set(s.predict.choices.map((c) => c.text)).size, s.id).toBe(s.predict.choices.length)
    }
  })

  test('step ids are unique, highlights use the view’s anchor prefixes', () => {
    expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length)
    const anchor = /^(producer|broker|replica|slot|group|member|control):/
    for (const s of lesson.steps) for (const h of s.highlight ?? []) expect(h, s.id).toMatch(anchor)
  })

  test('the cli lines are real Kafka tools (or the shell around them)', () => {
    for (const s of lesson.steps) {
      for (const line of s.cli ?? []) {
        expect(line, s.id).toMatch(
          /^(kafka-[a-z-]+\.sh |bin\/kafka-[a-z-]+\.sh |kill -9 <pid of (broker \d+|consumer [\w.-]+)>$|>)/,
        )
        if (
          /^(bin\/)?kafka-/.test(line) &&
          !line.includes('kafka-server-start.sh') &&
          !line.includes('kafka-producer-perf-test.sh')
        ) {
          expect(line, s.id).toContain('--bootstrap-server localhost:9092')
        }
      }
    }
  })

  test('the scene builds', () => {
    const sim = buildSimulation(lesson.scenario)
    expect(sim.state.topics['purchases']?.partitions.length).toBe(3)
    expect(lesson.scenario.id).toBe(`lesson-${lesson.id}`)
  })
})

test('the key facts the keys lesson states are what the partitioner computes', () => {
  const x = explainKeyPartition(MURMUR_KEY, 3)
  expect(x.hash).toBe(-1785535413)
  expect(x.positive).toBe(361948235)
  expect(x.partition).toBe(2)
  expect(Math.abs(x.hash) % 3).not.toBe(x.partition)
  expect(Math.abs(x.hash) % 3).toBe(0)
  expect(3 * 120649411 + 2).toBe(x.positive)
  for (const text of [
    en['lesson.keys.s3.q'],
    es['lesson.keys.s3.q'],
    en['lesson.keys.s3.q.why'],
    es['lesson.keys.s3.q.why'],
  ]) {
    expect(text).toMatch(/361948235/)
  }
  expect(en['lesson.keys.s3.q']).toContain(String(x.hash))
  // customer-7: partition 1 of 3 (the predict question and the hint), partition 3 of 4 (the hint).
  expect(partitionForKey('customer-7', 3)).toBe(1)
  expect(partitionForKey('customer-7', 4)).toBe(3)
  // customer-1 would go to partition 0 without the explicit partition of the producers lesson.
  expect(partitionForKey('customer-1', 3)).toBe(0)
})

test('the partitions lesson scene holds what its text counts', () => {
  const lesson = findLesson('partitions-offsets')!
  const sim = buildSimulation(lesson.scenario)
  sim.advance(5000)
  const leo = sim.state.topics['purchases']!.partitions.map((p) => p.logEndOffset)
  // s1/s2: purchases-1 holds offsets 0 and 1; 9 records in all; orders 1, 4, 7 in purchases-0 and 2, 5 in purchases-1.
  expect(leo).toEqual([3, 2, 4])
  const orders = (p: number) =>
    sim.state.topics['purchases']!.partitions[p]!.segments.flatMap((s) =>
      s.records.map((r) => (JSON.parse(r.value ?? '') as { order: number }).order),
    )
  expect(orders(0)).toEqual([1, 4, 7])
  expect(orders(1)).toEqual([2, 5])
})

test('the retention lesson scene keeps the real retention and checks it every 10 s', () => {
  const lesson = findLesson('immutability-retention')!
  const sim = buildSimulation(lesson.scenario)
  expect(sim.state.topics['purchases']!.config.retentionMs).toBe(604800000)
  expect(sim.state.topics['purchases']!.config.segmentBytes).toBe(1024)
  expect(sim.state.config.retentionCheckIntervalMs).toBe(10_000)
})
