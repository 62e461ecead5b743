import { beforeAll, describe, expect, test } from 'vitest'
import type { Command, SimEvent } from '../engine'
import { en as firstScreenEn, type MessageKey } from '../i18n/en'
import { lessonsEn } from '../i18n/messages/lessons'
import { es } from '../i18n/es'
import { buildSimulation } from '../scenarios/scenario'
import { LESSONS } from './catalog'
import type { GoalContext, Lesson, LessonStep } from './types'

/** All the English text, the lessons' steps included (the app loads those with the lesson panel). */
const en = { ...firstScreenEn, ...lessonsEn }

/** As the store's lesson runner: a step's goal sees at most this many recent events. */
const STEP_EVENTS_KEPT = 5000
/** How often the goal is looked at during a wait, like the store's frames (sped up). */
const FRAME_MS = 250
/** Waits longer than this jump in one go, as "let a week pass" does. */
const WARP_ABOVE_MS = 3_600_000
/** Time given after the last move, for flights to land. */
const SETTLE_MS = 5000
/** Time a student spends reading a step before acting. */
const READING_MS = 2000

interface StepRun {
  step: LessonStep
  heldAtStart: boolean
  reached: boolean
  refused: string[]
}

/**
 * Plays a lesson from its scene: each step starts with empty events and commands, its goal is looked at as the
 * runner would (after every change), then its solution is played and the clock settles. Steps follow one another
 * in course order, so each step starts where the previous solution left the cluster.
 */
function playLesson(lesson: Lesson): StepRun[] {
  const sim = buildSimulation(lesson.scenario)
  const runs: StepRun[] = []
  for (const step of lesson.steps) {
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
    wait(READING_MS)
    for (const move of step.solution ?? []) {
      if ('waitMs' in move) {
        wait(move.waitMs)
        continue
      }
      const result = sim.dispatch(move.command)
      if (!result.ok) refused.push(`${move.command.type}: ${result.error}`)
      else commands.push(move.command)
      observe(sim.takeEvents())
    }
    wait(SETTLE_MS)
    runs.push({ step, heldAtStart, reached, refused })
  }
  return runs
}

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  let runs: StepRun[] = []
  beforeAll(() => {
    runs = playLesson(lesson)
  })

  test.each(lesson.steps.filter((s) => s.goal).map((s) => [s.id] as const))(
    'step %s: the goal is not met at the start, the solution meets it',
    (stepId) => {
      const run = runs.find((r) => r.step.id === stepId)
      expect(run).toBeDefined()
      expect(run!.heldAtStart).toBe(false)
      expect(run!.refused).toEqual([])
      expect(run!.reached).toBe(true)
    },
  )
})

/** Every message key a lesson uses, with what it is for. */
function lessonKeys(lesson: Lesson): { key: MessageKey; stepText: boolean }[] {
  const keys: { key: MessageKey; stepText: boolean }[] = [
    { key: lesson.title, stepText: false },
    { key: lesson.summary, stepText: false },
  ]
  for (const step of lesson.steps) {
    keys.push({ key: step.text, stepText: true })
    if (step.task) keys.push({ key: step.task, stepText: true })
    for (const hint of step.hints ?? []) keys.push({ key: hint, stepText: true })
    if (step.predict) {
      keys.push(
        { key: step.predict.question, stepText: true },
        { key: step.predict.explanation, stepText: true },
      )
      for (const c of step.predict.choices) keys.push({ key: c.text, stepText: false })
    }
  }
  return keys
}

describe.each([
  ['en', en],
  ['es', es],
] as const)('lesson text in %s', (_lang, dict) => {
  test.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: every key exists and says something',
    (_id, lesson) => {
      const table = dict as Record<string, string | undefined>
      for (const { key } of lessonKeys(lesson)) {
        expect(table[key], key).toBeTypeOf('string')
        expect(table[key]!.trim().length, key).toBeGreaterThan(0)
      }
    },
  )
})

test.each(LESSONS.map((l) => [l.id, l] as const))(
  '%s: the Spanish step text is a translation, not a copy',
  (_id, lesson) => {
    for (const { key, stepText } of lessonKeys(lesson)) {
      if (stepText) expect(es[key], key).not.toBe(en[key])
    }
  },
)

test('lesson text is plain text: no HTML, no markdown', () => {
  const entries: [string, string][] = [...Object.entries(en), ...Object.entries(es)]
  for (const [key, value] of entries) {
    if (!key.startsWith('lesson.')) continue
    expect(value, key).not.toMatch(/<\/?[a-z][^>]*>|\*\*|__|`|^#|\]\(/i)
  }
})
