import type { Command, CommandResult, SimEvent, SimState } from '../engine'
import type { MessageKey } from '../i18n/en'
import { findLesson, LESSONS } from '../lessons/catalog'
import { loadProgress, saveProgress, type StorageLike } from '../lessons/progress'
import type { GoalContext, Lesson, LessonStep, SolutionMove } from '../lessons/types'
import type { Selection } from './labState'
import type { LoggedCommand } from './replay'

/** Waits longer than this in a "show me" are jumped over rather than watched. */
const LONG_WAIT_MS = 60_000

/** How many events a step keeps for its goal to look at. */
const STEP_EVENTS_KEPT = 5000

/** Where a step began in the run: enough to go back there exactly (the run is deterministic). */
export interface StepStart {
  atMs: number
  /** How many commands of the command log were applied. */
  cursor: number
  /** Those commands (the same objects as the log's, to tell whether the run still begins with them). */
  log: readonly LoggedCommand[]
  selection: Selection | null
}

export interface ActiveLesson {
  id: string
  step: number
  /** The current step's goal was met in this step (or it has none): Next is open. */
  goalReached: boolean
  completed: boolean
  /** The predict question's chosen answer, by index. */
  answer: number | null
  hintsShown: number
  /** Why the latest attempt cannot reach the goal, and how to recover (an i18n key), or null. */
  blockedReason: MessageKey | null
  stepEvents: SimEvent[]
  stepCommands: Command[]
  /** Where the step began, for "Restart this step". */
  start: StepStart
  /** A "show me" in progress: the moves left and, during a wait, when it ends. */
  solution: { moves: SolutionMove[]; index: number; waitUntil: number | null } | null
}

export interface LessonState {
  lesson: ActiveLesson | null
  /** Ids of completed lessons (saved in the browser). */
  completedLessons: string[]
  /** Bumped when a lesson step starts or restarts: the forms go back to their starting fields. */
  formsReset: number
}

/** A lesson in progress as the autosave keeps it (plain JSON). */
export interface SavedLesson {
  id: string
  step: number
  atMs: number
  cursor: number
  goalReached: boolean
  completed: boolean
  answer: number | null
  hintsShown: number
}

export interface LessonActions {
  startLesson(id: unknown): CommandResult
  exitLesson(): void
  nextStep(): void
  previousStep(): void
  /** Back to the state the current step started from, exactly: the scene, the forms, the selection. */
  restartStep(): CommandResult
  /** Brings back a lesson saved with the work (after a reload), on the run just restored. */
  resumeLesson(saved: unknown): CommandResult
  answer(choice: number): void
  showHint(): void
  showMe(): void
}

/** The parts of the lab store the lesson runner needs. */
export interface LessonHost {
  get(): LessonState & {
    sim: { state: SimState }
    commandLog: readonly LoggedCommand[]
    cursor: number
    dispatch(c: unknown): CommandResult
    reset(s: Lesson['scenario']): void
  }
  set(partial: Partial<LessonState> & { running?: boolean; selection?: Selection | null }): void
  /** Where the run is now, as a step start. */
  mark(): StepStart
  /** Puts the run back where `start` was, dropping what came after. */
  rewind(start: StepStart): void
  /** What happened between `start` and now (replayed), or null when the run no longer passes through `start`. */
  since(start: StepStart): { events: SimEvent[]; commands: Command[] } | null
  storage: StorageLike | undefined
  onCompleted(id: string): void
}

export function currentStep(lesson: ActiveLesson | null): LessonStep | undefined {
  return lesson ? findLesson(lesson.id)?.steps[lesson.step] : undefined
}

/** The lesson as the autosave keeps it. */
export function savedLesson(lesson: ActiveLesson | null): SavedLesson | null {
  if (!lesson) return null
  const { id, step, goalReached, completed, answer, hintsShown } = lesson
  return {
    id,
    step,
    atMs: lesson.start.atMs,
    cursor: lesson.start.cursor,
    goalReached,
    completed,
    answer,
    hintsShown,
  }
}

function markCompleted(host: LessonHost, lesson: ActiveLesson): void {
  const completedLessons = host.get().completedLessons
  const updated = completedLessons.includes(lesson.id) ? completedLessons : [...completedLessons, lesson.id]
  if (updated !== completedLessons) saveProgress(host.storage, updated)
  host.set({
    lesson: { ...lesson, goalReached: true, completed: true, blockedReason: null },
    completedLessons: updated,
  })
  if (updated !== completedLessons) host.onCompleted(lesson.id)
}

