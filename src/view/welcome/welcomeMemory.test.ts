import { describe, expect, it } from 'vitest'
import { WELCOMED_KEY, rememberWelcomed, shouldWelcome } from './welcomeMemory'

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  }
}

const bare = { embed: false, present: false, openedElsewhere: false, noticesShown: false }

describe('the welcome', () => {
  it('greets a first visit to the bare app, once it has been dismissed no more', () => {
    const s = memory()
    expect(shouldWelcome(bare, s)).toBe(true)
    rememberWelcomed(s)
    expect(s.items.get(WELCOMED_KEY)).toBe('1')
    expect(shouldWelcome(bare, s)).toBe(false)
  })

  it('leaves alone an embed, lecture mode and a link that chose a lesson or a scene', () => {
    const s = memory()
    expect(shouldWelcome({ ...bare, embed: true }, s)).toBe(false)
    expect(shouldWelcome({ ...bare, present: true }, s)).toBe(false)
    expect(shouldWelcome({ ...bare, openedElsewhere: true }, s)).toBe(false)
  })

  it('waits while the page opens with a notice to read (a value in the address it could not use)', () => {
    const s = memory()
    expect(shouldWelcome({ ...bare, noticesShown: true }, s)).toBe(false)
    // Not remembered: the next bare visit is greeted.
    expect(shouldWelcome(bare, s)).toBe(true)
  })

  it('greets every visit where the browser keeps nothing, and survives a store that refuses to write', () => {
    expect(shouldWelcome(bare, undefined)).toBe(true)
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(() => rememberWelcomed(full)).not.toThrow()
    expect(shouldWelcome(bare, full)).toBe(true)
  })

  it('reads anything but the mark it writes as not yet welcomed', () => {
    expect(shouldWelcome(bare, memory({ [WELCOMED_KEY]: '<b>yes</b>' }))).toBe(true)
  })
})
