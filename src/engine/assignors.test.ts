import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assign, rangeAssign, roundRobinAssign, stickyAssign, type Assignment } from './assignors'

const names = (a: Assignment, m: string) => a[m]!.map((tp) => `${tp.topic}p${tp.partition}`)
const two = [
  { memberId: 'C0', topics: ['t0', 't1'] },
  { memberId: 'C1', topics: ['t0', 't1'] },
]

describe('assignors, against Kafka documented results', () => {
  it('Range: two members, two topics of three partitions', () => {
    const a = rangeAssign(two, { t0: 3, t1: 3 })
    expect(names(a, 'C0')).toEqual(['t0p0', 't0p1', 't1p0', 't1p1'])
    expect(names(a, 'C1')).toEqual(['t0p2', 't1p2'])
  })
  it('RoundRobin: two members, two topics of three partitions', () => {
    const a = roundRobinAssign(two, { t0: 3, t1: 3 })
    expect(names(a, 'C0')).toEqual(['t0p0', 't0p2', 't1p1'])
    expect(names(a, 'C1')).toEqual(['t0p1', 't1p0', 't1p2'])
  })
  it('a fourth member on three partitions is idle, with every assignor', () => {
    const members = ['a', 'b', 'c', 'd'].map((memberId) => ({ memberId, topics: ['t'] }))
    for (const name of ['range', 'roundrobin', 'cooperative-sticky'] as const) {
      const a = assign(name, members, { t: 3 })
      expect(Object.values(a).filter((l) => l.length === 0)).toHaveLength(1)
      expect(names(a, 'd')).toEqual([])
    }
  })
  it('Range sorts members by member id, as strings', () => {
    const a = rangeAssign(
      [
        { memberId: 'm-2', topics: ['t'] },
        { memberId: 'm-10', topics: ['t'] },
      ],
      { t: 3 },
    )
    expect(names(a, 'm-10')).toEqual(['tp0', 'tp1'])
    expect(names(a, 'm-2')).toEqual(['tp2'])
  })
  it('Sticky keeps owned partitions when a member leaves', () => {
    const before = stickyAssign(
      ['a', 'b', 'c'].map((memberId) => ({ memberId, topics: ['t'] })),
      { t: 6 },
    )
    const after = stickyAssign(
      ['a', 'b'].map((memberId) => ({ memberId, topics: ['t'], owned: before[memberId]! })),
      { t: 6 },
    )
    for (const m of ['a', 'b']) for (const tp of before[m]!) expect(after[m]).toContainEqual(tp)
    expect(after.a!.length + after.b!.length).toBe(6)
  })
  it('every assignor gives each partition exactly one owner and balances within one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('range', 'roundrobin', 'cooperative-sticky' as const),
        (m, n, name) => {
          const members = Array.from({ length: m }, (_, i) => ({ memberId: `c-${i}`, topics: ['t'] }))
          const a = assign(name, members, { t: n })
          const all = Object.values(a)
            .flat()
            .map((tp) => tp.partition)
            .sort((x, y) => x - y)
          expect(all).toEqual(Array.from({ length: n }, (_, i) => i))
          const sizes = Object.values(a).map((l) => l.length)
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        },
      ),
    )
  })
})
