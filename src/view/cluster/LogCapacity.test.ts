import { describe, expect, it } from 'vitest'
import { capacityFromLog } from './LogCapacity'

describe('log capacity', () => {
  it('fits whole cells with their gaps, less the empty slot and the "…" marker', () => {
    // 10 cells of 40 px with 3 px gaps need 10 * 40 + 9 * 3 = 427 px.
    expect(capacityFromLog(427, 40, 3)).toBe(8)
    expect(capacityFromLog(426, 40, 3)).toBe(7)
    expect(capacityFromLog(40 * 20 + 19 * 3, 40, 3)).toBe(18)
  })

  it('never shows fewer than four cells, whatever it is given', () => {
    expect(capacityFromLog(50, 40, 3)).toBe(4)
    expect(capacityFromLog(Number.NaN, 40, 3)).toBe(4)
    expect(capacityFromLog(500, 0, 3)).toBe(4)
  })
})
