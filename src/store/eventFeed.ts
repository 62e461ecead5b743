import type { SimEvent } from '../engine'
import type { LabState, LogEntry } from './labState'
import type { Lab } from './labRuntime'
import { MILESTONE_LIMIT, collectMilestones, insertMilestone, type Milestone } from './milestones'
import { isNotable } from './notable'

/** How often components see a running simulation change (the flight canvas redraws every frame). */
export const UI_UPDATE_MS = 100
/** How many notable events the event log keeps. */
export const LOG_LIMIT = 300

let entryId = 0

/**
 * Where engine events enter the state: the event log keeps the notable ones, the timeline the milestones, and the
 * lesson hears them all. A running simulation's frames are held and told about 10 times a second (at once when
 * something notable happens), so that React renders at that rate rather than every frame.
 */
export interface EventFeed {
  /** A running frame's events: held, and published when UI_UPDATE_MS of wall time passed or one is notable. */
  hold(events: readonly SimEvent[], wasLive: boolean, wallMs: number): void
  /**
   * Tells the state the held events and `fresh` ones: the log keeps the notable ones; events past the end of the
   * recorded run (or all of them, when the run was live) become milestones.
   */
  publish(fresh: SimEvent[], wasLive: boolean): void
  /** Forgets the held events: they belong to a run that is being replaced. */
  drop(): void
  /** Adds timeline markers in time order, keeping the latest MILESTONE_LIMIT (and the branch's count in step). */
  addMilestones(found: readonly Milestone[]): void
}

export function createEventFeed(
  get: () => Lab,
  set: (partial: Partial<LabState>) => void,
  /** Hears every published batch (the lesson's goals). */
  observe: (events: readonly SimEvent[]) => void,
): EventFeed {
  let pending: SimEvent[] = []
  let pendingMilestones: Milestone[] = []
  let sinceUpdateMs = 0

  const drop = () => {
    pending = []
    pendingMilestones = []
    sinceUpdateMs = 0
  }

  const addMilestones = (found: readonly Milestone[]) => {
    if (found.length === 0) return
    const s = get()
    let list = s.milestones
    for (const m of found)
      list = list.length > 0 && list[list.length - 1]!.t > m.t ? insertMilestone(list, m) : [...list, m]
    let branch = s.branch
    if (list.length > MILESTONE_LIMIT) {
      const dropped = list.length - MILESTONE_LIMIT
      list = list.slice(dropped)
      if (branch) branch = { ...branch, sharedMilestones: Math.max(0, branch.sharedMilestones - dropped) }
    }
    set({ milestones: list, branch })
  }

  const publish = (fresh: SimEvent[], wasLive: boolean) => {
    const events = pending.length > 0 ? [...pending, ...fresh] : fresh
    const found = pendingMilestones
    drop()
    const s = get()
    let log = s.log
    const notable = events.filter(isNotable)
    if (notable.length > 0) {
      log = [...log, ...notable.map((event): LogEntry => ({ id: ++entryId, event }))]
      if (log.length > LOG_LIMIT) log = log.slice(log.length - LOG_LIMIT)
    }
    collectMilestones(fresh, wasLive ? -Infinity : s.horizonMs, found)
    const horizonMs = Math.max(s.horizonMs, s.sim.state.timeMs)
    set({ revision: s.revision + 1, recent: events, log, horizonMs })
    addMilestones(found)
    observe(events)
  }

  const hold = (events: readonly SimEvent[], wasLive: boolean, wallMs: number) => {
    collectMilestones(events, wasLive ? -Infinity : get().horizonMs, pendingMilestones)
    for (const e of events) pending.push(e)
    sinceUpdateMs += wallMs
    if (sinceUpdateMs >= UI_UPDATE_MS || events.some(isNotable)) publish([], wasLive)
  }

  return { hold, publish, drop, addMilestones }
}
