import { describe, expect, test } from 'vitest'
import { clusterView } from '../engine'
import { savedLesson } from './lessonSlice'
import { createLabStore, type LabStore } from './simStore'

const FRAME_MS = 100
const run = (store: LabStore, frames: number) => {
  for (let i = 0; i < frames; i++) store.getState().tick(FRAME_MS)
}
const send = (store: LabStore, value: string, partition?: number, key: string | null = null) =>
  store.getState().dispatch({
    type: 'produce',
    topic: 'purchases',
    key,
    value,
    format: 'text',
    ...(partition !== undefined ? { partition } : {}),
  })

describe('lesson 4, step 1, as the issue found it', () => {
  test('keyless records sent to a chosen partition first do not lock the step: the latest three count', () => {
    const store = createLabStore(undefined, { running: false })
    store.getState().startLesson('keys')
    run(store, 20)
    for (const v of ['a', 'b', 'c']) send(store, v, 2)
    run(store, 30)
    expect(store.getState().lesson?.goalReached).toBe(false)
    expect(store.getState().lesson?.blockedReason).toBe('lesson.keys.s1.blocked.partition')
    for (const v of ['d', 'e', 'f']) send(store, v)
    run(store, 30)
    expect(store.getState().lesson?.goalReached).toBe(true)
    expect(store.getState().lesson?.blockedReason).toBeNull()
  })

  test('"Show me" after mistakes starts the step again and completes it', () => {
    const store = createLabStore(undefined, { running: false })
    store.getState().startLesson('keys')
    run(store, 20)
    for (const v of ['a', 'b', 'c']) send(store, v, 2)
    run(store, 10)
    store.getState().showMe()
    for (let i = 0; i < 2000 && !store.getState().lesson?.goalReached; i++) store.getState().tick(FRAME_MS)
    expect(store.getState().lesson?.goalReached).toBe(true)
    // The mistakes are gone from the run: only the solution's three records were sent by hand.
    const hand = store.getState().commandLog.filter((c) => c.command.type === 'produce')
    expect(hand.map((c) => (c.command.type === 'produce' ? c.command.value : ''))).toEqual([
      'no key 1',
      'no key 2',
      'no key 3',
    ])
  })
})

describe('restartStep', () => {
  test('restores the state the step started from exactly: the cluster, the clock, the command log, the forms, no selection', () => {
    const store = createLabStore(undefined, { running: false })
    store.getState().startLesson('keys')
    run(store, 50)
    store.getState().select({ kind: 'broker', brokerId: 2 })
    store.getState().showMe()
    for (let i = 0; i < 2000 && !store.getState().lesson?.goalReached; i++) store.getState().tick(FRAME_MS)
    while (store.getState().lesson?.solution) store.getState().tick(FRAME_MS)
    store.getState().nextStep()
    const start = store.getState().lesson!.start
    const atStart = JSON.stringify(clusterView(store.getState().sim.state))
    const formsReset = store.getState().formsReset
    // The student tries things in step 2 and selects something.
    send(store, 'x', 0, 'customer-7')
    store.getState().dispatch({ type: 'killBroker', brokerId: 3 })
    store.getState().select({ kind: 'broker', brokerId: 1 })
    run(store, 80)
    expect(store.getState().sim.state.timeMs).toBeGreaterThan(start.atMs)

    expect(store.getState().restartStep()).toEqual({ ok: true })
    const s = store.getState()
    expect(s.sim.state.timeMs).toBe(start.atMs)
    expect(JSON.stringify(clusterView(s.sim.state))).toBe(atStart)
    expect(s.commandLog).toHaveLength(start.cursor)
    expect(s.selection).toBeNull()
    expect(s.formsReset).toBeGreaterThan(formsReset)
    expect(s.lesson?.step).toBe(1)
    expect(s.lesson?.goalReached).toBe(false)
    expect(s.lesson?.stepCommands).toEqual([])
    expect(s.running).toBe(true)
  })

  test('refuses without a lesson', () => {
    const store = createLabStore(undefined, { running: false })
    expect(store.getState().restartStep().ok).toBe(false)
  })
})

describe('resumeLesson (after a reload)', () => {
  test('brings the lesson back on the restored run, with what happened in the step since it began', () => {
    const store = createLabStore(undefined, { running: false })
    store.getState().startLesson('keys')
    run(store, 20)
    send(store, 'a')
    send(store, 'b')
    run(store, 30)
    const saved = savedLesson(store.getState().lesson)!
    const s = store.getState()
    // The reload: a new store opens the same run, paused, without the lesson.
    const other = createLabStore(undefined, { running: false })
    expect(other.getState().load(s.scenario, s.commandLog, s.sim.state.timeMs)).toEqual({ ok: true })
    expect(other.getState().resumeLesson(JSON.parse(JSON.stringify(saved)))).toEqual({ ok: true })
    expect(other.getState().lesson).toMatchObject({ id: 'keys', step: 0, goalReached: false })
    // Two keyless records were sent before the reload: one more meets the goal.
    send(other, 'c')
    for (let i = 0; i < 40; i++) other.getState().tick(FRAME_MS)
    other.getState().play()
    for (let i = 0; i < 40 && !other.getState().lesson?.goalReached; i++) other.getState().tick(FRAME_MS)
    expect(other.getState().lesson?.goalReached).toBe(true)
  })

  test('refuses garbage', () => {
    const store = createLabStore(undefined, { running: false })
    for (const bad of [
      null,
      1,
      { id: 'nope', step: 0, atMs: 0, cursor: 0 },
      { id: 'keys', step: 9, atMs: 0, cursor: 0 },
      { id: 'keys', step: 0, atMs: -1, cursor: 0 },
    ]) {
      expect(store.getState().resumeLesson(bad).ok).toBe(false)
    }
    expect(store.getState().lesson).toBeNull()
  })
})
