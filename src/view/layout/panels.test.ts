import { describe, expect, it } from 'vitest'
import { inFocus, resolveFocus } from './panels'

const topic = (n: number, internal = false) => ({
  partitions: Array.from({ length: n }, () => ({}) as never),
  internal,
})
const topics = {
  purchases: topic(3),
  'orders-v2': topic(2),
  'orders-v2-7': topic(1),
  'page-views-2024': topic(4),
  __consumer_offsets: topic(50, true),
}

describe('focus on a topic or a partition', () => {
  it('reads topic-partition as Kafka writes it, when that partition exists', () => {
    expect(resolveFocus('purchases', topics)).toEqual({ topic: 'purchases' })
    expect(resolveFocus('purchases-2', topics)).toEqual({ topic: 'purchases', partition: 2 })
    expect(resolveFocus('purchases-0', topics)).toEqual({ topic: 'purchases', partition: 0 })
    expect(resolveFocus('orders-v2-1', topics)).toEqual({ topic: 'orders-v2', partition: 1 })
  })

  it('takes the whole text as a topic name when the suffix is no partition of it', () => {
    // orders-v2 has no partition 7, but a topic has that whole name.
    expect(resolveFocus('orders-v2-7', topics)).toEqual({ topic: 'orders-v2-7' })
    // 2024 is no partition of page-views: the topic itself.
    expect(resolveFocus('page-views-2024', topics)).toEqual({ topic: 'page-views-2024' })
    expect(resolveFocus('page-views-2024-3', topics)).toEqual({ topic: 'page-views-2024', partition: 3 })
    expect(resolveFocus('orders-v2', topics)).toEqual({ topic: 'orders-v2' })
  })

  it('names nothing for unknown topics, missing partitions, odd numbers and internal topics', () => {
    expect(resolveFocus('nope', topics)).toBeUndefined()
    expect(resolveFocus('purchases-3', topics)).toBeUndefined()
    expect(resolveFocus('purchases-01', topics)).toBeUndefined()
    expect(resolveFocus('purchases-', topics)).toBeUndefined()
    expect(resolveFocus('__consumer_offsets', topics)).toBeUndefined()
    expect(resolveFocus('__consumer_offsets-1', topics)).toBeUndefined()
    expect(resolveFocus('constructor', topics)).toBeUndefined()
    expect(resolveFocus('toString-0', topics)).toBeUndefined()
  })

  it('keeps what is inside the focus', () => {
    expect(inFocus(undefined, 'x', 1)).toBe(true)
    expect(inFocus({ topic: 'purchases' }, 'purchases', 2)).toBe(true)
    expect(inFocus({ topic: 'purchases' }, 'orders', 0)).toBe(false)
    expect(inFocus({ topic: 'purchases', partition: 1 }, 'purchases', 1)).toBe(true)
    expect(inFocus({ topic: 'purchases', partition: 1 }, 'purchases', 2)).toBe(false)
    // A producer or group of the topic (no partition of its own) belongs to a partition's focus.
    expect(inFocus({ topic: 'purchases', partition: 1 }, 'purchases')).toBe(true)
  })
})
