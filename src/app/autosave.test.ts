import { describe, expect, it, vi } from 'vitest'
import { defaultScenario } from '../scenarios/builtins'
import { createLabStore } from '../store/simStore'
import { exportSceneText } from '../api/kafkaLabApi'
import {
  AUTOSAVE_KEY,
  AUTOSAVE_LESSON_KEY,
  restoreAutosave,
  startAutosave,
  type AutosaveStorage,
} from './autosave'

function memoryStorage(): AutosaveStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}

function fakeTimers() {
  let tick: (() => void) | undefined
  const events = new Map<string, () => void>()
  return {
    options: {
      setInterval: (fn: () => void) => ((tick = fn), 1),
      clearInterval: () => (tick = undefined),
      target: {
        addEventListener: (t: string, fn: () => void) => events.set(t, fn),
        removeEventListener: (t: string) => events.delete(t),
      } as never,
      document: { visibilityState: 'hidden' as DocumentVisibilityState },
    },
    tick: () => tick?.(),
    fire: (t: string) => events.get(t)?.(),
    events,
  }
}

describe('autosave', () => {
  it('saves on its interval when something changed, and on pagehide; a reload restores it paused', () => {
    const storage = memoryStorage()
    const store = createLabStore(defaultScenario, { running: true })
    const timers = fakeTimers()
    const stop = startAutosave(store, storage, timers.options)
    store.getState().dispatch({ type: 'advance', ms: 4000 })
    store.getState().dispatch({ type: 'killBroker', brokerId: 3 })
    timers.tick()
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(exportSceneText(store))
    store.getState().dispatch({ type: 'advance', ms: 1000 })
    timers.fire('pagehide')
    const saved = storage.data.get(AUTOSAVE_KEY)!
    expect(saved).toBe(exportSceneText(store))
    stop()
    expect(timers.events.size).toBe(0)

    const reloaded = createLabStore(defaultScenario, { running: true })
    expect(restoreAutosave(reloaded, storage)).toBe('restored')
    expect(reloaded.getState().running).toBe(false)
    expect(exportSceneText(reloaded)).toBe(saved)
  })

  it('with keepSavedUntilChanged, an opened scene leaves the saved work alone until the student acts', () => {
    const storage = memoryStorage()
    storage.data.set(AUTOSAVE_KEY, 'yesterday')
    const store = createLabStore(defaultScenario, { running: true })
    store.getState().dispatch({ type: 'advance', ms: 3000 }) // what the opened link itself did
    const timers = fakeTimers()
    startAutosave(store, storage, { ...timers.options, keepSavedUntilChanged: true })
    store.getState().tick(50) // the clock running is not a change of the scene
    timers.tick()
    timers.fire('pagehide')
    timers.fire('visibilitychange')
    expect(storage.data.get(AUTOSAVE_KEY)).toBe('yesterday')
    store.getState().dispatch({ type: 'killBroker', brokerId: 2 })
    timers.tick()
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(exportSceneText(store))
  })

  it('discards a corrupted save and reports it; a missing or throwing store is no error', () => {
    const storage = memoryStorage()
    storage.data.set(AUTOSAVE_KEY, '{"format":"kafka-lab-scene","version":2,"scenario":')
    const store = createLabStore(defaultScenario, { running: true })
    const before = exportSceneText(store)
    expect(restoreAutosave(store, storage)).toBe('corrupt')
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false)
    expect(exportSceneText(store)).toBe(before)
    expect(restoreAutosave(store, memoryStorage())).toBe('none')
    expect(restoreAutosave(store, undefined)).toBe('unavailable')
    const throwing: AutosaveStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(restoreAutosave(store, throwing)).toBe('unavailable')
    const onFailure = vi.fn()
    const timers = fakeTimers()
    startAutosave(store, throwing, { ...timers.options, onFailure })
    store.getState().dispatch({ type: 'advance', ms: 1000 })
    expect(() => timers.tick()).not.toThrow()
    store.getState().dispatch({ type: 'advance', ms: 1000 })
    expect(() => timers.fire('visibilitychange')).not.toThrow()
    expect(onFailure).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['hostile HTML', '<img src=x onerror=alert(1)>'],
    ['a huge string (refused before it is parsed)', `"${'x'.repeat(5_000_001)}"`],
    ['JSON of the wrong type', '[1,2,3]'],
    ['JSON null', 'null'],
    [
      'a scene with a wrong field type',
      '{"format":"kafka-lab-scene","version":2,"scenario":"default","commands":[],"timeMs":0}',
    ],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('ignores %s in the saved work: discarded, the default scene stays', (_what, text) => {
    const storage = memoryStorage()
    storage.data.set(AUTOSAVE_KEY, text)
    const store = createLabStore(defaultScenario, { running: true })
    const before = exportSceneText(store)
    const started = performance.now()
    expect(restoreAutosave(store, storage)).toBe('corrupt')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false)
    expect(exportSceneText(store)).toBe(before)
  })
})

describe('autosave of a lesson in progress', () => {
  it('keeps the lesson, its step and where the step began; a reload brings them back with a notice', () => {
    const storage = memoryStorage()
    const store = createLabStore(defaultScenario, { running: false })
    const timers = fakeTimers()
    const stop = startAutosave(store, storage, timers.options)
    store.getState().startLesson('keys')
    store.getState().dispatch({ type: 'advance', ms: 3000 })
    store.getState().dispatch({ type: 'produce', topic: 'purchases', key: null, value: 'a', format: 'text' })
    store.getState().dispatch({ type: 'advance', ms: 3000 })
    timers.fire('pagehide')
    stop()
    expect(JSON.parse(storage.data.get(AUTOSAVE_LESSON_KEY)!)).toMatchObject({
      id: 'keys',
      step: 0,
      goalReached: false,
    })

    const reloaded = createLabStore(defaultScenario, { running: true })
    const notify = vi.fn()
    expect(restoreAutosave(reloaded, storage, notify)).toBe('restored')
    expect(reloaded.getState().lesson).toMatchObject({ id: 'keys', step: 0 })
    expect(reloaded.getState().lesson?.stepCommands).toHaveLength(1)
    expect(reloaded.getState().sim.state.timeMs).toBe(store.getState().sim.state.timeMs)
    expect(reloaded.getState().running).toBe(false)
    expect(notify).toHaveBeenCalledWith('lessonUi.resumed', { n: '4', step: '1', total: '3' })
  })

  it('forgets the lesson when it is left, and drops a saved lesson that does not fit the work', () => {
    const storage = memoryStorage()
    const store = createLabStore(defaultScenario, { running: false })
    const timers = fakeTimers()
    startAutosave(store, storage, timers.options)
    store.getState().startLesson('topics')
    timers.fire('pagehide')
    expect(storage.data.has(AUTOSAVE_LESSON_KEY)).toBe(true)
    store.getState().exitLesson()
    timers.fire('pagehide')
    expect(storage.data.has(AUTOSAVE_LESSON_KEY)).toBe(false)

    storage.data.set(
      AUTOSAVE_LESSON_KEY,
      JSON.stringify({ id: 'topics', step: 0, atMs: 99_000_000, cursor: 0 }),
    )
    const notify = vi.fn()
    const reloaded = createLabStore(defaultScenario, { running: false })
    expect(restoreAutosave(reloaded, storage, notify)).toBe('restored')
    expect(reloaded.getState().lesson).toBeNull()
    expect(notify).not.toHaveBeenCalled()
    expect(storage.data.has(AUTOSAVE_LESSON_KEY)).toBe(false)
  })
})
