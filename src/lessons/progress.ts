/** Lesson progress kept in the browser: which lessons were completed. A broken store is ignored, never fatal. */
export const PROGRESS_KEY = 'kafka-lab:progress:v1'

export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export function loadProgress(storage: StorageLike | undefined): { completed: string[]; corrupted: boolean } {
  if (!storage) return { completed: [], corrupted: false }
  let raw: string | null
  try {
    raw = storage.getItem(PROGRESS_KEY)
  } catch {
    return { completed: [], corrupted: true }
  }
  if (raw === null) return { completed: [], corrupted: false }
  try {
    const parsed: unknown = JSON.parse(raw)
    const list = typeof parsed === 'object' && parsed !== null ? (parsed as { completed?: unknown }).completed : undefined
    if (!Array.isArray(list)) return { completed: [], corrupted: true }
    const completed = list.filter((x): x is string => typeof x === 'string' && x.length <= 60).slice(0, 100)
    return { completed: [...new Set(completed)], corrupted: completed.length !== list.length }
  } catch {
    return { completed: [], corrupted: true }
  }
}

/** Saves; a full or blocked storage is not an error the student needs to see twice. */
export function saveProgress(storage: StorageLike | undefined, completed: readonly string[]): boolean {
  if (!storage) return false
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ completed: [...new Set(completed)] }))
    return true
  } catch {
    return false
  }
}