/** The step's goal is met: Next opens, or the lesson is complete. */
function reachGoal(host: LessonHost, lesson: ActiveLesson): void {
  const def = findLesson(lesson.id)
  if (def && lesson.step === def.steps.length - 1) markCompleted(host, lesson)
  else host.set({ lesson: { ...lesson, goalReached: true, blockedReason: null } })
}

/** A step begins (or begins again): fresh attempts, the forms back to their starting fields, nothing selected. */
function enterStep(host: LessonHost, lesson: ActiveLesson, step: number, start: StepStart): void {
  const lessonDef = findLesson(lesson.id)
  const def = lessonDef?.steps[step]
  const again = lesson.step === step && lesson.start === start
  const next: ActiveLesson = {
    ...lesson,
    step,
    goalReached: !def?.goal,
    answer: again ? lesson.answer : null,
    hintsShown: again ? lesson.hintsShown : 0,
    blockedReason: null,
    stepEvents: [],
    stepCommands: [],
    start,
    solution: null,
  }
  host.set({
    lesson: next,
    formsReset: host.get().formsReset + 1,
    selection: start.selection,
    ...(def?.pause ? { running: false } : {}),
  })
  if (lessonDef && def && !def.goal && step === lessonDef.steps.length - 1) markCompleted(host, next)
}

export function initialLessonState(storage: StorageLike | undefined): LessonState {
  return { lesson: null, completedLessons: loadProgress(storage).completed, formsReset: 0 }
}

