import { describe, expect, test } from 'vitest'
import { createLabStore } from '../store/simStore'
import { followLessonSteps } from './lessonEvents'

describe('followLessonSteps', () => {
  test('tells each step as it is completed: a challenge when its goal is met, a reading step when left', () => {
    const store = createLabStore(undefined, { running: false })
    const told: { lessonId: string; step: number }[] = []
    followLessonSteps(store, (d) => told.push(d))
    store.getState().startLesson('topics')
    expect(told).toEqual([])
    store.getState().nextStep() // step 0 has no challenge: leaving it completes it
    expect(told).toEqual([{ lessonId: 'topics', step: 0 }])
    for (const format of ['json', 'text'] as const)
      store
        .getState()
        .dispatch({ type: 'produce', topic: 'purchases', key: null, value: `{"f":"${format}"}`, format })
    for (let i = 0; i < 40 && !store.getState().lesson?.goalReached; i++)
      store.getState().dispatch({ type: 'advance', ms: 100 })
    expect(store.getState().lesson?.goalReached).toBe(true)
    expect(told).toEqual([
      { lessonId: 'topics', step: 0 },
      { lessonId: 'topics', step: 1 },
    ])
    // Nothing twice while nothing changes.
    store.getState().dispatch({ type: 'advance', ms: 1000 })
    expect(told).toHaveLength(2)
    // Restarted, the step is told again when it is met again.
    store.getState().restartStep()
    expect(store.getState().lesson?.goalReached).toBe(false)
    store.getState().showMe()
    for (let i = 0; i < 200 && store.getState().lesson?.solution; i++) store.getState().tick(100)
    expect(told.at(-1)).toEqual({ lessonId: 'topics', step: 1 })
    expect(told).toHaveLength(3)
  })

  test('snapshot().lesson says whether the goal was reached and what blocks it', async () => {
    const { snapshotOf } = await import('./snapshot')
    const store = createLabStore(undefined, { running: false })
    store.getState().startLesson('keys')
    expect(snapshotOf(store.getState()).lesson).toMatchObject({
      id: 'keys',
      step: 0,
      goalReached: false,
      blockedReason: null,
    })
    store
      .getState()
      .dispatch({ type: 'produce', topic: 'purchases', key: null, value: 'x', format: 'text', partition: 2 })
    for (let i = 0; i < 30; i++) store.getState().dispatch({ type: 'advance', ms: 100 })
    expect(snapshotOf(store.getState()).lesson?.blockedReason).toBe('lesson.keys.s1.blocked.partition')
  })
})

test('restartStep is part of the API and of the postMessage bridge', async () => {
  const { createApi } = await import('./kafkaLabApi')
  const { answer } = await import('./postMessageBridge')
  const store = createLabStore(undefined, { running: false })
  const api = createApi(store, { origin: 'https://example.org', pathname: '/' })
  expect(api.restartStep().ok).toBe(false)
  api.startLesson('keys')
  store.getState().dispatch({ type: 'advance', ms: 5000 })
  expect(answer(api, { kafkaLab: 1, id: 7, method: 'restartStep' })).toEqual({
    kafkaLab: 1,
    id: 7,
    result: { ok: true },
  })
  expect(store.getState().sim.state.timeMs).toBe(store.getState().lesson?.start.atMs)
})
