import { createStore, type StoreApi } from 'zustand/vanilla'
import { simulationFrom, type Command, type CommandResult, type SimEvent, type Simulation } from '../engine'
import { buildSimulation, type Scenario } from '../scenarios/scenario'
import { defaultScenario } from '../scenarios/builtins'
import { Checkpoints } from './checkpoints'
import { cloneState } from './cloneState'
import { isMilestone, isNotable } from './notable'
import { MILESTONE_LIMIT, milestoneOf, type Milestone } from './milestones'
import { playbackCommand } from './playbackCommands'
import { replayTo, type LoggedCommand } from './replay'
import {
  initialLessonState,
  lessonActions,
  observeLesson,
  runSolution,
  type LessonActions,
  type LessonHost,
  type LessonState,
} from './lessonSlice'
import type { StorageLike } from '../lessons/progress'

export const MIN_SPEED = 0.25
export const MAX_SPEED = 64
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const
/** The longest wall-clock gap one frame may simulate (a background tab must not jump minutes). */
/** How often components see a running simulation change (the flight canvas redraws every frame). */
const UI_UPDATE_MS = 50
const MAX_FRAME_MS = 100
const LOG_LIMIT = 300
/** How far "step" and "skip" look ahead before giving up. */
export const STEP_LIMIT_MS = 60_000
export const SKIP_LIMIT_MS = 10 * 60_000

export type Selection =
  { kind: 'record'; topic: string; partition: number; offset: number } | { kind: 'broker'; brokerId: number }

export interface LogEntry {
  id: number
  event: SimEvent
}

export type { LoggedCommand } from './replay'
export type { Milestone } from './milestones'

/** The future a change of the past replaced, kept so that it can be brought back. */
export interface Branch {
  /** When the two futures part. */
  atMs: number
  /** Commands the two share (the first `cursor` of either log). */
  cursor: number
  /** The other future's commands, after the shared ones. */
  commands: LoggedCommand[]
  /** The other future's milestones (all later than the shared ones). */
  milestones: Milestone[]
  /** How many of the current milestones the two share. */
  sharedMilestones: number
  horizonMs: number
}

export interface LabState extends LessonState {
  sim: Simulation
  scenario: Scenario
  /**
   * Engine commands given since the scenario was built, with their simulated times: the run, as data. After a seek
   * back the later ones are the recorded future, replayed as time passes them again, until a new command changes
   * the past (then they become `branch`).
   */
  commandLog: LoggedCommand[]
  /** How many commands of `commandLog` the simulation has applied. */
  cursor: number
  /** The simulated time the scene starts at (when its own commands are done). */
  startMs: number
  /** The furthest simulated time this run has reached: the end of the timeline. */
  horizonMs: number
  /** Kills, restarts, elections, rebalances and lesson steps, by time: the timeline's markers. Bounded. */
  milestones: Milestone[]
  /** The future replaced by the last change of the past, if any. */
  branch: Branch | null
  /** Bumped whenever the engine state may have changed. */
  revision: number
  running: boolean
  speed: number
  /** Notable events, oldest first, bounded. */
  log: LogEntry[]
  /** The events of the latest change, for animations that react to them. */
  recent: SimEvent[]
  selection: Selection | null
}

export interface HistoryStats {
  checkpoints: number
  /** Estimated bytes the checkpoints hold. */
  bytes: number
  spacingMs: number
}

