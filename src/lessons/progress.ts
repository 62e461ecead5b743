/**
 * Lesson progress kept in the browser: which lessons were completed. What is stored there is untrusted (another
 * tab, an extension or a person may have written anything): whatever does not look like a list of lesson ids is
 * ignored, and `ignored` says what, for a notice. A broken store is never fatal.
 */
export const PROGRESS_KEY = 'kafka-lab:progress:v1'

/** Stored progress longer than this is not even parsed (a few hundred ids fit in far less). */
export const MAX_PROGRESS_CHARS = 20_000
const MAX_IDS = 100
/** What a lesson id looks like (catalog ids: `topics`, `partitions-offsets`...). */
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,59}$/
/** How much of an ignored value a notice quotes. */
const EXCERPT_CHARS = 60

export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export interface LoadedProgress {
  completed: string[]
  /** Something stored was ignored (or the store could not be read). */
  corrupted: boolean
  /** A short excerpt of what was ignored, to be shown as text; absent when nothing was. */
  ignored?: string
}

/** At most EXCERPT_CHARS characters of a value, as JSON text would write it, one line. */
function excerpt(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  const line = text.replace(/\s+/g, ' ')
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line
}

export function loadProgress(storage: StorageLike | undefined): LoadedProgress {
  if (!storage) return { completed: [], corrupted: false }
  let raw: string | null
  try {
    raw = storage.getItem(PROGRESS_KEY)
  } catch {
    return { completed: [], corrupted: true }
  }
  if (raw === null) return { completed: [], corrupted: false }
  if (typeof raw !== 'string' || raw.length > MAX_PROGRESS_CHARS) {
    return { completed: [], corrupted: true, ignored: excerpt(raw) }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { completed: [], corrupted: true, ignored: excerpt(raw) }
  }
  const list =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as { completed?: unknown }).completed
      : undefined
  if (!Array.isArray(list)) return { completed: [], corrupted: true, ignored: excerpt(raw) }
  const completed: string[] = []
  const bad: unknown[] = []
  for (const id of list) {
    if (typeof id === 'string' && LESSON_ID.test(id) && completed.length < MAX_IDS) {
      if (!completed.includes(id)) completed.push(id)
    } else {
      bad.push(id)
    }
  }
  if (bad.length === 0) return { completed, corrupted: false }
  return { completed, corrupted: true, ignored: excerpt(bad.length === 1 ? bad[0] : bad) }
}

/** Saves; false when the store refused (full or blocked): the caller has nothing more to do. */
export function saveProgress(storage: StorageLike | undefined, completed: readonly string[]): boolean {
  if (!storage) return false
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ completed: [...new Set(completed)] }))
    return true
  } catch {
    return false
  }
}

/**
 * Reads the stored progress once at start-up and, if part of it had to be ignored, writes back what was kept, so
 * that the same garbage is not reported on every visit. Returns what was ignored (an excerpt), if anything.
 */
export function repairProgress(storage: StorageLike | undefined): string | undefined {
  const loaded = loadProgress(storage)
  if (loaded.ignored === undefined) return undefined
  saveProgress(storage, loaded.completed)
  return loaded.ignored
}
