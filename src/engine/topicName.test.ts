import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import vectors from './testdata/kafka-test-vectors.json'
import {
  INTERNAL_TOPICS,
  MAX_TOPIC_NAME_LENGTH,
  isInternalTopic,
  topicCollisionError,
  topicNameError,
} from './topicName'

const { valid, invalid, collisions } = vectors.topicNames

describe('topicNameError', () => {
  it.each(valid)("accepts Kafka's valid name %j", (name) => {
    expect(topicNameError(name)).toBeUndefined()
  })

  it.each(invalid)("rejects Kafka's invalid name %j", (name) => {
    expect(topicNameError(name)).toMatch(/^Topic name is invalid: /)
  })

  it("gives Kafka's exact messages", () => {
    expect(topicNameError('')).toBe('Topic name is invalid: the empty string is not allowed')
    expect(topicNameError('.')).toBe("Topic name is invalid: '.' is not allowed")
    expect(topicNameError('..')).toBe("Topic name is invalid: '..' is not allowed")
    expect(topicNameError('foo bar')).toBe(
      "Topic name is invalid: 'foo bar' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    )
    expect(topicNameError('Is /illegal')).toBe(
      "Topic name is invalid: 'Is /illegal' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    )
  })

  it('allows 249 characters but not 250', () => {
    expect(MAX_TOPIC_NAME_LENGTH).toBe(249)
    expect(topicNameError('a'.repeat(249))).toBeUndefined()
    const long = 'a'.repeat(250)
    expect(topicNameError(long)).toBe(
      `Topic name is invalid: the length of '${long}' is longer than the max allowed length 249`,
    )
  })

  it('checks length before characters', () => {
    const long = ' '.repeat(250)
    expect(topicNameError(long)).toBe(
      `Topic name is invalid: the length of '${long}' is longer than the max allowed length 249`,
    )
  })

  it('allows dots in longer names', () => {
    expect(topicNameError('...')).toBeUndefined()
    expect(topicNameError('.a')).toBeUndefined()
  })

  it('rejects non-ASCII letters and digits', () => {
    expect(topicNameError('café')).toMatch(/contains one or more characters other than ASCII/)
    expect(topicNameError('١٢٣')).toMatch(/contains one or more characters other than ASCII/)
    expect(topicNameError('a\nb')).toMatch(/contains one or more characters other than ASCII/)
  })

  it('accepts any name of legal characters and legal length', () => {
    const legal = fc.constantFrom(...'abcXYZ0189._-'.split(''))
    fc.assert(
      fc.property(fc.array(legal, { minLength: 1, maxLength: 249 }), (chars) => {
        const name = chars.join('')
        fc.pre(name !== '.' && name !== '..')
        expect(topicNameError(name)).toBeUndefined()
      }),
    )
  })
})

describe('topicCollisionError', () => {
  it.each(collisions)(
    "gives Kafka's message creating $creating over $existing",
    ({ creating, existing, message }) => {
      expect(topicCollisionError(creating, [existing])).toBe(message)
    },
  )

  it('is symmetric in which name came first', () => {
    expect(topicCollisionError('foo_bar', ['foo.bar'])).toBe(
      "Topic 'foo_bar' collides with existing topic: foo.bar",
    )
  })

  it('does not count an identical name as a collision', () => {
    expect(topicCollisionError('foo.bar', ['foo.bar'])).toBeUndefined()
    expect(topicCollisionError('foo_bar', ['foo_bar'])).toBeUndefined()
  })

  it('finds the colliding name among others', () => {
    expect(topicCollisionError('a.b.c', new Set(['x', 'a.b.c', 'a_b.c']))).toBe(
      "Topic 'a.b.c' collides with existing topic: a_b.c",
    )
    expect(topicCollisionError('orders', ['orders.v2', 'orders_'])).toBeUndefined()
    expect(topicCollisionError('orders', [])).toBeUndefined()
  })
})

describe('internal topics', () => {
  it("lists Kafka's internal topics", () => {
    expect(INTERNAL_TOPICS).toEqual(['__consumer_offsets', '__transaction_state', '__share_group_state'])
    expect(isInternalTopic('__consumer_offsets')).toBe(true)
    expect(isInternalTopic('__transaction_state')).toBe(true)
    expect(isInternalTopic('__share_group_state')).toBe(true)
    expect(isInternalTopic('consumer_offsets')).toBe(false)
    expect(isInternalTopic('__consumer_offsets_')).toBe(false)
    expect(isInternalTopic('orders')).toBe(false)
  })
})
