import { describe, expect, it } from 'vitest'
import { capacityFor, guessClusterWidth } from './LogCapacity'

describe('log capacity', () => {
  it('fits cells after the row chrome, at least four', () => {
    expect(capacityFor(866, false)).toBe(14)
    expect(capacityFor(330 + 37 * 20, false)).toBe(20)
    expect(capacityFor(330 + 37 * 20 - 1, false)).toBe(19)
    expect(capacityFor(866, true)).toBe(10)
    expect(capacityFor(100, false)).toBe(4)
    expect(capacityFor(Number.NaN, false)).toBe(4)
  })

  it('guesses the cluster width the stage grid gives, as measured in Chromium', () => {
    // Viewport width → .cluster clientWidth, read off the built app in headless Chromium.
    for (const [viewport, measured] of [
      [1920, 1346],
      [1440, 866],
      [1280, 706],
      [1000, 720],
      [700, 664],
    ] as const)
      expect(guessClusterWidth(viewport)).toBe(measured)
  })
})
