import type { SimEvent } from '../engine'

/** A moment worth a marker on the timeline. Plain data: the view words it. */
export type Milestone =
  | { t: number; kind: 'kill' | 'restart'; brokerId: number }
  | { t: number; kind: 'election'; topic: string; partition: number; leader: number | null }
  | { t: number; kind: 'rebalance'; groupId: string }
  | { t: number; kind: 'lesson'; lessonId: string; step: number }

export type MilestoneKind = Milestone['kind']

/** How many milestones a run keeps (the oldest go first). */
export const MILESTONE_LIMIT = 2000

/** The timeline's marker for an engine event, if it deserves one. */
export function milestoneOf(e: SimEvent): Milestone | undefined {
  switch (e.type) {
    case 'brokerKilled':
      return { t: e.t, kind: 'kill', brokerId: e.brokerId }
    case 'brokerRestarted':
      return { t: e.t, kind: 'restart', brokerId: e.brokerId }
    case 'leaderElected':
      // Elections at topic creation are part of "topic created"; __consumer_offsets works behind the scenes.
      if (e.reason === 'created' || e.topic.startsWith('__')) return undefined
      return { t: e.t, kind: 'election', topic: e.topic, partition: e.partition, leader: e.leader }
    case 'rebalanceStarted':
      return { t: e.t, kind: 'rebalance', groupId: e.groupId }
    default:
      return undefined
  }
}

/** Adds the milestones of `events` later than `after` to `into` (all of them for `after` = -Infinity). */
export function collectMilestones(events: readonly SimEvent[], after: number, into: Milestone[]): void {
  for (const e of events) {
    if (e.t <= after) continue
    const m = milestoneOf(e)
    if (m) into.push(m)
  }
}

/** Inserts in time order (a lesson step may change while the clock is in the past), after equal times. */
export function insertMilestone(list: readonly Milestone[], m: Milestone): Milestone[] {
  let i = list.length
  while (i > 0 && list[i - 1]!.t > m.t) i--
  return [...list.slice(0, i), m, ...list.slice(i)]
}
