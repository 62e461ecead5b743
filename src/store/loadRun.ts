import type { Command, Simulation } from '../engine'
import { buildSimulation, type Scenario } from '../scenarios/scenario'
import { Checkpoints } from './checkpoints'
import type { LabActions, LabState } from './labState'
import type { LabRuntime } from './labRuntime'
import { MILESTONE_LIMIT, collectMilestones, type Milestone } from './milestones'
import { validSpeed } from './playback'
import { replayTo } from './replay'

/**
 * Most engine tasks opening a run may take (a few seconds in a browser here): a scene file or a link asking for more
 * (say 40 producers at 1000 records/s for a year) is refused instead of freezing the tab. A day of the default
 * scene is about 2.9 million: a restored run longer than about 16 simulated hours of it is refused too.
 */
export const LOAD_TASK_LIMIT = 2_000_000

/** A run that has just begun: the scenario built, nothing logged, nothing told. */
export function freshRun(
  scenario: Scenario,
  sim: Simulation,
): Pick<
  LabState,
  | 'sim'
  | 'scenario'
  | 'commandLog'
  | 'cursor'
  | 'startMs'
  | 'horizonMs'
  | 'milestones'
  | 'branch'
  | 'log'
  | 'recent'
  | 'selection'
> {
  return {
    sim,
    scenario,
    commandLog: [],
    cursor: 0,
    startMs: sim.state.timeMs,
    horizonMs: sim.state.timeMs,
    milestones: [],
    branch: null,
    log: [],
    recent: [],
    selection: null,
  }
}

/** When a scenario's own commands are done (the time its simulation starts at). */
function buildStartMs(sc: Scenario): number {
  return sc.commands.reduce((m, c) => Math.max(m, c.atMs), 0)
}

/** Replacing the run: the scene as it started, or a restored run (a scene file, a permalink, an autosave). */
export function loadRunActions(rt: LabRuntime): Pick<LabActions, 'reset' | 'load'> {
  const { get, set } = rt
  return {
    reset(next) {
      const sc = next ?? get().scenario
      const sim = buildSimulation(sc)
      rt.checkpoints = new Checkpoints()
      rt.checkpoints.take(sim.state, 0)
      rt.feed.drop()
      set({ ...freshRun(sc, sim), revision: get().revision + 1 })
    },
    load(sc, commandLog, timeMs, speed) {
      let sim: Simulation
      try {
        sim = buildSimulation(sc, LOAD_TASK_LIMIT)
      } catch (e) {
        return { ok: false, error: `scenario: ${e instanceof Error ? e.message : String(e)}` }
      }
      const log = commandLog.map((c) => ({
        atMs: c.atMs,
        command: JSON.parse(JSON.stringify(c.command)) as Command,
      }))
      for (let i = 0; i < log.length; i++) {
        if (log[i]!.atMs > timeMs)
          return { ok: false, error: `commands[${i}].atMs: later than timeMs (${timeMs}).` }
        if (i > 0 && log[i]!.atMs < log[i - 1]!.atMs)
          return { ok: false, error: `commands[${i}].atMs: earlier than the command before it.` }
      }
      const cps = new Checkpoints()
      cps.take(sim.state, 0)
      const found: Milestone[] = []
      const budget = { tasks: LOAD_TASK_LIMIT }
      const result = replayTo(
        sim,
        log,
        0,
        timeMs,
        cps,
        (events) => collectMilestones(events, -Infinity, found),
        true,
        budget,
      )
      if (result.exhausted) {
        const at = Math.round(sim.state.timeMs / 1000)
        return {
          ok: false,
          error: `too much to replay: past ${LOAD_TASK_LIMIT.toLocaleString('en')} simulated steps by ${at} s of its ${Math.round(timeMs / 1000)} s. Open a shorter run, or one with fewer producers or lower rates.`,
        }
      }
      if (result.refused) {
        const { index, error } = result.refused
        return {
          ok: false,
          error: `commands[${index}] (${String(log[index]?.command.type).slice(0, 40)}) was refused: ${error}`,
        }
      }
      sim.takeEvents()
      rt.checkpoints = cps
      rt.feed.drop()
      set({
        ...freshRun(sc, sim),
        startMs: buildStartMs(sc),
        commandLog: log,
        cursor: log.length,
        horizonMs: sim.state.timeMs,
        milestones: found.slice(-MILESTONE_LIMIT),
        running: false,
        lesson: null,
        ...(validSpeed(speed) ? { speed } : {}),
        revision: get().revision + 1,
      })
      return { ok: true }
    },
  }
}
