import type { Command, SimEvent, SimState } from '../engine'
import type { MessageKey } from '../i18n/en'
import type { Scenario } from '../scenarios/scenario'

/** What a goal predicate sees: the cluster now, and what happened since the step began. */
export interface GoalContext {
  state: SimState
  /** Events since the step started (bounded to the most recent few thousand). */
  events: readonly SimEvent[]
  /** Engine commands the student (or "show me") dispatched since the step started. */
  commands: readonly Command[]
}

export type Goal = (ctx: GoalContext) => boolean

/** One move of a solution: a command, or a wait in simulated time. */
export type SolutionMove = { command: Command } | { waitMs: number }

export interface PredictQuestion {
  question: MessageKey
  choices: { text: MessageKey; correct: boolean }[]
  /** Shown once the student has answered: why the right answer is right. */
  explanation: MessageKey
}

export interface LessonStep {
  id: string
  /** Narration: what to look at, what it means. Plain text. */
  text: MessageKey
  /**
   * Screen elements to point at, as data-anchor prefixes: 'producer:P1', 'broker:2', 'replica:purchases:0:',
   * 'slot:purchases:1:', 'group:location-service', 'member:', 'control:produce'.
   */
  highlight?: string[]
  /** A "predict, then watch" question asked before the student acts. */
  predict?: PredictQuestion
  /** The auto-checked challenge: the step is done when this holds. Without a goal, "Next" moves on. */
  goal?: Goal
  /** What the challenge asks, shown above the hints. */
  task?: MessageKey
  hints?: MessageKey[]
  /** "Show me": moves that reach the goal from the step's start. Replayed by the lesson tests. */
  solution?: SolutionMove[]
  /** The real-cluster commands that match this step (kafka-topics.sh ...), shown beside the lesson. */
  cli?: string[]
  /** Pause the clock when the step starts (for a question or a careful look). */
  pause?: boolean
}

export interface Lesson {
  id: string
  title: MessageKey
  summary: MessageKey
  /** The prepared scene the lesson starts from. */
  scenario: Scenario
  steps: LessonStep[]
}
