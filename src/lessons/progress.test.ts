import { describe, expect, it } from 'vitest'
import { LESSONS } from './catalog'
import {
  loadProgress,
  MAX_PROGRESS_CHARS,
  PROGRESS_KEY,
  repairProgress,
  saveProgress,
  type StorageLike,
} from './progress'

const HOSTILE = '<img src=x onerror=alert(1)>'

function memory(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  if (initial !== undefined) data.set(PROGRESS_KEY, initial)
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

describe('lesson progress in the browser', () => {
  it('round-trips the completed lessons; every catalog id is a valid id', () => {
    const storage = memory()
    const ids = LESSONS.map((l) => l.id)
    expect(saveProgress(storage, [...ids, ids[0]!])).toBe(true)
    expect(loadProgress(storage)).toEqual({ completed: ids, corrupted: false })
    expect(loadProgress(memory())).toEqual({ completed: [], corrupted: false })
    expect(loadProgress(undefined)).toEqual({ completed: [], corrupted: false })
  })

  it.each([
    ['hostile HTML', HOSTILE, HOSTILE],
    ['not JSON', '{"completed": [', '{"completed": ['],
    ['JSON null', 'null', 'null'],
    ['a list instead of an object', '["topics"]', '["topics"]'],
    ['a string instead of a list', '{"completed":"topics"}', '{"completed":"topics"}'],
  ])('ignores %s entirely and quotes it', (_what, stored, quoted) => {
    expect(loadProgress(memory(stored))).toEqual({ completed: [], corrupted: true, ignored: quoted })
  })

  it('keeps the good ids of a list and quotes the bad ones (wrong types, markup, overlong)', () => {
    const stored = JSON.stringify({
      completed: ['topics', 7, HOSTILE, 'keys', 'x'.repeat(61), null, 'topics'],
    })
    const loaded = loadProgress(memory(stored))
    expect(loaded.completed).toEqual(['topics', 'keys'])
    expect(loaded.corrupted).toBe(true)
    expect(loaded.ignored).toBe(`[7,"<img src=x onerror=alert(1)>","${'x'.repeat(24)}…`)
    expect(loaded.ignored!.length).toBe(60)
    expect(loadProgress(memory(JSON.stringify({ completed: [HOSTILE] }))).ignored).toBe(HOSTILE)
  })

  it('does not parse a huge value; it quotes only its start', () => {
    const huge = `{"completed":["${'a'.repeat(MAX_PROGRESS_CHARS)}"]}`
    const loaded = loadProgress(memory(huge))
    expect(loaded).toEqual({ completed: [], corrupted: true, ignored: `{"completed":["${'a'.repeat(44)}…` })
  })

  it('a store that throws is no error', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(loadProgress(throwing)).toEqual({ completed: [], corrupted: true })
    expect(saveProgress(throwing, ['topics'])).toBe(false)
    expect(repairProgress(throwing)).toBeUndefined()
  })

  it('repair writes back what was kept, so that the same garbage is reported once', () => {
    const storage = memory(JSON.stringify({ completed: ['keys', { html: HOSTILE }] }))
    expect(repairProgress(storage)).toBe('{"html":"<img src=x onerror=alert(1)>"}')
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual({ completed: ['keys'] })
    expect(repairProgress(storage)).toBeUndefined()
    expect(repairProgress(memory())).toBeUndefined()
  })
})
