import { simulationFrom, type Simulation } from '../engine'
import { buildSimulation } from '../scenarios/scenario'
import { cloneState } from './cloneState'
import type { Branch, LabActions } from './labState'
import { isLive, runForward, type LabRuntime } from './labRuntime'
import { replayTo, type LoggedCommand } from './replay'

const noEvents = () => {}

/** The simulation as it was at `timeMs` (not before the scene's start), from the nearest earlier checkpoint. */
function rebuildAt(
  rt: LabRuntime,
  timeMs: number,
  log: readonly LoggedCommand[],
): { sim: Simulation; cursor: number } {
  rt.feed.drop()
  const cp = rt.checkpoints.latestAtOrBefore(timeMs)
  let sim: Simulation
  let cursor: number
  if (cp) {
    sim = simulationFrom(cloneState(cp.state))
    cursor = cp.applied
  } else {
    sim = buildSimulation(rt.get().scenario)
    cursor = 0
  }
  cursor = replayTo(sim, log, cursor, timeMs, rt.checkpoints, noEvents).cursor
  sim.takeEvents()
  return { sim, cursor }
}

/** A command in the past: the recorded future becomes the branch, and the run goes on from now. */
export function cutFuture(rt: LabRuntime): void {
  const s = rt.get()
  const now = s.sim.state.timeMs
  if (isLive(s)) return
  let shared = s.milestones.length
  while (shared > 0 && s.milestones[shared - 1]!.t > now) shared--
  const branch: Branch = {
    atMs: now,
    cursor: s.cursor,
    commands: s.commandLog.slice(s.cursor),
    milestones: s.milestones.slice(shared),
    sharedMilestones: shared,
    horizonMs: s.horizonMs,
  }
  rt.checkpoints.dropAfter(now, s.cursor)
  rt.set({
    commandLog: s.commandLog.slice(0, s.cursor),
    milestones: s.milestones.slice(0, shared),
    horizonMs: now,
    branch,
  })
}

export type TimeTravelActions = Pick<LabActions, 'seek' | 'restoreBranch' | 'historyStats'>

/**
 * Moving through the recorded run: seek to any time (checkpoints make it cheap), and swap in the future a change
 * of the past replaced.
 */
export function timeTravelActions(rt: LabRuntime): TimeTravelActions {
  const { get, set } = rt
  return {
    seek(timeMs) {
      const s = get()
      if (typeof timeMs !== 'number' || !Number.isFinite(timeMs) || timeMs < 0) {
        return { ok: false, error: 'timeMs must be a number of simulated milliseconds, 0 or more.' }
      }
      const now = s.sim.state.timeMs
      const target = Math.max(timeMs, s.startMs)
      if (target >= now) {
        const wasLive = isLive(s)
        // Far ahead in the recorded run: jump to the checkpoint nearest the target rather than replay every minute.
        const recorded = Math.min(target, s.horizonMs)
        const cp = wasLive ? undefined : rt.checkpoints.latestAtOrBefore(recorded)
        if (cp && cp.timeMs > now + rt.checkpoints.spacingMs) {
          const { sim, cursor } = rebuildAt(rt, recorded, s.commandLog)
          set({ sim, cursor, selection: null, log: s.log, recent: [] })
        }
        rt.feed.publish(runForward(rt, target), wasLive)
        return { ok: true }
      }
      const { sim, cursor } = rebuildAt(rt, target, s.commandLog)
      const log = s.log.filter((entry) => entry.event.t <= target)
      set({ sim, cursor, running: false, selection: null, log, recent: [], revision: s.revision + 1 })
      return { ok: true }
    },
    restoreBranch() {
      const s = get()
      const b = s.branch
      if (!b) return { ok: false, error: 'There is no other future to restore.' }
      const mine: Branch = {
        atMs: b.atMs,
        cursor: b.cursor,
        commands: s.commandLog.slice(b.cursor),
        milestones: s.milestones.slice(b.sharedMilestones),
        sharedMilestones: b.sharedMilestones,
        horizonMs: s.horizonMs,
      }
      const commandLog = [...s.commandLog.slice(0, b.cursor), ...b.commands]
      const milestones = [...s.milestones.slice(0, b.sharedMilestones), ...b.milestones]
      rt.checkpoints.dropAfter(b.atMs, b.cursor)
      const target = Math.min(s.sim.state.timeMs, b.atMs)
      const { sim, cursor } = rebuildAt(rt, target, commandLog)
      const log = s.log.filter((entry) => entry.event.t <= target)
      set({
        sim,
        cursor,
        commandLog,
        milestones,
        horizonMs: b.horizonMs,
        branch: mine,
        running: false,
        selection: null,
        log,
        recent: [],
        revision: s.revision + 1,
      })
      return { ok: true }
    },
    historyStats: () => ({
      checkpoints: rt.checkpoints.count,
      bytes: rt.checkpoints.bytes,
      spacingMs: rt.checkpoints.spacingMs,
    }),
  }
}