const isIndex = (v: unknown, below: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < below

/** Checks a saved lesson (it comes from the browser's storage: untrusted). */
function parseSaved(v: unknown): SavedLesson | string {
  if (typeof v !== 'object' || v === null) return 'not a saved lesson.'
  const o = v as Record<string, unknown>
  const def = typeof o.id === 'string' ? findLesson(o.id) : undefined
  if (!def) return 'unknown lesson.'
  if (!isIndex(o.step, def.steps.length)) return 'step out of range.'
  if (typeof o.atMs !== 'number' || !Number.isFinite(o.atMs) || o.atMs < 0) return 'atMs must be a time.'
  if (!isIndex(o.cursor, Number.MAX_SAFE_INTEGER)) return 'cursor must be a count.'
  const answer = o.answer === null || o.answer === undefined ? null : o.answer
  if (answer !== null && !isIndex(answer, def.steps[o.step]?.predict?.choices.length ?? 0))
    return 'answer out of range.'
  const hints = o.hintsShown === undefined ? 0 : o.hintsShown
  if (!isIndex(hints, (def.steps[o.step]?.hints?.length ?? 0) + 1)) return 'hintsShown out of range.'
  return {
    id: def.id,
    step: o.step,
    atMs: o.atMs,
    cursor: o.cursor,
    goalReached: o.goalReached === true,
    completed: o.completed === true,
    answer,
    hintsShown: hints,
  }
}

export function lessonActions(host: LessonHost): LessonActions {
  return {
    startLesson(id) {
      const lesson = typeof id === 'string' ? findLesson(id) : undefined
      if (!lesson)
        return {
          ok: false,
          error: `Unknown lesson ${JSON.stringify(String(id)).slice(0, 60)}. Lessons: ${LESSONS.map((l) => l.id).join(', ')}.`,
        }
      host.get().reset(lesson.scenario)
      host.set({ running: true })
      const start = host.mark()
      const fresh: ActiveLesson = {
        id: lesson.id,
        step: -1,
        goalReached: true,
        completed: false,
        answer: null,
        hintsShown: 0,
        blockedReason: null,
        stepEvents: [],
        stepCommands: [],
        start,
        solution: null,
      }
      enterStep(host, fresh, 0, start)
      return { ok: true }
    },
    exitLesson() {
      host.set({ lesson: null })
    },
    nextStep() {
      const lesson = host.get().lesson
      const def = lesson && findLesson(lesson.id)
      if (!lesson || !def || !lesson.goalReached) return
      if (lesson.step + 1 < def.steps.length) enterStep(host, lesson, lesson.step + 1, host.mark())
    },
    previousStep() {
      const lesson = host.get().lesson
      if (lesson && lesson.step > 0) enterStep(host, lesson, lesson.step - 1, host.mark())
    },
    restartStep() {
      const lesson = host.get().lesson
      if (!lesson) return { ok: false, error: 'No lesson is running.' }
      host.rewind(lesson.start)
      const def = currentStep(lesson)
      host.set({ running: !def?.pause })
      enterStep(host, lesson, lesson.step, lesson.start)
      return { ok: true }
    },
    resumeLesson(value) {
      const saved = parseSaved(value)
      if (typeof saved === 'string') return { ok: false, error: `Saved lesson: ${saved}` }
      const s = host.get()
      const start: StepStart = {
        atMs: saved.atMs,
        cursor: saved.cursor,
        log: s.commandLog.slice(0, saved.cursor),
        selection: null,
      }
      const seen = host.since(start)
      if (!seen) return { ok: false, error: 'Saved lesson: its step began outside the restored run.' }
      const stepDef = findLesson(saved.id)!.steps[saved.step]!
      const lesson: ActiveLesson = {
        id: saved.id,
        step: saved.step,
        goalReached: saved.goalReached || saved.completed || !stepDef.goal,
        completed: saved.completed,
        answer: saved.answer,
        hintsShown: saved.hintsShown,
        blockedReason: null,
        stepEvents: seen.events,
        stepCommands: seen.commands,
        start,
        solution: null,
      }
      host.set({ lesson })
      observeLesson(host, [], null)
      return { ok: true }
    },
    answer(choice) {
      const lesson = host.get().lesson
      if (lesson && lesson.answer === null) host.set({ lesson: { ...lesson, answer: choice } })
    },
    showHint() {
      const lesson = host.get().lesson
      const hints = currentStep(lesson)?.hints?.length ?? 0
      if (lesson && lesson.hintsShown < hints)
        host.set({ lesson: { ...lesson, hintsShown: lesson.hintsShown + 1 } })
    },
    showMe() {
      let lesson = host.get().lesson
      const moves = currentStep(lesson)?.solution
      if (!lesson || !moves || lesson.solution) return
      // Shown from the step's start, so that what the student tried before cannot get in its way.
      if (lesson.stepCommands.length > 0) {
        host.rewind(lesson.start)
        enterStep(host, lesson, lesson.step, lesson.start)
        lesson = host.get().lesson!
      }
      host.set({ lesson: { ...lesson, solution: { moves, index: 0, waitUntil: null } }, running: true })
      runSolution(host)
    },
  }
}

/** Plays the "show me" moves that are due: commands at once, waits in simulated time. */
export function runSolution(host: LessonHost): void {
  for (let guard = 0; guard < 100; guard++) {
    const lesson = host.get().lesson
    const sol = lesson?.solution
    if (!lesson || !sol) return
    const move = sol.moves[sol.index]
    if (!move) {
      // "Show me" always completes its step, even if the cluster took another turn on the way.
      if (lesson.goalReached) host.set({ lesson: { ...lesson, solution: null } })
      else reachGoal(host, { ...lesson, solution: null })
      return
    }
    const now = host.get().sim.state.timeMs
    if ('waitMs' in move && move.waitMs > LONG_WAIT_MS) {
      // A week of retention is not watched in real time: the clock jumps, as "Let a week pass" does.
      host.set({ lesson: { ...lesson, solution: { ...sol, index: sol.index + 1, waitUntil: null } } })
      host.get().dispatch({ type: 'advance', ms: move.waitMs })
      continue
    }
    if ('waitMs' in move) {
      if (sol.waitUntil === null) {
        host.set({ lesson: { ...lesson, solution: { ...sol, waitUntil: now + move.waitMs } } })
        continue
      }
      if (now < sol.waitUntil) return
      host.set({ lesson: { ...lesson, solution: { ...sol, index: sol.index + 1, waitUntil: null } } })
      continue
    }
    host.set({ lesson: { ...lesson, solution: { ...sol, index: sol.index + 1 } } })
    host.get().dispatch(move.command)
  }
}

/**
 * After every change: feed the step's goal what happened, and mark the step (and the lesson) done; while it is not,
 * say what stands in the way of the latest attempt.
 */
export function observeLesson(host: LessonHost, events: readonly SimEvent[], command: Command | null): void {
  const lesson = host.get().lesson
  if (!lesson || lesson.goalReached) return
  const def = findLesson(lesson.id)
  const step = def?.steps[lesson.step]
  if (!def || !step?.goal) return
  if (events.length > 0) {
    lesson.stepEvents.push(...events)
    if (lesson.stepEvents.length > STEP_EVENTS_KEPT)
      lesson.stepEvents.splice(0, lesson.stepEvents.length - STEP_EVENTS_KEPT)
  }
  if (command) lesson.stepCommands.push(command)
  const ctx: GoalContext = {
    state: host.get().sim.state,
    events: lesson.stepEvents,
    commands: lesson.stepCommands,
  }
  if (step.goal(ctx)) {
    reachGoal(host, lesson)
    return
  }
  const blockedReason = step.blocked?.(ctx) ?? null
  if (blockedReason !== lesson.blockedReason) host.set({ lesson: { ...lesson, blockedReason } })
}
