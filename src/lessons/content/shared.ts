import { recordAt, type Command, type KafkaRecord, type SimEvent, type SimState } from '../../engine'
import { defaultScenario } from '../../scenarios/builtins'
import type { Scenario } from '../../scenarios/scenario'
import type { GoalContext } from '../types'

/** Helpers the lessons share: scenes derived from the course's default scene, and what goals look for. */

export const DAY_MS = 86_400_000
export const WEEK_MS = 7 * DAY_MS

type SceneCommand = Scenario['commands'][number]

/** True for the scene commands that build the default scene's three consumer groups. */
const isConsumer = (c: SceneCommand) => c.command.type === 'addConsumer'

/**
 * The default scene (3 brokers, purchases with 3 partitions RF 3 and min ISR 2, producers P1 keyed and P2
 * keyless), without its consumer groups unless asked: early lessons look at topics and producers only.
 */
export function lessonScene(
  id: string,
  options: { consumers?: boolean; extra?: SceneCommand[]; config?: Scenario['config'] } = {},
): Scenario {
  const commands = defaultScenario.commands.filter((c) => options.consumers === true || !isConsumer(c))
  return {
    ...defaultScenario,
    id: `lesson-${id}`,
    config: { ...defaultScenario.config, ...options.config },
    commands: [...commands, ...(options.extra ?? [])],
  }
}

/** The groups the default scene starts with. */
export const SCENE_GROUPS: readonly string[] = defaultScenario.commands.flatMap((c) =>
  c.command.type === 'addConsumer' ? [c.command.groupId] : [],
)

/** One record appended since the step began, as the leader's log holds it now (undefined once deleted). */
export interface Appended {
  /** Position of its event in the step's events. */
  index: number
  topic: string
  partition: number
  offset: number
  brokerId: number
  producerId: string
  record: KafkaRecord | undefined
}

export const isConsoleProducer = (producerId: string) => producerId.startsWith('console-')

/**
 * Every record appended since the step began, oldest first, with its content looked up in the log; only those of
 * the producers `which` accepts (all by default), so that the lookups stay few.
 */
export function appendedRecords(
  ctx: GoalContext,
  which: (producerId: string) => boolean = () => true,
): Appended[] {
  const out: Appended[] = []
  ctx.events.forEach((e, index) => {
    if (e.type !== 'recordAppended' || !which(e.producerId)) return
    const p = ctx.state.topics[e.topic]?.partitions[e.partition]
    for (let offset = e.baseOffset; offset <= e.lastOffset; offset++) {
      out.push({
        index,
        topic: e.topic,
        partition: e.partition,
        offset,
        brokerId: e.brokerId,
        producerId: e.producerId,
        record: p ? recordAt(p, offset) : undefined,
      })
    }
  })
  return out
}

/** Records sent by hand (the "Produce by hand" form, a console producer) appended since the step began. */
export const handSent = (ctx: GoalContext) => appendedRecords(ctx, isConsoleProducer)

export type ProduceCommand = Extract<Command, { type: 'produce' }>

/** One record sent by hand in this step: what was asked, and where it landed once the leader appended it. */
export interface HandAttempt {
  command: ProduceCommand
  /** The producer chose the partition (no explicit partition in the command). */
  producerChose: boolean
  landed: Appended | undefined
}

/**
 * The step's hand-sent records as attempts, in the order they were sent: each produce command matched with the
 * record it appended (same topic, key, value and format; an explicit partition must match too). Commands that
 * named a partition are matched first, so that two identical values sent two ways are told apart.
 */
export function handAttempts(ctx: GoalContext): HandAttempt[] {
  const commands = produceCommands(ctx.commands).filter((c) => c.producerId === undefined)
  if (commands.length === 0) return []
  const sent = handSent(ctx)
  const used = new Set<number>()
  const out: HandAttempt[] = commands.map((command) => ({
    command,
    producerChose: command.partition === undefined,
    landed: undefined,
  }))
  const match = (explicit: boolean) =>
    out.forEach((attempt) => {
      const c = attempt.command
      if ((c.partition !== undefined) !== explicit) return
      const j = sent.findIndex(
        (r, k) =>
          !used.has(k) &&
          r.topic === c.topic &&
          r.record !== undefined &&
          r.record.value === c.value &&
          r.record.key === (c.key ?? null) &&
          r.record.format === (c.format ?? 'text') &&
          (c.partition === undefined || r.partition === c.partition),
      )
      if (j < 0) return
      used.add(j)
      attempt.landed = sent[j]
    })
  match(true)
  match(false)
  return out
}

/** The latest hand-sent attempt, if any. */
export const latestAttempt = (ctx: GoalContext): HandAttempt | undefined => handAttempts(ctx).at(-1)

export function eventsOf<T extends SimEvent['type']>(
  events: readonly SimEvent[],
  type: T,
): Extract<SimEvent, { type: T }>[] {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)
}

export const produceCommands = (commands: readonly Command[]) =>
  commands.filter((c): c is Extract<Command, { type: 'produce' }> => c.type === 'produce')

export function userTopics(state: SimState) {
  return Object.values(state.topics).filter((t) => !t.internal)
}

/** The members of a group that are still running, in join order. */
export function activeMembers(state: SimState, groupId: string): string[] {
  const group = state.groups[groupId]
  if (!group) return []
  return group.members.filter((m) => state.consumers.some((c) => c.memberId === m && c.status === 'active'))
}
