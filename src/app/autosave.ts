import { exportSceneText, importSceneText } from '../api/kafkaLabApi'
import type { LabStore } from '../store/simStore'

/** Where the work is kept between visits. */
export const AUTOSAVE_KEY = 'kafka-lab:autosave'
export const AUTOSAVE_EVERY_MS = 3000

/** The part of Storage autosave uses; any call may throw (a sandboxed iframe, a full or disabled store). */
export interface AutosaveStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export type RestoreOutcome = 'none' | 'restored' | 'corrupt' | 'unavailable'

/** Opens the saved work (paused), if any; a corrupted save is removed so that it does not fail again. */
export function restoreAutosave(store: LabStore, storage: AutosaveStorage | undefined): RestoreOutcome {
  if (!storage) return 'unavailable'
  let text: string | null
  try {
    text = storage.getItem(AUTOSAVE_KEY)
  } catch {
    return 'unavailable'
  }
  if (text === null) return 'none'
  const opened = importSceneText(store, text)
  if (opened.ok) return 'restored'
  try {
    storage.removeItem(AUTOSAVE_KEY)
  } catch {
    // Nothing more to do: the default scene is open.
  }
  return 'corrupt'
}

export interface AutosaveOptions {
  everyMs?: number
  /** Called once when a save fails (the store is full or went away); saving goes on trying. */
  onFailure?: () => void
  /** Timers and page events: the browser's in the app, fakes in tests. */
  setInterval?: (fn: () => void, ms: number) => unknown
  clearInterval?: (handle: unknown) => void
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  document?: Pick<Document, 'visibilityState'>
  /**
   * Keep the saved work until the student changes this scene (a command, a reset, a load): a page opened on a
   * permalink, a lesson or a named scenario does not overwrite yesterday's work just by being open.
   */
  keepSavedUntilChanged?: boolean
}

/**
 * Saves the current scene a few seconds after it changes (at most every `everyMs`) and when the page is hidden or
 * left. Returns a stop function. Never throws: a storage that throws is reported once through `onFailure`.
 */
export function startAutosave(store: LabStore, storage: AutosaveStorage, options: AutosaveOptions = {}): () => void {
  const every = options.everyMs ?? AUTOSAVE_EVERY_MS
  const setTimer = options.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms))
  const clearTimer = options.clearInterval ?? ((h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>))
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window)
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document)
  const opened = store.getState()
  const openedLength = opened.commandLog.length
  let savedRevision = -1
  let savedLength = -1
  let failed = false
  let changed = !options.keepSavedUntilChanged
  const save = (force: boolean) => {
    const s = store.getState()
    if (!changed) {
      const same = s.commandLog === opened.commandLog && s.commandLog.length === openedLength && s.scenario === opened.scenario
      if (same) return // only the clock moved
      changed = true
    }
    if (!force && s.revision === savedRevision && s.commandLog.length === savedLength) return
    try {
      storage.setItem(AUTOSAVE_KEY, exportSceneText(store))
      savedRevision = s.revision
      savedLength = s.commandLog.length
      failed = false
    } catch {
      if (!failed) options.onFailure?.()
      failed = true
    }
  }
  const timer = setTimer(() => save(false), every)
  const onHide = () => save(true)
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') save(true)
  }
  target?.addEventListener('pagehide', onHide)
  target?.addEventListener('visibilitychange', onVisibility)
  return () => {
    clearTimer(timer)
    target?.removeEventListener('pagehide', onHide)
    target?.removeEventListener('visibilitychange', onVisibility)
  }
}
