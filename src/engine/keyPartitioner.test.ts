import { createRequire } from 'node:module'
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { explainKeyPartition, partitionForKey } from './keyPartitioner'
import { javaUtf8 } from './javaUtf8'

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

describe('partitionForKey', () => {
  it('explains each step for customer-42', () => {
    expect(explainKeyPartition('customer-42', 3)).toEqual({
      key: 'customer-42',
      hash: -542987495,
      positive: 1604496153,
      numPartitions: 3,
      partition: 0,
    })
  })

  it('hashes the empty key (it is not keyless)', () => {
    expect(explainKeyPartition('', 6)).toEqual({
      key: '',
      hash: 275646681,
      positive: 275646681,
      numPartitions: 6,
      partition: 3,
    })
  })

  it('gives pinned partitions for a few keys', () => {
    expect(partitionForKey('customer-42', 6)).toBe(3)
    expect(partitionForKey('21', 3)).toBe(0)
    expect(partitionForKey('key-1', 3)).toBe(0)
    expect(partitionForKey('key-2', 3)).toBe(2)
    expect(partitionForKey('user-7', 3)).toBe(2)
    expect(partitionForKey('日本', 6)).toBe(3)
    expect(partitionForKey('anything', 1)).toBe(0)
  })

  it('agrees with kafkajs over random keys and partition counts', () => {
    fc.assert(
      fc.property(javaString(40), fc.integer({ min: 1, max: 1000 }), (key, n) => {
        const expected = (kafkajsMurmur2(Buffer.from(javaUtf8(key))) & 0x7fffffff) % n
        const partition = partitionForKey(key, n)
        expect(partition).toBe(expected)
        expect(partition).toBeGreaterThanOrEqual(0)
        expect(partition).toBeLessThan(n)
      }),
      { numRuns: 3000 },
    )
  })
})
