import { simulationFrom, type SimEvent, type Simulation } from '../engine'
import { buildSimulation } from '../scenarios/scenario'
import { Checkpoints } from './checkpoints'
import { cloneState } from './cloneState'
import type { LabStoreOptions } from './labState'
import type { LabRuntime } from './labRuntime'
import type { LessonHost, StepStart } from './lessonSlice'
import { replayTo, type LoggedCommand } from './replay'

/** A replayed stretch keeps at most this many events for a goal (as the live step does). */
const EVENTS_KEPT = 5000

/** Whether the run still begins with the commands the step began after (a change of the past may have cut them). */
function sharesPrefix(log: readonly LoggedCommand[], start: StepStart): boolean {
  return start.cursor <= log.length && start.log.every((c, i) => log[i] === c)
}

/**
 * The simulation exactly as it was when the step began: from the nearest checkpoint at or before it (or the scene
 * as built), the step's earlier commands replayed at their own times. Determinism makes it the same state.
 */
function simulationAt(rt: LabRuntime, start: StepStart): Simulation {
  const s = rt.get()
  if (!sharesPrefix(s.commandLog, start)) {
    // The checkpoints belong to another history now: start over from the scene.
    rt.checkpoints = new Checkpoints()
    rt.checkpoints.take(buildSimulation(s.scenario).state, 0)
  }
  const cp = rt.checkpoints.latestAtOrBefore(start.atMs, start.cursor)
  const sim = cp ? simulationFrom(cloneState(cp.state)) : buildSimulation(s.scenario)
  replayTo(sim, start.log, cp?.applied ?? 0, start.atMs, null, () => {})
  sim.takeEvents()
  return sim
}

/**
 * The lab store as the lesson runner (`lessonSlice.ts`) sees it. Entering a lesson or one of its steps puts a
 * marker on the timeline; progress goes to `options.storage`; a step's start can be marked and gone back to.
 */
export function createLessonHost(rt: () => LabRuntime, options: LabStoreOptions): LessonHost {
  return {
    get: () => rt().get(),
    set: (partial) => {
      const { get, set } = rt()
      const before = get().lesson
      set(partial)
      const after = get().lesson
      if (after && (!before || before.id !== after.id || before.step !== after.step)) {
        const t = get().sim.state.timeMs
        rt().feed.addMilestones([{ t, kind: 'lesson', lessonId: after.id, step: after.step }])
      }
    },
    mark: () => {
      const s = rt().get()
      // A step starts with nothing selected.
      return {
        atMs: s.sim.state.timeMs,
        cursor: s.cursor,
        log: s.commandLog.slice(0, s.cursor),
        selection: null,
      }
    },
    rewind: (start) => {
      const runtime = rt()
      const s = runtime.get()
      runtime.feed.drop()
      if (sharesPrefix(s.commandLog, start)) runtime.checkpoints.dropAfter(start.atMs, start.cursor)
      const sim = simulationAt(runtime, start)
      runtime.set({
        sim,
        commandLog: start.log.slice(),
        cursor: start.cursor,
        horizonMs: start.atMs,
        branch: null,
        milestones: s.milestones.filter((m) => m.t <= start.atMs),
        log: s.log.filter((entry) => entry.event.t <= start.atMs),
        recent: [],
        selection: start.selection,
        revision: s.revision + 1,
      })
    },
    since: (start) => {
      const runtime = rt()
      const s = runtime.get()
      if (!sharesPrefix(s.commandLog, start) || start.atMs > s.sim.state.timeMs) return null
      const sim = simulationAt(runtime, start)
      const events: SimEvent[] = []
      replayTo(sim, s.commandLog.slice(0, s.cursor), start.cursor, s.sim.state.timeMs, null, (batch) => {
        for (const e of batch) events.push(e)
        if (events.length > 2 * EVENTS_KEPT) events.splice(0, events.length - EVENTS_KEPT)
      })
      return {
        events: events.slice(-EVENTS_KEPT),
        commands: s.commandLog.slice(start.cursor, s.cursor).map((c) => c.command),
      }
    },
    storage: options.storage,
    onCompleted: (id) => options.onLessonCompleted?.(id),
  }
}
