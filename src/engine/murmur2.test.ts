import { createRequire } from 'node:module'
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import vectors from './testdata/kafka-test-vectors.json'
import { javaUtf8 } from './javaUtf8'
import { murmur2, toPositive } from './murmur2'

// kafkajs's murmur2 is an independent Java-compatible implementation (64-bit Long arithmetic).
const require = createRequire(import.meta.url)
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (
  key: Buffer,
) => number

// fc.string({ unit: 'binary' }) never yields a lone surrogate, so mix in bare UTF-16 surrogate units.
const javaStringUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
)
const javaString = (maxLength: number) => fc.string({ unit: javaStringUnit, maxLength })

const ascii = (s: string): Uint8Array => javaUtf8(s)

describe('murmur2', () => {
  it.each(vectors.murmur2)(
    "matches Kafka's UtilsTest vector for $input_utf8",
    ({ input_utf8, expected_int32 }) => {
      expect(murmur2(ascii(input_utf8))).toBe(expected_int32)
    },
  )

  it('hashes zero bytes to 275646681', () => {
    expect(murmur2(new Uint8Array(0))).toBe(275646681)
  })

  it('covers every tail length (0 to 3 extra bytes)', () => {
    expect(murmur2(ascii('abcd'))).toBe(murmur2(new Uint8Array([0x61, 0x62, 0x63, 0x64])))
    expect(murmur2(ascii('customer-42'))).toBe(-542987495)
    expect(murmur2(ascii('key-2'))).toBe(852269702)
    expect(murmur2(ascii('user-7'))).toBe(696778364)
    expect(murmur2(ascii('?a'))).toBe(927080015)
    expect(murmur2(ascii('a?'))).toBe(36519408)
  })

  it('treats bytes as unsigned (high bytes)', () => {
    expect(murmur2(javaUtf8('héllo'))).toBe(614509002)
    expect(murmur2(javaUtf8('日本'))).toBe(-700811021)
    expect(murmur2(javaUtf8('😀'))).toBe(131881617)
  })

  it('always returns a signed int32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes)
        expect(h).toBe(h | 0)
      }),
      { numRuns: 500 },
    )
  })

  it('agrees with kafkajs on random byte arrays', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(murmur2(bytes)).toBe(kafkajsMurmur2(Buffer.from(bytes)))
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with kafkajs on the Java UTF-8 of random full-unicode keys, lone surrogates included', () => {
    fc.assert(
      fc.property(javaString(60), (key) => {
        expect(murmur2(javaUtf8(key))).toBe(kafkajsMurmur2(Buffer.from(javaUtf8(key))))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('toPositive', () => {
  it('clears the sign bit instead of negating', () => {
    expect(toPositive(0)).toBe(0)
    expect(toPositive(5)).toBe(5)
    expect(toPositive(-1)).toBe(2147483647)
    expect(toPositive(-2147483648)).toBe(0)
    expect(toPositive(2147483647)).toBe(2147483647)
    expect(toPositive(-542987495)).toBe(1604496153)
  })
})
