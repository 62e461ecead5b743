import { describe, expect, test } from 'vitest'
import { createLabStore, MAX_SPEED } from '../store/simStore'
import { LESSONS } from './catalog'

/** Wall-clock milliseconds of one frame, as the playback loop sends them. */
const FRAME_MS = 100
/** Frames a step may take before the test gives up (the week of the retention lesson needs the most). */
const MAX_FRAMES = 200_000

/**
 * Every lesson played through the store's own runner, the way a student clicking "Show me" on each step would:
 * start the lesson, show me, let the clock run at top speed until the step's goal is reached, next.
 */
describe.each(LESSONS.map((l) => [l.id, l] as const))('%s through the store', (_id, lesson) => {
  test('"Show me" on every step completes the lesson', { timeout: 60_000 }, () => {
    const store = createLabStore(undefined, { running: false })
    expect(store.getState().startLesson(lesson.id)).toEqual({ ok: true })
    store.getState().setSpeed(MAX_SPEED)
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i]!
      expect(store.getState().lesson?.step).toBe(i)
      if (step.goal) {
        expect(store.getState().lesson?.goalReached, step.id).toBe(false)
        store.getState().showMe()
        let frames = 0
        while (!store.getState().lesson?.goalReached && frames++ < MAX_FRAMES) store.getState().tick(FRAME_MS)
        expect(store.getState().lesson?.goalReached, step.id).toBe(true)
        // Let the rest of the solution play out before moving on.
        while (store.getState().lesson?.solution && frames++ < MAX_FRAMES) store.getState().tick(FRAME_MS)
      }
      store.getState().nextStep()
    }
    expect(store.getState().lesson?.completed).toBe(true)
    expect(store.getState().completedLessons).toContain(lesson.id)
  })
})

test('the retention challenge is met with the “Let a week pass” button, as a student does it', () => {
  const store = createLabStore(undefined, { running: false })
  store.getState().startLesson('immutability-retention')
  const steps = LESSONS.find((l) => l.id === 'immutability-retention')!.steps
  const week = steps.findIndex((s) => s.id === 'week')
  // A minute of reading and looking around first, so that the logs hold a few segments.
  for (let i = 0; i < 600; i++) store.getState().tick(FRAME_MS)
  store.getState().showMe()
  for (let i = 0; i < 200 && !store.getState().lesson?.goalReached; i++) store.getState().tick(FRAME_MS)
  while ((store.getState().lesson?.step ?? 0) < week) store.getState().nextStep()
  expect(store.getState().lesson?.step).toBe(week)
  store.getState().warp(7 * 86_400_000)
  expect(store.getState().lesson?.goalReached).toBe(false)
  for (let i = 0; i < 50 && !store.getState().lesson?.goalReached; i++) store.getState().tick(FRAME_MS)
  expect(store.getState().lesson?.goalReached).toBe(true)
})
