import { exportSceneText, importSceneText } from '../api/kafkaLabApi'
import { LESSONS } from '../lessons/catalog'
import { savedLesson } from '../store/lessonSlice'
import type { LabStore } from '../store/simStore'

/** Where the work is kept between visits. */
export const AUTOSAVE_KEY = 'kafka-lab:autosave'
/** The lesson in progress on that work, if any: its step and where the step began in the run. */
export const AUTOSAVE_LESSON_KEY = 'kafka-lab:autosave:lesson'
export const AUTOSAVE_EVERY_MS = 3000

/** The part of Storage autosave uses; any call may throw (a sandboxed iframe, a full or disabled store). */
export interface AutosaveStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export type RestoreOutcome = 'none' | 'restored' | 'corrupt' | 'unavailable'

/** Tells the student something (the app's notices). */
export type Notify = (key: 'lessonUi.resumed', params: Record<string, string>) => void

/** The lesson saved with the work, brought back on it; a notice says so. A lesson that does not fit is dropped. */
function resumeSavedLesson(store: LabStore, storage: AutosaveStorage, notify: Notify | undefined): void {
  let text: string | null
  try {
    text = storage.getItem(AUTOSAVE_LESSON_KEY)
  } catch {
    return
  }
  if (text === null) return
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = null
  }
  const resumed = store.getState().resumeLesson(value)
  const lesson = store.getState().lesson
  if (!resumed.ok || !lesson) {
    try {
      storage.removeItem(AUTOSAVE_LESSON_KEY)
    } catch {
      // Nothing more to do: the work is open without its lesson.
    }
    return
  }
  const def = LESSONS.findIndex((l) => l.id === lesson.id)
  notify?.('lessonUi.resumed', {
    n: String(def + 1),
    step: String(lesson.step + 1),
    total: String(LESSONS[def]?.steps.length ?? 0),
  })
}

/**
 * Opens the saved work (paused), if any, and the lesson that was in progress on it (with a notice through
 * `notify`); a corrupted save is removed so that it does not fail again.
 */
export function restoreAutosave(
  store: LabStore,
  storage: AutosaveStorage | undefined,
  notify?: Notify,
): RestoreOutcome {
  if (!storage) return 'unavailable'
  let text: string | null
  try {
    text = storage.getItem(AUTOSAVE_KEY)
  } catch {
    return 'unavailable'
  }
  if (text === null) return 'none'
  const opened = importSceneText(store, text)
  if (opened.ok) {
    resumeSavedLesson(store, storage, notify)
    return 'restored'
  }
  try {
    storage.removeItem(AUTOSAVE_KEY)
    storage.removeItem(AUTOSAVE_LESSON_KEY)
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
export function startAutosave(
  store: LabStore,
  storage: AutosaveStorage,
  options: AutosaveOptions = {},
): () => void {
  const every = options.everyMs ?? AUTOSAVE_EVERY_MS
  const setTimer = options.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms))
  const clearTimer =
    options.clearInterval ?? ((h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>))
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window)
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document)
  const opened = store.getState()
  const openedLength = opened.commandLog.length
  let savedRevision = -1
  let savedLength = -1
  let savedLessonText: string | null | undefined
  const lessonText = () => {
    const lesson = savedLesson(store.getState().lesson)
    return lesson ? JSON.stringify(lesson) : null
  }
  let failed = false
  let changed = !options.keepSavedUntilChanged
  const save = (force: boolean) => {
    const s = store.getState()
    const lessonNow = lessonText()
    if (!changed) {
      const same =
        s.commandLog === opened.commandLog &&
        s.commandLog.length === openedLength &&
        s.scenario === opened.scenario
      if (same) return // only the clock moved
      changed = true
    }
    if (
      !force &&
      s.revision === savedRevision &&
      s.commandLog.length === savedLength &&
      lessonNow === savedLessonText
    )
      return
    try {
      storage.setItem(AUTOSAVE_KEY, exportSceneText(store))
      if (lessonNow === null) storage.removeItem(AUTOSAVE_LESSON_KEY)
      else storage.setItem(AUTOSAVE_LESSON_KEY, lessonNow)
      savedRevision = s.revision
      savedLength = s.commandLog.length
      savedLessonText = lessonNow
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
