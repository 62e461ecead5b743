import type { Command, KafkaRecord, SimState } from '../../engine'
import type { Scenario } from '../../scenarios/scenario'
import type { Lesson } from '../types'
import { eventsOf, handAttempts, lessonScene, WEEK_MS } from './shared'

export const ADDRESSES = 'customer-addresses'

/** Where customers live: several moved, so older addresses of theirs are superseded. */
const FIRST_ADDRESSES: [string, string][] = [
  ['customer-1', 'Calle Mayor 3, Madrid'],
  ['customer-2', 'Rua Augusta 10, Lisboa'],
  ['customer-1', 'Gran Via 22, Madrid'],
  ['customer-3', 'Avenida 9 de Julio 5, Buenos Aires'],
  ['customer-2', 'Rambla 40, Barcelona'],
]

const produce = (key: string, value: string | null): Command => ({
  type: 'produce',
  topic: ADDRESSES,
  key,
  value,
  format: 'text',
})

/**
 * The course scene without consumer groups (a week of their commits would bury the deletions), purchases with 1 KB
 * segments and the retention check every 10 s, as in the immutability lesson; and customer-addresses, compacted,
 * with teaching-scale segments (256 bytes: two hand-sent records) and a min.cleanable.dirty.ratio of 0.3 (Kafka:
 * 0.5) so that each cleaning comes after a couple of records. Its first five records are one batch.
 */
const base = lessonScene('retention-compaction', {
  config: { retentionCheckIntervalMs: 10_000 },
  extra: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: ADDRESSES,
        partitions: 1,
        replicationFactor: 3,
        config: {
          cleanupPolicy: 'compact',
          segmentBytes: 256,
          minCleanableDirtyRatio: 0.3,
          minInsyncReplicas: 2,
        },
      },
    },
    ...FIRST_ADDRESSES.map(([key, value]) => ({ atMs: 0, command: produce(key, value) })),
  ],
})
const scenario: Scenario = {
  ...base,
  commands: base.commands.map((c) =>
    c.command.type === 'createTopic' && c.command.name === 'purchases'
      ? { ...c, command: { ...c.command, config: { ...c.command.config, segmentBytes: 1024 } } }
      : c,
  ),
}

function addressLog(state: SimState): KafkaRecord[] {
  const p = state.topics[ADDRESSES]?.partitions[0]
  return p ? p.segments.flatMap((s) => s.records) : []
}

/** A tombstone the cleaner has seen (it carries a delete horizon) with no older record of its key left. */
function cleanedTombstone(state: SimState): boolean {
  const log = addressLog(state)
  return log.some(
    (r) =>
      r.value === null &&
      r.deleteHorizonMs !== undefined &&
      !log.some((o) => o.key === r.key && o.offset < r.offset && o.value !== null),
  )
}

