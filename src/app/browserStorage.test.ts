import { describe, expect, it, vi } from 'vitest'
import { exportSceneText } from '../api/kafkaLabApi'
import { PROGRESS_KEY, loadProgress, saveProgress } from '../lessons/progress'
import { defaultScenario } from '../scenarios/builtins'
import { createLabStore } from '../store/simStore'
import { AUTOSAVE_KEY, restoreAutosave, startAutosave } from './autosave'
import { openBrowserStorage } from './browserStorage'

const HOSTILE = '<img src=x onerror=alert(1)>'

/** A Storage double: a map, with the failures a browser can produce switched on by the test. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  const fail = { read: false, write: false, remove: false }
  const storage = {
    data,
    fail,
    getItem: (k: string) => {
      if (fail.read) throw new DOMException('denied', 'SecurityError')
      return data.get(k) ?? null
    },
    setItem: (k: string, v: string) => {
      if (fail.write) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      data.set(k, v)
    },
    removeItem: (k: string) => {
      if (fail.remove) throw new DOMException('denied', 'SecurityError')
      data.delete(k)
    },
  }
  return storage as typeof storage & Storage
}

function manualTimer() {
  let tick = () => {}
  return {
    options: {
      setInterval: (fn: () => void) => ((tick = fn), 1),
      clearInterval: () => {},
      target: { addEventListener: () => {}, removeEventListener: () => {} },
    },
    tick: () => tick(),
  }
}

describe('openBrowserStorage', () => {
  it('is undefined where storage cannot be reached (a sandboxed iframe, storage off)', () => {
    const notify = vi.fn()
    expect(
      openBrowserStorage(() => {
        throw new DOMException('The document is sandboxed', 'SecurityError')
      }, notify),
    ).toBeUndefined()
    const blocked = fakeStorage()
    blocked.fail.read = true
    expect(openBrowserStorage(() => blocked, notify)).toBeUndefined()
    expect(notify).not.toHaveBeenCalled()
  })

  it('a full store: one notice whoever writes (autosave, lesson progress), and the app keeps working', () => {
    const raw = fakeStorage()
    const notify = vi.fn()
    const storage = openBrowserStorage(() => raw, notify)!
    raw.fail.write = true
    const store = createLabStore(defaultScenario, { running: true, storage })
    const timer = manualTimer()
    startAutosave(store, storage, timer.options)
    for (let i = 0; i < 3; i++) {
      store.getState().dispatch({ type: 'advance', ms: 1000 })
      expect(() => timer.tick()).not.toThrow()
    }
    expect(saveProgress(storage, ['topics'])).toBe(false)
    expect(store.getState().dispatch({ type: 'killBroker', brokerId: 1 })).toEqual({ ok: true })
    timer.tick()
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify).toHaveBeenCalledWith('app.notice.autosaveFailed')
    expect(raw.data.size).toBe(0)

    // When the store has room again, saving simply resumes (the notice is not repeated either way).
    raw.fail.write = false
    store.getState().dispatch({ type: 'advance', ms: 1000 })
    timer.tick()
    expect(raw.data.get(AUTOSAVE_KEY)).toBe(exportSceneText(store))
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('reads that start failing read as nothing; removals that fail are dropped', () => {
    const raw = fakeStorage({ [AUTOSAVE_KEY]: 'not a scene' })
    const storage = openBrowserStorage(() => raw, vi.fn())!
    raw.fail.remove = true
    const store = createLabStore(defaultScenario, { running: true })
    expect(restoreAutosave(store, storage)).toBe('corrupt')
    raw.fail.read = true
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull()
    expect(restoreAutosave(store, storage)).toBe('none')
  })

  it('stored lesson progress that cannot be used is cleaned up once, with a notice quoting it as text', () => {
    const raw = fakeStorage({ [PROGRESS_KEY]: JSON.stringify({ completed: ['topics', HOSTILE] }) })
    const notify = vi.fn()
    const storage = openBrowserStorage(() => raw, notify)!
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify).toHaveBeenCalledWith('app.notice.progressIgnored', { value: HOSTILE })
    expect(loadProgress(storage)).toEqual({ completed: ['topics'], corrupted: false })
    const store = createLabStore(defaultScenario, { storage })
    expect(store.getState().completedLessons).toEqual(['topics'])
    openBrowserStorage(() => raw, notify)
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('garbage progress in a full store: the progress notice and one storage notice', () => {
    const raw = fakeStorage({ [PROGRESS_KEY]: HOSTILE })
    raw.fail.write = true
    const notify = vi.fn()
    openBrowserStorage(() => raw, notify)
    expect(notify.mock.calls).toEqual([
      ['app.notice.autosaveFailed'],
      ['app.notice.progressIgnored', { value: HOSTILE }],
    ])
  })
})