export interface LabActions extends LessonActions {
  tick(wallMs: number): void
  /** Called after every simulated frame, before components hear of it: for the canvas layer. */
  subscribeFrame(listener: () => void): () => void
  play(): void
  pause(): void
  togglePlay(): void
  /** Pauses and runs to the next moment something happens. */
  step(): void
  /** Pauses and runs to the next milestone (a fencing, an election, a deletion...), skipping the wait. */
  skip(): void
  setSpeed(factor: number): CommandResult
  /** Lets `ms` pass with the producers quiet (a week, to watch retention). */
  warp(ms: number): void
  /** The exact state the run had at `timeMs` (pauses when going back); later times play the run on. */
  seek(timeMs: number): CommandResult
  /** Swaps the current future with the one the last change of the past replaced; pauses where they part. */
  restoreBranch(): CommandResult
  reset(scenario?: Scenario): void
  /**
   * Replaces the run with a restored one (an imported scene, a permalink, an autosave), paused at `timeMs`: the
   * scenario, then each command at its time. A refused command refuses the whole scene and changes nothing.
   */
  load(
    scenario: Scenario,
    commandLog: readonly LoggedCommand[],
    timeMs: number,
    speed?: number,
  ): CommandResult
  /** Engine and playback commands alike; never throws. */
  dispatch(command: unknown): CommandResult
  select(selection: Selection | null): void
  /** How many checkpoints the run keeps and what they weigh. */
  historyStats(): HistoryStats
}

export type LabStore = StoreApi<LabState & LabActions>

let entryId = 0

export interface LabStoreOptions {
  running?: boolean
  /** Where lesson progress is kept (the browser's localStorage in the app). */
  storage?: StorageLike
  onLessonCompleted?: (id: string) => void
}

const noEvents = () => {}

function collectMilestones(events: readonly SimEvent[], after: number, into: Milestone[]): void {
  for (const e of events) {
    if (e.t <= after) continue
    const m = milestoneOf(e)
    if (m) into.push(m)
  }
}

/** Inserts in time order (a lesson step may change while the clock is in the past). */
function insertMilestone(list: Milestone[], m: Milestone): Milestone[] {
  let i = list.length
  while (i > 0 && list[i - 1]!.t > m.t) i--
  return [...list.slice(0, i), m, ...list.slice(i)]
}

function validSpeed(factor: unknown): factor is number {
  return typeof factor === 'number' && Number.isFinite(factor) && factor >= MIN_SPEED && factor <= MAX_SPEED
}