/** "Retention and compaction: how Kafka forgets": whole segments by age, then the latest record of each key. */
export const retentionCompactionLesson: Lesson = {
  id: 'retention-compaction',
  title: 'lesson.retention-compaction.title',
  summary: 'lesson.retention-compaction.summary',
  scenario,
  steps: [
    {
      id: 'segments',
      text: 'lesson.retention-compaction.s1',
      highlight: ['replica:purchases:', 'control:warp'],
      predict: {
        question: 'lesson.retention-compaction.s1.q',
        choices: [
          { text: 'lesson.retention-compaction.s1.q.a', correct: false },
          { text: 'lesson.retention-compaction.s1.q.b', correct: true },
          { text: 'lesson.retention-compaction.s1.q.c', correct: false },
        ],
        explanation: 'lesson.retention-compaction.s1.q.why',
      },
      task: 'lesson.retention-compaction.s1.task',
      hints: ['lesson.retention-compaction.s1.hint1', 'lesson.retention-compaction.s1.hint2'],
      // Retention deleted a segment of purchases: whole segments only, the log start offset moving to the next one.
      goal: ({ events }) => eventsOf(events, 'segmentDeleted').some((e) => e.topic === 'purchases'),
      solution: [
        { command: { type: 'quietProducers', forMs: WEEK_MS } },
        { waitMs: WEEK_MS },
        { waitMs: 30_000 },
      ],
      cli: [
        'kafka-configs.sh --bootstrap-server localhost:9092 --describe --entity-type topics --entity-name purchases --all',
        'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic purchases --time -2',
      ],
    },
    {
      id: 'compaction',
      text: 'lesson.retention-compaction.s2',
      highlight: [`replica:${ADDRESSES}:0:`, 'control:produce'],
      produceForm: { topic: ADDRESSES, key: 'customer-4', value: 'Via Roma 1, Torino', format: 'text' },
      predict: {
        question: 'lesson.retention-compaction.s2.q',
        choices: [
          { text: 'lesson.retention-compaction.s2.q.a', correct: false },
          { text: 'lesson.retention-compaction.s2.q.b', correct: true },
          { text: 'lesson.retention-compaction.s2.q.c', correct: false },
        ],
        explanation: 'lesson.retention-compaction.s2.q.why',
      },
      task: 'lesson.retention-compaction.s2.task',
      hints: ['lesson.retention-compaction.s2.hint1', 'lesson.retention-compaction.s2.hint2'],
      // The cleaner removed superseded records of customer-addresses (after the student's record closed a segment).
      goal: ({ events }) =>
        eventsOf(events, 'logCleaned').some((e) => e.topic === ADDRESSES && e.removed > 0),
      blocked: (ctx) => {
        const a = handAttempts(ctx).at(-1)
        if (!a || a.command.topic !== ADDRESSES) return undefined
        return a.command.key === null ? 'lesson.retention-compaction.s2.blocked.noKey' : undefined
      },
      solution: [{ command: produce('customer-4', 'Via Roma 1, Torino') }, { waitMs: 20_000 }],
      cli: [
        `kafka-console-producer.sh --bootstrap-server localhost:9092 --topic ${ADDRESSES} --property parse.key=true --property key.separator=:`,
        '>customer-4:Via Roma 1, Torino',
      ],
    },
    {
      id: 'tombstone',
      text: 'lesson.retention-compaction.s3',
      highlight: [`replica:${ADDRESSES}:0:`, 'control:produce'],
      produceForm: { topic: ADDRESSES, key: 'customer-3', value: '', format: 'text', tombstone: true },
      predict: {
        question: 'lesson.retention-compaction.s3.q',
        choices: [
          { text: 'lesson.retention-compaction.s3.q.a', correct: false },
          { text: 'lesson.retention-compaction.s3.q.b', correct: false },
          { text: 'lesson.retention-compaction.s3.q.c', correct: true },
        ],
        explanation: 'lesson.retention-compaction.s3.q.why',
      },
      task: 'lesson.retention-compaction.s3.task',
      hints: ['lesson.retention-compaction.s3.hint1', 'lesson.retention-compaction.s3.hint2'],
      goal: ({ state }) => cleanedTombstone(state),
      solution: [
        { command: produce('customer-3', null) },
        { waitMs: 1000 },
        { command: produce('customer-5', 'Kungsgatan 7, Stockholm') },
        { waitMs: 20_000 },
      ],
      cli: [
        `kafka-console-producer.sh --bootstrap-server localhost:9092 --topic ${ADDRESSES} --property parse.key=true --property key.separator=: --property null.marker=NULL`,
        '>customer-3:NULL',
        '>customer-5:Kungsgatan 7, Stockholm',
      ],
    },
    {
      id: 'tombstoneGoes',
      text: 'lesson.retention-compaction.s4',
      highlight: [`replica:${ADDRESSES}:0:`, 'control:warp'],
      predict: {
        question: 'lesson.retention-compaction.s4.q',
        choices: [
          { text: 'lesson.retention-compaction.s4.q.a', correct: false },
          { text: 'lesson.retention-compaction.s4.q.b', correct: true },
          { text: 'lesson.retention-compaction.s4.q.c', correct: false },
        ],
        explanation: 'lesson.retention-compaction.s4.q.why',
      },
      task: 'lesson.retention-compaction.s4.task',
      hints: ['lesson.retention-compaction.s4.hint1', 'lesson.retention-compaction.s4.hint2'],
      // A cleaning after delete.retention.ms removed a tombstone of customer-addresses.
      goal: ({ events }) =>
        eventsOf(events, 'logCleaned').some((e) => e.topic === ADDRESSES && e.tombstonesRemoved > 0),
      solution: [
        { command: { type: 'quietProducers', forMs: WEEK_MS } },
        { waitMs: WEEK_MS },
        { command: produce('customer-1', 'Calle Alcala 100, Madrid') },
        { waitMs: 1000 },
        { command: produce('customer-2', 'Avenida da Liberdade 2, Lisboa') },
        { waitMs: 1000 },
        { command: produce('customer-4', 'Corso Francia 8, Torino') },
        { waitMs: 20_000 },
      ],
      cli: [
        `kafka-configs.sh --bootstrap-server localhost:9092 --describe --entity-type topics --entity-name ${ADDRESSES} --all`,
      ],
    },
  ],
}
