import { repairProgress } from '../lessons/progress'
import type { AutosaveStorage } from './autosave'

/** A notice for the user: an i18n key and its parameters (uiStore's addNotice in the app). */
export type Notify = (
  key: 'app.notice.autosaveFailed' | 'app.notice.progressIgnored',
  params?: Record<string, string>,
) => void

/**
 * The browser's localStorage as the app uses it, or undefined when there is none (storage disabled, a sandboxed
 * iframe: reading `window.localStorage` itself throws there). Every call is guarded: a read that throws reads as
 * nothing, a removal that throws is dropped, and a write that throws (QuotaExceededError, a store that went away)
 * still throws, so that autosave and lesson progress know, but the user hears about it once, whoever was writing.
 * Stored lesson progress that cannot be used is cleaned up here, with a notice quoting what was ignored; a bad
 * autosave is the business of `restoreAutosave`.
 */
export function openBrowserStorage(getStorage: () => Storage, notify: Notify): AutosaveStorage | undefined {
  let storage: Storage
  try {
    storage = getStorage()
    storage.getItem('kafka-lab:probe')
  } catch {
    return undefined
  }
  let told = false
  const guarded: AutosaveStorage = {
    getItem(key) {
      try {
        const value = storage.getItem(key)
        return typeof value === 'string' ? value : null
      } catch {
        return null
      }
    },
    setItem(key, value) {
      try {
        storage.setItem(key, value)
      } catch (e) {
        if (!told) notify('app.notice.autosaveFailed')
        told = true
        throw e
      }
    },
    removeItem(key) {
      try {
        storage.removeItem(key)
      } catch {
        // Left for the next visit to find (and ignore) again.
      }
    },
  }
  const ignored = repairProgress(guarded)
  if (ignored !== undefined) notify('app.notice.progressIgnored', { value: ignored })
  return guarded
}