export function createLabStore(
  scenario: Scenario = defaultScenario,
  options: LabStoreOptions = {},
): LabStore {
  let checkpoints = new Checkpoints()
  const firstSim = buildSimulation(scenario)
  checkpoints.take(firstSim.state, 0)

  return createStore<LabState & LabActions>()((set, get) => {
    const host: LessonHost = {
      get: () => get(),
      set: (partial) => {
        const before = get().lesson
        set(partial)
        const after = get().lesson
        if (after && (!before || before.id !== after.id || before.step !== after.step)) {
          const t = get().sim.state.timeMs
          addMilestones([{ t, kind: 'lesson', lessonId: after.id, step: after.step }])
        }
      },
      storage: options.storage,
      onCompleted: (id) => options.onLessonCompleted?.(id),
    }

    const addMilestones = (found: Milestone[]) => {
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

    /** Whether the run is at its newest point: new events there are new history. */
    const isLive = (s: LabState) => s.cursor >= s.commandLog.length && s.sim.state.timeMs >= s.horizonMs

    /**
     * Folds new events into the state: the log keeps the notable ones; events past the end of the recorded run (or
     * all of them, when the run is live) become milestones.
     */
    /** Frames of a running simulation not yet shown to React: components hear of it about 20 times a second. */
    let pending: SimEvent[] = []
    let pendingMilestones: Milestone[] = []
    let sinceUpdateMs = 0
    const frameListeners = new Set<() => void>()

    const publish = (fresh: SimEvent[], wasLive: boolean, extra: Partial<LabState> = {}) => {
      const events = pending.length > 0 ? [...pending, ...fresh] : fresh
      const earlier = pendingMilestones
      pending = []
      pendingMilestones = []
      sinceUpdateMs = 0
      const s = get()
      let log = s.log
      const notable = events.filter(isNotable)
      if (notable.length > 0) {
        log = [...log, ...notable.map((event) => ({ id: ++entryId, event }))]
        if (log.length > LOG_LIMIT) log = log.slice(log.length - LOG_LIMIT)
      }
      const found: Milestone[] = earlier
      collectMilestones(fresh, wasLive ? -Infinity : s.horizonMs, found)
      const horizonMs = Math.max(s.horizonMs, s.sim.state.timeMs)
      set({ revision: s.revision + 1, recent: events, log, horizonMs, ...extra })
      addMilestones(found)
      observeLesson(host, events, null)
    }

    /** Runs the recorded run forward to `target`, returning its events (the cursor moves in place). */
    const runForward = (target: number): SimEvent[] => {
      const s = get()
      const events: SimEvent[] = []
      const { cursor } = replayTo(s.sim, s.commandLog, s.cursor, target, checkpoints, (e) => {
        for (const x of e) events.push(x)
      })
      // Plain field write: the publish that follows notifies the subscribers once.
      if (cursor !== s.cursor) (s as { cursor: number }).cursor = cursor
      return events
    }

    /** The simulation as it was at `timeMs` (not before the scene's start), from the nearest earlier checkpoint. */
    const rebuildAt = (
      timeMs: number,
      log: readonly LoggedCommand[],
    ): { sim: Simulation; cursor: number } => {
      dropPending()
      const cp = checkpoints.latestAtOrBefore(timeMs)
      let sim: Simulation
      let cursor: number
      if (cp) {
        sim = simulationFrom(cloneState(cp.state))
        cursor = cp.applied
      } else {
        sim = buildSimulation(get().scenario)
        cursor = 0
      }
      cursor = replayTo(sim, log, cursor, timeMs, checkpoints, noEvents).cursor
      sim.takeEvents()
      return { sim, cursor }
    }

    /** A command in the past: the recorded future becomes the branch, and the run goes on from now. */
    const cutFuture = () => {
      const s = get()
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
      checkpoints.dropAfter(now, s.cursor)
      set({
        commandLog: s.commandLog.slice(0, s.cursor),
        milestones: s.milestones.slice(0, shared),
        horizonMs: now,
        branch,
      })
    }

    /** Frames not yet shown belong to a run that is being replaced. */
    const dropPending = () => {
      pending = []
      pendingMilestones = []
      sinceUpdateMs = 0
    }

    const fresh = (sc: Scenario, sim: Simulation): Partial<LabState> => (
      dropPending(),
      {
        sim,
        scenario: sc,
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
    )

    return {
      sim: firstSim,
      scenario,
      commandLog: [],
      cursor: 0,
      startMs: firstSim.state.timeMs,
      horizonMs: firstSim.state.timeMs,
      milestones: [],
      branch: null,
      revision: 0,
      running: options.running ?? true,
      speed: 1,
      log: [],
      recent: [],
      selection: null,
      ...initialLessonState(options.storage),
      ...lessonActions(host),

      tick(wallMs) {
        const s = get()
        if (!s.running || !(wallMs > 0)) return
        const wasLive = isLive(s)
        const target = s.sim.state.timeMs + Math.min(wallMs, MAX_FRAME_MS) * s.speed
        const events = runForward(target)
        collectMilestones(events, wasLive ? -Infinity : s.horizonMs, pendingMilestones)
        for (const e of events) pending.push(e)
        sinceUpdateMs += wallMs
        if (sinceUpdateMs >= UI_UPDATE_MS || events.some(isNotable)) publish([], wasLive)
        for (const listener of frameListeners) listener()
        if (get().lesson?.solution) runSolution(host)
      },
      subscribeFrame(listener) {
        frameListeners.add(listener)
        return () => frameListeners.delete(listener)
      },
      play: () => set({ running: true }),
      pause: () => set({ running: false }),
      togglePlay: () => set({ running: !get().running }),
      step() {
        set({ running: false })
        const s = get()
        const wasLive = isLive(s)
        const next = s.commandLog[s.cursor]
        const limit = next ? Math.min(STEP_LIMIT_MS, next.atMs - s.sim.state.timeMs) : STEP_LIMIT_MS
        const events = s.sim.stepToNextEvent(limit)
        // Reached a recorded command without anything happening before it: the command is the next event.
        if (events.length === 0 && next && s.sim.state.timeMs >= next.atMs)
          for (const e of runForward(s.sim.state.timeMs)) events.push(e)
        checkpoints.maybeTake(s.sim.state, get().cursor)
        publish(events, wasLive)
      },
      skip() {
        set({ running: false })
        const s = get()
        const wasLive = isLive(s)
        const until = s.sim.state.timeMs + SKIP_LIMIT_MS
        const all: SimEvent[] = []
        while (s.sim.state.timeMs < until) {
          const next = get().commandLog[get().cursor]
          const stop = next ? Math.min(until, next.atMs) : until
          let events = s.sim.stepToNextEvent(stop - s.sim.state.timeMs)
          if (next && s.sim.state.timeMs >= next.atMs) events = [...events, ...runForward(s.sim.state.timeMs)]
          for (const e of events) all.push(e)
          if (events.some(isMilestone)) break
          if (events.length === 0 && s.sim.state.timeMs >= until) break
        }
        checkpoints.maybeTake(s.sim.state, get().cursor)
        publish(all, wasLive)
      },
      setSpeed(factor) {
        if (!validSpeed(factor))
          return { ok: false, error: `Speed must be a number from ${MIN_SPEED} to ${MAX_SPEED}.` }
        set({ speed: factor })
        return { ok: true }
      },
      warp(ms) {
        const s = get()
        if (!s.dispatch({ type: 'quietProducers', forMs: ms }).ok) return
        publish(runForward(get().sim.state.timeMs + ms), true)
      },
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
          const cp = wasLive ? undefined : checkpoints.latestAtOrBefore(recorded)
          if (cp && cp.timeMs > now + checkpoints.spacingMs) {
            const { sim, cursor } = rebuildAt(recorded, s.commandLog)
            set({ sim, cursor, selection: null, log: s.log, recent: [] })
          }
          publish(runForward(target), wasLive)
          return { ok: true }
        }
        const { sim, cursor } = rebuildAt(target, s.commandLog)
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
        checkpoints.dropAfter(b.atMs, b.cursor)
        const target = Math.min(s.sim.state.timeMs, b.atMs)
        const { sim, cursor } = rebuildAt(target, commandLog)
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
      reset(next) {
        const sc = next ?? get().scenario
        const sim = buildSimulation(sc)
        checkpoints = new Checkpoints()
        checkpoints.take(sim.state, 0)
        set({ ...fresh(sc, sim), revision: get().revision + 1 })
      },
      load(sc, commandLog, timeMs, speed) {
        let sim: Simulation
        try {
          sim = buildSimulation(sc)
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
        const result = replayTo(
          sim,
          log,
          0,
          timeMs,
          cps,
          (events) => collectMilestones(events, -Infinity, found),
          true,
        )
        if (result.refused) {
          const { index, error } = result.refused
          return {
            ok: false,
            error: `commands[${index}] (${String(log[index]?.command.type).slice(0, 40)}) was refused: ${error}`,
          }
        }
        sim.takeEvents()
        checkpoints = cps
        set({
          ...fresh(sc, sim),
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
      dispatch(command) {
        const playback = playbackCommand(get(), command)
        if (playback) return playback
        const s = get()
        const result = s.sim.dispatch(command)
        if (result.ok) {
          const events = s.sim.takeEvents()
          cutFuture()
          const copy = JSON.parse(JSON.stringify(command)) as Command
          const t = get()
          t.commandLog.push({ atMs: t.sim.state.timeMs, command: copy })
          set({ cursor: t.commandLog.length })
          observeLesson(host, [], copy)
          publish(events, true)
        }
        return result
      },
      select: (selection) => set({ selection }),
      historyStats: () => ({
        checkpoints: checkpoints.count,
        bytes: checkpoints.bytes,
        spacingMs: checkpoints.spacingMs,
      }),
    }
  })
}

/** When a scenario's own commands are done (the time its simulation starts at). */
function buildStartMs(sc: Scenario): number {
  return sc.commands.reduce((m, c) => Math.max(m, c.atMs), 0)
}
