import type { SimState } from '../../engine'
import type { GoalContext, Lesson } from '../types'
import { activeMembers, eventsOf, lessonScene, SCENE_GROUPS } from './shared'

/** A group at rest whose running members each own their own partitions: no partition has two owners. */
function sharedOut(state: SimState, groupId: string): { members: string[]; idle: string[] } | null {
  const group = state.groups[groupId]
  if (!group || group.phase !== 'Stable') return null
  const members = activeMembers(state, groupId)
  const owned = members.flatMap((m) => group.assignment[m] ?? [])
  if (new Set(owned).size !== owned.length) return null
  return { members, idle: members.filter((m) => (group.assignment[m] ?? []).length === 0) }
}

interface NewGroupRead {
  groupId: string
  /** Added with auto.offset.reset=earliest. */
  earliest: boolean
  /** Whether its first record in each partition was that partition's oldest; undefined before it read any. */
  fromOldest: boolean | undefined
}

/** The groups added in this step (not the scene's three), in the order they were added, and how they began reading. */
function newGroupReads(ctx: GoalContext): NewGroupRead[] {
  const added = new Map<string, boolean>()
  for (const c of ctx.commands) {
    if (c.type !== 'addConsumer' || SCENE_GROUPS.includes(c.groupId) || added.has(c.groupId)) continue
    added.set(c.groupId, c.autoOffsetReset === 'earliest')
  }
  if (added.size === 0) return []
  const seen = new Set<string>()
  const result = new Map<string, boolean>()
  for (const e of eventsOf(ctx.events, 'recordProcessed')) {
    if (!added.has(e.groupId)) continue
    const k = `${e.groupId}/${e.topic}-${e.partition}`
    if (seen.has(k)) continue
    seen.add(k)
    // Nothing is deleted in this lesson: the oldest record kept is at offset 0 (the log start).
    const start = ctx.state.topics[e.topic]?.partitions[e.partition]?.logStartOffset ?? 0
    result.set(e.groupId, (result.get(e.groupId) ?? true) && e.offset === start)
  }
  return [...added].map(([groupId, earliest]) => ({ groupId, earliest, fromOldest: result.get(groupId) }))
}

/** "Consumers": many services read one stream, one owner per partition inside a group, idle extras, own positions. */
export const consumersLesson: Lesson = {
  id: 'consumers',
  title: 'lesson.consumers.title',
  summary: 'lesson.consumers.summary',
  scenario: lessonScene('consumers', { consumers: true }),
  steps: [
    {
      id: 'services',
      text: 'lesson.consumers.s1',
      highlight: [
        'group:location-service',
        'group:email-service',
        'group:push-notifications',
        'control:addConsumer',
      ],
      predict: {
        question: 'lesson.consumers.s1.q',
        choices: [
          { text: 'lesson.consumers.s1.q.a', correct: false },
          { text: 'lesson.consumers.s1.q.b', correct: true },
          { text: 'lesson.consumers.s1.q.c', correct: false },
        ],
        explanation: 'lesson.consumers.s1.q.why',
      },
      task: 'lesson.consumers.s1.task',
      hints: ['lesson.consumers.s1.hint1', 'lesson.consumers.s1.hint2'],
      // A group new in this step, added reading from earliest, that read a record; and in every partition it read,
      // its first record was the oldest one kept. A group that started at latest does not count.
      goal: (ctx) => newGroupReads(ctx).some((g) => g.earliest && g.fromOldest === true),
      blocked: (ctx) =>
        newGroupReads(ctx).at(-1)?.fromOldest === false ? 'lesson.consumers.s1.blocked' : undefined,
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'analytics',
            topic: 'purchases',
            autoOffsetReset: 'earliest',
          },
        },
        { waitMs: 15_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group analytics --from-beginning',
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --list',
      ],
    },
    {
      id: 'positions',
      text: 'lesson.consumers.s2',
      highlight: ['group:location-service', 'group:push-notifications'],
      predict: {
        question: 'lesson.consumers.s2.q',
        choices: [
          { text: 'lesson.consumers.s2.q.a', correct: true },
          { text: 'lesson.consumers.s2.q.b', correct: false },
          { text: 'lesson.consumers.s2.q.c', correct: false },
        ],
        explanation: 'lesson.consumers.s2.q.why',
      },
      cli: [
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group push-notifications',
      ],
    },
    {
      id: 'owners',
      text: 'lesson.consumers.s3',
      highlight: ['group:location-service', 'member:location-service-'],
      predict: {
        question: 'lesson.consumers.s3.q',
        choices: [
          { text: 'lesson.consumers.s3.q.a', correct: false },
          { text: 'lesson.consumers.s3.q.b', correct: true },
          { text: 'lesson.consumers.s3.q.c', correct: false },
        ],
        explanation: 'lesson.consumers.s3.q.why',
      },
      task: 'lesson.consumers.s3.task',
      hints: ['lesson.consumers.s3.hint1', 'lesson.consumers.s3.hint2'],
      // A group with two or more running members, settled, each owning at least one partition of its own.
      goal: ({ state }) =>
        Object.keys(state.groups).some((g) => {
          const s = sharedOut(state, g)
          return s !== null && s.members.length >= 2 && s.idle.length === 0
        }),
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'location-service',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        { waitMs: 15_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group location-service',
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group location-service --members --verbose',
      ],
    },
    {
      id: 'idle',
      text: 'lesson.consumers.s4',
      highlight: ['group:location-service', 'member:location-service-'],
      predict: {
        question: 'lesson.consumers.s4.q',
        choices: [
          { text: 'lesson.consumers.s4.q.a', correct: true },
          { text: 'lesson.consumers.s4.q.b', correct: false },
          { text: 'lesson.consumers.s4.q.c', correct: false },
        ],
        explanation: 'lesson.consumers.s4.q.why',
      },
      task: 'lesson.consumers.s4.task',
      hints: ['lesson.consumers.s4.hint1', 'lesson.consumers.s4.hint2'],
      // A settled group with more running members than its topic has partitions: someone owns nothing.
      goal: ({ state }) =>
        Object.values(state.groups).some((g) => {
          const s = sharedOut(state, g.groupId)
          const partitions = state.topics[g.topic]?.partitions.length ?? Infinity
          return s !== null && s.members.length > partitions && s.idle.length > 0
        }),
      solution: [
        {
          command: {
            type: 'addConsumer',
            groupId: 'location-service',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        {
          command: {
            type: 'addConsumer',
            groupId: 'location-service',
            topic: 'purchases',
            ratePerSec: 3,
            maxPollRecords: 5,
          },
        },
        { waitMs: 15_000 },
      ],
      cli: [
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group location-service',
        'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group location-service --members --verbose',
      ],
    },
  ],
}
