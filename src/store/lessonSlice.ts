import type { Command, CommandResult, SimEvent, SimState } from '../engine'
import { findLesson, LESSONS } from '../lessons/catalog'
import { loadProgress, saveProgress, type StorageLike } from '../lessons/progress'
import type { Lesson, LessonStep, SolutionMove } from '../lessons/types'

/** Waits longer than this in a "show me" are jumped over rather than watched. */
const LONG_WAIT_MS = 60_000

/** How many events a step keeps for its goal to look at. */
const STEP_EVENTS_KEPT = 5000

export interface ActiveLesson {
  id: string
  step: number
  /** The current step's goal holds (or it has none). */
  goalReached: boolean
  completed: boolean
  /** The predict question's chosen answer, by index. */
  answer: number | null
  hintsShown: number
  stepEvents: SimEvent[]
  stepCommands: Command[]
  /** A "show me" in progress: the moves left and, during a wait, when it ends. */
  solution: { moves: SolutionMove[]; index: number; waitUntil: number | null } | null
}

export interface LessonState {
  lesson: ActiveLesson | null
  /** Ids of completed lessons (saved in the browser). */
  completedLessons: string[]
}

export interface LessonActions {
  startLesson(id: unknown): CommandResult
  exitLesson(): void
  nextStep(): void
  previousStep(): void
  answer(choice: number): void
  showHint(): void
  showMe(): void
}

/** The parts of the lab store the lesson runner needs. */
export interface LessonHost {
  get(): LessonState & { sim: { state: SimState }; dispatch(c: unknown): CommandResult; reset(s: Lesson['scenario']): void }
  set(partial: Partial<LessonState> & { running?: boolean }): void
  storage: StorageLike | undefined
  onCompleted(id: string): void
}

export function currentStep(lesson: ActiveLesson | null): LessonStep | undefined {
  return lesson ? findLesson(lesson.id)?.steps[lesson.step] : undefined
}

function markCompleted(host: LessonHost, lesson: ActiveLesson): void {
  const completedLessons = host.get().completedLessons
  const updated = completedLessons.includes(lesson.id) ? completedLessons : [...completedLessons, lesson.id]
  if (updated !== completedLessons) saveProgress(host.storage, updated)
  host.set({ lesson: { ...lesson, goalReached: true, completed: true }, completedLessons: updated })
  if (updated !== completedLessons) host.onCompleted(lesson.id)
}

function enterStep(host: LessonHost, lesson: ActiveLesson, step: number): void {
  const lessonDef = findLesson(lesson.id)
  const def = lessonDef?.steps[step]
  const next: ActiveLesson = {
    ...lesson,
    step,
    goalReached: !def?.goal,
    answer: null,
    hintsShown: 0,
    stepEvents: [],
    stepCommands: [],
    solution: null,
  }
  host.set({ lesson: next, ...(def?.pause ? { running: false } : {}) })
  if (lessonDef && def && !def.goal && step === lessonDef.steps.length - 1) markCompleted(host, next)
}

export function initialLessonState(storage: StorageLike | undefined): LessonState {
  return { lesson: null, completedLessons: loadProgress(storage).completed }
}

export function lessonActions(host: LessonHost): LessonActions {
  return {
    startLesson(id) {
      const lesson = typeof id === 'string' ? findLesson(id) : undefined
      if (!lesson) return { ok: false, error: `Unknown lesson ${JSON.stringify(String(id)).slice(0, 60)}. Lessons: ${LESSONS.map((l) => l.id).join(', ')}.` }
      host.get().reset(lesson.scenario)
      host.set({ running: true })
      enterStep(host, { id: lesson.id, step: 0, goalReached: true, completed: false, answer: null, hintsShown: 0, stepEvents: [], stepCommands: [], solution: null }, 0)
      return { ok: true }
    },
    exitLesson() {
      host.set({ lesson: null })
    },
    nextStep() {
      const lesson = host.get().lesson
      const def = lesson && findLesson(lesson.id)
      if (!lesson || !def || !lesson.goalReached) return
      if (lesson.step + 1 < def.steps.length) enterStep(host, lesson, lesson.step + 1)
    },
    previousStep() {
      const lesson = host.get().lesson
      if (lesson && lesson.step > 0) enterStep(host, lesson, lesson.step - 1)
    },
    answer(choice) {
      const lesson = host.get().lesson
      if (lesson && lesson.answer === null) host.set({ lesson: { ...lesson, answer: choice } })
    },
    showHint() {
      const lesson = host.get().lesson
      const hints = currentStep(lesson)?.hints?.length ?? 0
      if (lesson && lesson.hintsShown < hints) host.set({ lesson: { ...lesson, hintsShown: lesson.hintsShown + 1 } })
    },
    showMe() {
      const lesson = host.get().lesson
      const moves = currentStep(lesson)?.solution
      if (!lesson || !moves || lesson.solution) return
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
      host.set({ lesson: { ...lesson, solution: null } })
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

/** After every change: feed the step's goal what happened, and mark the step (and the lesson) done. */
export function observeLesson(host: LessonHost, events: readonly SimEvent[], command: Command | null): void {
  const lesson = host.get().lesson
  if (!lesson || lesson.goalReached) return
  const def = findLesson(lesson.id)
  const step = def?.steps[lesson.step]
  if (!def || !step?.goal) return
  if (events.length > 0) {
    lesson.stepEvents.push(...events)
    if (lesson.stepEvents.length > STEP_EVENTS_KEPT) lesson.stepEvents.splice(0, lesson.stepEvents.length - STEP_EVENTS_KEPT)
  }
  if (command) lesson.stepCommands.push(command)
  const state = host.get().sim.state
  if (!step.goal({ state, events: lesson.stepEvents, commands: lesson.stepCommands })) return
  if (lesson.step === def.steps.length - 1) markCompleted(host, lesson)
  else host.set({ lesson: { ...lesson, goalReached: true } })
}
