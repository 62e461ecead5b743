import { simulationFrom, type Command, type SimEvent, type Simulation } from '../engine'
import type { MessageKey } from '../i18n/en'
import { buildSimulation } from '../scenarios/scenario'
import type { GoalContext, Lesson, LessonStep, SolutionMove } from './types'

/**
 * Lessons replayed outside the store, for tests: a step's moves played from the state the step starts in, its goal
 * looked at after every change as the store's runner does, and what blocks the attempt at the end.
 */

/** As the store's lesson runner: a step's goal sees at most this many recent events. */
const STEP_EVENTS_KEPT = 5000
/** How often the goal is looked at during a wait, like the store's frames (sped up). */
const FRAME_MS = 250
/** Waits longer than this jump in one go, as "let a week pass" does. */
const WARP_ABOVE_MS = 3_600_000
/** Time given after the last move, for flights to land. */
export const SETTLE_MS = 5000
/** Time a student spends reading a step before acting. */
export const READING_MS = 2000

export interface MovesRun {
  heldAtStart: boolean
  reached: boolean
  /** The commands the engine refused, with its error. */
  refused: string[]
  /** What the step's blocker says once the moves are played (when the goal was not reached). */
  blocked: MessageKey | undefined
}

/** A copy of a simulation that goes its own way. */
export const fork = (sim: Simulation): Simulation => simulationFrom(structuredClone(sim.state))

/** Plays `moves` on `sim` (changed in place) within `step`, from the step's start. */
export function playMoves(
  sim: Simulation,
  step: LessonStep,
  moves: readonly SolutionMove[],
  settleMs = SETTLE_MS,
): MovesRun {
  const events: SimEvent[] = []
  const commands: Command[] = []
  const ctx = (): GoalContext => ({ state: sim.state, events, commands })
  let reached = false
  const observe = (fresh: SimEvent[]) => {
    events.push(...fresh)
    if (events.length > STEP_EVENTS_KEPT) events.splice(0, events.length - STEP_EVENTS_KEPT)
    if (step.goal && !reached && step.goal(ctx())) reached = true
  }
  const wait = (ms: number) => {
    if (ms > WARP_ABOVE_MS) return observe(sim.advance(ms))
    for (let left = ms; left > 0; left -= FRAME_MS) observe(sim.advance(Math.min(FRAME_MS, left)))
  }
  const heldAtStart = step.goal ? step.goal(ctx()) : false
  const refused: string[] = []
  for (const move of moves) {
    if ('waitMs' in move) {
      wait(move.waitMs)
      continue
    }
    const result = sim.dispatch(move.command)
    if (!result.ok) refused.push(`${move.command.type}: ${result.error}`)
    else commands.push(move.command)
    observe(sim.takeEvents())
  }
  wait(settleMs)
  return { heldAtStart, reached, refused, blocked: reached ? undefined : step.blocked?.(ctx()) }
}

/**
 * The lesson's scene, then each step in course order: `visit` sees the simulation as the step starts (after the
 * student read it for a moment), to try things on forks of it; then the step's solution is played on, so that the
 * next step starts where the previous solution left the cluster.
 */
export function walkLesson(lesson: Lesson, visit: (step: LessonStep, start: Simulation) => void): void {
  const sim = buildSimulation(lesson.scenario)
  for (const step of lesson.steps) {
    sim.advance(READING_MS)
    sim.takeEvents()
    visit(step, sim)
    playMoves(sim, step, step.solution ?? [])
  }
}
