import type { Command, RecordFormat, SimEvent, SimState } from '../engine'
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

/**
 * Why the student's latest attempt cannot reach the step's goal, and how to recover (an i18n key the panel shows),
 * or undefined when nothing stands in the way. Looked at only while the goal is not met.
 */
export type Blocker = (ctx: GoalContext) => MessageKey | undefined

/** The "Produce by hand" form's fields, as a step starts. */
export interface ProduceFormFields {
  /** The topic chosen; the first writable topic when absent. */
  topic?: string
  key: string
  noKey: boolean
  value: string
  format: RecordFormat
  /** An explicit partition, or null to let the producer decide. */
  partition: number | null
  /** "Tombstone: send null" ticked: the record is a tombstone (a null value). */
  tombstone?: boolean
}

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
  /** Why the goal cannot be met by the latest attempt, and how to recover. */
  blocked?: Blocker
  /** The produce form's fields at the step's start, where they differ from the form's defaults. */
  produceForm?: Partial<ProduceFormFields>
  /** What the challenge asks, shown above the hints. */
  task?: MessageKey
  hints?: MessageKey[]
  /** "Show me": moves that reach the goal from the step's start. Replayed by the lesson tests. */
  solution?: SolutionMove[]
  /** The real-cluster commands that match this step (kafka-topics.sh ...), shown beside the lesson. */
  cli?: string[]
  /** Pause the clock when the step starts (for a question or a careful look). */
  pause?: boolean
  /** What the view shows while the step runs, where the step talks about it: `cells: 'value'` writes each
   * record's value in its log cell (a JSON object's first field) instead of its key. */
  show?: { cells?: 'value' }
}

export interface Lesson {
  id: string
  title: MessageKey
  summary: MessageKey
  /** The prepared scene the lesson starts from. */
  scenario: Scenario
  steps: LessonStep[]
}
