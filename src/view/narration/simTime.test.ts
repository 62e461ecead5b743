import { describe, expect, it } from 'vitest'
import { formatDuration, formatSimTime } from './simTime'

describe('formatSimTime and formatDuration', () => {
  it('formats the simulated clock', () => {
    expect(formatSimTime(83_400, 'en')).toBe('day 0, 00:01:23.4')
    expect(formatSimTime(83_400, 'es')).toBe('día 0, 00:01:23,4')
    expect(formatSimTime(0, 'en')).toBe('day 0, 00:00:00.0')
    expect(formatSimTime(7 * 86_400_000 + 3_723_950, 'en')).toBe('day 7, 01:02:03.9')
    expect(formatSimTime(-5, 'en')).toBe('day 0, 00:00:00.0')
    expect(formatSimTime(Number.NaN, 'es')).toBe('día 0, 00:00:00,0')
    expect(formatSimTime(83_456, 'en', 3)).toBe('day 0, 00:01:23.456')
    expect(formatSimTime(83_456, 'es', 0)).toBe('día 0, 00:01:23')
    expect(formatSimTime(99, 'en')).toBe('day 0, 00:00:00.0')
  })

  it('formats spans in a spoken unit', () => {
    expect(formatDuration(300, 'en')).toBe('300 ms')
    expect(formatDuration(9000, 'en')).toBe('9 s')
    expect(formatDuration(1500, 'es')).toBe('1,5 s')
    expect(formatDuration(300_000, 'en')).toBe('5 min')
    expect(formatDuration(604_800_000, 'en')).toBe('7 days')
    expect(formatDuration(604_800_000, 'es')).toBe('7 días')
  })
})
