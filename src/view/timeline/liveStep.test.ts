import { describe, expect, it } from 'vitest'
import { liveStep, quantize } from './liveStep'

describe('liveStep', () => {
  it('is a tenth of a second when paused, whatever the run', () => {
    expect(liveStep(3_600_000, false)).toBe(100)
  })
  it('grows with the run while it plays, a pixel or two of a 400 px track at a time', () => {
    expect(liveStep(10_000, true)).toBe(100)
    expect(liveStep(60_000, true)).toBe(200)
    expect(liveStep(120_000, true)).toBe(500)
    expect(liveStep(600_000, true)).toBe(2000)
    expect(liveStep(3_600_000, true)).toBe(10_000)
    expect(liveStep(7 * 24 * 3_600_000, true)).toBe(1_000_000)
  })
  it('is a tenth of a second for an empty or broken span', () => {
    expect(liveStep(0, true)).toBe(100)
    expect(liveStep(Number.NaN, true)).toBe(100)
  })
})

describe('quantize', () => {
  it('rounds down to the step', () => {
    expect(quantize(61_999, 1000)).toBe(61_000)
    expect(quantize(61_999, 100)).toBe(61_900)
  })
})
