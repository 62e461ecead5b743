import type { StoreApi } from 'zustand/vanilla'
import type { CommandResult, SimEvent, Simulation } from '../engine'
import type { Scenario } from '../scenarios/scenario'
import type { StorageLike } from '../lessons/progress'
import type { LessonActions, LessonState } from './lessonSlice'
import type { Milestone } from './milestones'
import type { LoggedCommand } from './replay'

/** The shape of the lab store: its state, its actions and its options. Types only. */

export type Selection =
  | { kind: 'record'; topic: string; partition: number; offset: number }
  | { kind: 'broker'; brokerId: number }
  /** A partition's whole log, as segments (the log inspector). */
  | { kind: 'log'; topic: string; partition: number }

export interface LogEntry {
  id: number
  event: SimEvent
}

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

export interface LabStoreOptions {
  running?: boolean
  /** Where lesson progress is kept (the browser's localStorage in the app). */
  storage?: StorageLike
  onLessonCompleted?: (id: string) => void
}
