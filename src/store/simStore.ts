import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Command, CommandResult, SimEvent, Simulation } from '../engine'
import { buildSimulation, type Scenario } from '../scenarios/scenario'
import { defaultScenario } from '../scenarios/builtins'
import { isMilestone, isNotable } from './notable'
import { playbackCommand } from './playbackCommands'
import { initialLessonState, lessonActions, observeLesson, runSolution, type LessonActions, type LessonHost, type LessonState } from './lessonSlice'
import type { StorageLike } from '../lessons/progress'

export const MIN_SPEED = 0.25
export const MAX_SPEED = 64
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const
/** The longest wall-clock gap one frame may simulate (a background tab must not jump minutes). */
const MAX_FRAME_MS = 100
const LOG_LIMIT = 300
/** How far "step" and "skip" look ahead before giving up. */
export const STEP_LIMIT_MS = 60_000
export const SKIP_LIMIT_MS = 10 * 60_000

export type Selection =
  | { kind: 'record'; topic: string; partition: number; offset: number }
  | { kind: 'broker'; brokerId: number }

export interface LogEntry {
  id: number
  event: SimEvent
}

export interface LabState extends LessonState {
  sim: Simulation
  scenario: Scenario
  /** Engine commands applied since the scenario was built, with their simulated times: the run, as data. */
  commandLog: { atMs: number; command: Command }[]
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

export interface LabActions extends LessonActions {
  tick(wallMs: number): void
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
  seek(timeMs: number): CommandResult
  reset(scenario?: Scenario): void
  /** Replaces the run with a restored one (an imported scene or a permalink), paused. */
  load(scenario: Scenario, sim: Simulation, commandLog: LabState['commandLog']): void
  /** Engine and playback commands alike; never throws. */
  dispatch(command: unknown): CommandResult
  select(selection: Selection | null): void
}

export type LabStore = StoreApi<LabState & LabActions>

let entryId = 0

export interface LabStoreOptions {
  running?: boolean
  /** Where lesson progress is kept (the browser's localStorage in the app). */
  storage?: StorageLike
  onLessonCompleted?: (id: string) => void
}

export function createLabStore(scenario: Scenario = defaultScenario, options: LabStoreOptions = {}): LabStore {
  return createStore<LabState & LabActions>()((set, get) => {
    const host: LessonHost = {
      get: () => get(),
      set: (partial) => set(partial),
      storage: options.storage,
      onCompleted: (id) => options.onLessonCompleted?.(id),
    }
    /** Folds new events into the state: the log keeps the notable ones. */
    const publish = (events: SimEvent[], extra: Partial<LabState> = {}) => {
      const s = get()
      let log = s.log
      const notable = events.filter(isNotable)
      if (notable.length > 0) {
        log = [...log, ...notable.map((event) => ({ id: ++entryId, event }))]
        if (log.length > LOG_LIMIT) log = log.slice(log.length - LOG_LIMIT)
      }
      set({ revision: s.revision + 1, recent: events, log, ...extra })
      observeLesson(host, events, null)
    }

    const replayTo = (timeMs: number): Simulation => {
      const s = get()
      const sim = buildSimulation(s.scenario)
      for (const { atMs, command } of s.commandLog) {
        if (atMs > timeMs) break
        if (atMs > sim.state.timeMs) sim.advance(atMs - sim.state.timeMs)
        sim.dispatch(command)
      }
      if (timeMs > sim.state.timeMs) sim.advance(timeMs - sim.state.timeMs)
      sim.takeEvents()
      return sim
    }

    return {
      sim: buildSimulation(scenario),
      scenario,
      commandLog: [],
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
        const simMs = Math.min(wallMs, MAX_FRAME_MS) * s.speed
        publish(s.sim.advance(simMs))
        if (get().lesson?.solution) runSolution(host)
      },
      play: () => set({ running: true }),
      pause: () => set({ running: false }),
      togglePlay: () => set({ running: !get().running }),
      step() {
        set({ running: false })
        publish(get().sim.stepToNextEvent(STEP_LIMIT_MS))
      },
      skip() {
        const { sim } = get()
        set({ running: false })
        const until = sim.state.timeMs + SKIP_LIMIT_MS
        const all: SimEvent[] = []
        while (sim.state.timeMs < until) {
          const events = sim.stepToNextEvent(until - sim.state.timeMs)
          for (const e of events) all.push(e)
          if (events.length === 0 || events.some(isMilestone)) break
        }
        publish(all)
      },
      setSpeed(factor) {
        if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < MIN_SPEED || factor > MAX_SPEED) {
          return { ok: false, error: `Speed must be a number from ${MIN_SPEED} to ${MAX_SPEED}.` }
        }
        set({ speed: factor })
        return { ok: true }
      },
      warp(ms) {
        const s = get()
        s.dispatch({ type: 'quietProducers', forMs: ms })
        publish(s.sim.advance(ms))
      },
      seek(timeMs) {
        const s = get()
        if (typeof timeMs !== 'number' || !Number.isFinite(timeMs) || timeMs < 0) {
          return { ok: false, error: 'timeMs must be a number of simulated milliseconds, 0 or more.' }
        }
        if (timeMs >= s.sim.state.timeMs) {
          publish(s.sim.advance(timeMs - s.sim.state.timeMs))
          return { ok: true }
        }
        const sim = replayTo(timeMs)
        set({ sim, running: false, selection: null, log: [], recent: [], revision: s.revision + 1 })
        return { ok: true }
      },
      reset(next) {
        const sc = next ?? get().scenario
        set({ sim: buildSimulation(sc), scenario: sc, commandLog: [], log: [], recent: [], selection: null, revision: get().revision + 1 })
      },
      load(scenario, sim, commandLog) {
        set({ sim, scenario, commandLog: [...commandLog], running: false, log: [], recent: [], selection: null, revision: get().revision + 1 })
      },
      dispatch(command) {
        const playback = playbackCommand(get(), command)
        if (playback) return playback
        const s = get()
        const result = s.sim.dispatch(command)
        if (result.ok) {
          const copy = JSON.parse(JSON.stringify(command)) as Command
          s.commandLog.push({ atMs: s.sim.state.timeMs, command: copy })
          observeLesson(host, [], copy)
          publish(s.sim.takeEvents())
        }
        return result
      },
      select: (selection) => set({ selection }),
    }
  })
}
