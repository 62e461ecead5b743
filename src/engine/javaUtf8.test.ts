import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { javaUtf8, javaUtf8Length } from './javaUtf8'

// fc.string({ unit: 'binary' }) never yields a lone surrogate, so mix in bare UTF-16 surrogate units.
const javaStringUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
)
const javaString = (maxLength: number) => fc.string({ unit: javaStringUnit, maxLength })

const bytes = (s: string): number[] => Array.from(javaUtf8(s))

describe('javaUtf8', () => {
  it('encodes ASCII, 2-byte, 3-byte and 4-byte characters', () => {
    expect(bytes('')).toEqual([])
    expect(bytes('Az0')).toEqual([0x41, 0x7a, 0x30])
    expect(bytes('é')).toEqual([0xc3, 0xa9])
    expect(bytes('\u07ff')).toEqual([0xdf, 0xbf])
    expect(bytes('\u0800')).toEqual([0xe0, 0xa0, 0x80])
    expect(bytes('€')).toEqual([0xe2, 0x82, 0xac])
    expect(bytes('\uffff')).toEqual([0xef, 0xbf, 0xbf])
    expect(bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80])
    expect(bytes('\u{10ffff}')).toEqual([0xf4, 0x8f, 0xbf, 0xbf])
  })

  it("turns each unpaired surrogate into '?' (0x3F)", () => {
    expect(bytes('\uD800a')).toEqual([0x3f, 0x61])
    expect(bytes('a\uDC00')).toEqual([0x61, 0x3f])
    expect(bytes('\uD800')).toEqual([0x3f])
    expect(bytes('\uDBFF\uDBFF')).toEqual([0x3f, 0x3f])
    expect(bytes('\uDC00\uD800')).toEqual([0x3f, 0x3f])
    expect(bytes('\uD83D\uD83D\uDE00')).toEqual([0x3f, 0xf0, 0x9f, 0x98, 0x80])
    expect(bytes('\uD83D\uDE00\uDE00')).toEqual([0xf0, 0x9f, 0x98, 0x80, 0x3f])
  })

  it('is fuzzed with lone surrogates (the generator really produces them)', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    const samples = fc.sample(javaString(40), { numRuns: 500, seed: 42 })
    expect(samples.filter((s) => lone.test(s)).length).toBeGreaterThan(100)
  })

  it('matches Node UTF-8 for well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(javaUtf8(s)).toEqual(new Uint8Array(Buffer.from(s, 'utf8')))
      }),
      { numRuns: 2000 },
    )
  })

  it('matches Node UTF-8 with U+FFFD swapped for ? when surrogates are lone', () => {
    // Node writes EF BF BD for a lone surrogate; Java writes 3F. Map the string first, then compare.
    const loneToQuestion = (s: string): string =>
      s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?')
    fc.assert(
      fc.property(javaString(40), (s) => {
        expect(javaUtf8(s)).toEqual(new Uint8Array(Buffer.from(loneToQuestion(s), 'utf8')))
      }),
      { numRuns: 2000 },
    )
  })

  it('counts the same bytes it encodes, ASCII or not', () => {
    expect(javaUtf8Length('')).toBe(0)
    expect(javaUtf8Length('customer-42')).toBe(11)
    expect(javaUtf8Length('a\tb\n\u0000')).toBe(5)
    expect(javaUtf8Length('ñ\u{1F600}\uD800')).toBe(2 + 4 + 1)
    fc.assert(
      fc.property(javaString(40), (s) => {
        expect(javaUtf8Length(s)).toBe(javaUtf8(s).length)
      }),
      { seed: 77, numRuns: 2000 },
    )
  })
})
