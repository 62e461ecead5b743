import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { consumerOffsetsPartition, javaStringHashCode } from './javaHash'

describe('javaStringHashCode', () => {
  it("matches Java's String.hashCode", () => {
    expect(javaStringHashCode('')).toBe(0)
    expect(javaStringHashCode('a')).toBe(97)
    expect(javaStringHashCode('Aa')).toBe(2112)
    expect(javaStringHashCode('BB')).toBe(2112)
    expect(javaStringHashCode('hello')).toBe(99162322)
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648)
    expect(javaStringHashCode('location-service')).toBe(-1065630563)
    expect(javaStringHashCode('my-group')).toBe(-1906497762)
  })

  it('hashes UTF-16 code units, not code points', () => {
    // '😀' is D83D DE00: 31 * 0xD83D + 0xDE00
    expect(javaStringHashCode('😀')).toBe(31 * 0xd83d + 0xde00)
  })

  it('matches a BigInt reference over random UTF-16 strings, lone surrogates included', () => {
    const reference = (s: string): number => {
      let h = 0n
      for (let i = 0; i < s.length; i++) h = BigInt.asIntN(32, 31n * h + BigInt(s.charCodeAt(i)))
      return Number(h)
    }
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        expect(javaStringHashCode(s)).toBe(reference(s))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('consumerOffsetsPartition', () => {
  it('is abs(hashCode) % 50 by default', () => {
    expect(consumerOffsetsPartition('')).toBe(0)
    expect(consumerOffsetsPartition('a')).toBe(47)
    expect(consumerOffsetsPartition('hello')).toBe(22)
    expect(consumerOffsetsPartition('location-service')).toBe(13)
    expect(consumerOffsetsPartition('my-group')).toBe(12)
    expect(consumerOffsetsPartition('orders-consumer')).toBe(40)
  })

  it('maps Integer.MIN_VALUE to partition 0 like Utils.abs', () => {
    expect(consumerOffsetsPartition('polygenelubricants')).toBe(0)
    expect(consumerOffsetsPartition('polygenelubricants', 7)).toBe(0)
  })

  it('honours a custom partition count', () => {
    expect(consumerOffsetsPartition('location-service', 3)).toBe(1065630563 % 3)
    expect(consumerOffsetsPartition('location-service', 1)).toBe(0)
  })

  it('always lands in range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 200 }), (g, n) => {
        const p = consumerOffsetsPartition(g, n)
        expect(Number.isInteger(p)).toBe(true)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThan(n)
      }),
    )
    // The first fc.string({ unit: 'binary' }) builds its tables: seconds on a busy machine.
  }, 30_000)
})
