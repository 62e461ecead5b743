import { describe, expect, it } from 'vitest'
import { advanceTo, must, partitionOf, testCluster } from '../../engine/testCluster'
import { logWindow, supersededOffsets } from './logWindow'

function compacted() {
  const sim = testCluster({ brokers: 1 })
  must(sim, {
    type: 'createTopic',
    name: 'addresses',
    partitions: 1,
    replicationFactor: 1,
    config: { cleanupPolicy: 'compact', segmentBytes: 256 },
  })
  must(sim, { type: 'addProducer', topic: 'addresses', id: 'P', ratePerSec: 0, acks: '1' })
  const rows: [string, string | null][] = [
    ['a', 'a1'],
    ['b', 'b1'],
    ['a', null],
    ['c', 'c1'],
    ['c', 'c2'],
  ]
  rows.forEach(([key, value], i) => {
    advanceTo(sim, i * 1000)
    // 40-character values: 110 bytes a batch, two records a segment.
    must(sim, {
      type: 'produce',
      topic: 'addresses',
      producerId: 'P',
      key,
      value: value?.padEnd(40, '.') ?? null,
    })
  })
  sim.advance(100)
  return sim
}

describe('a log row’s cells on a compacted topic', () => {
  it('marks what a full compaction would remove: superseded records, not a fresh tombstone', () => {
    const sim = compacted()
    const p = partitionOf(sim, 'addresses', 0)
    expect([...supersededOffsets(p, sim.state.timeMs)]).toEqual([0, 3])
    const cells = logWindow(
      p,
      p.logEndOffset,
      10,
      p.logEndOffset,
      supersededOffsets(p, sim.state.timeMs),
    ).cells
    expect(cells.map((c) => [c.offset, c.wouldGo, c.tombstone, c.compacted])).toEqual([
      [0, true, false, false],
      [1, false, false, false],
      [2, false, true, false],
      [3, true, false, false],
      [4, false, false, false],
    ])
  })

  it('keeps an empty cell at each offset the cleaner removed, below the cleaner point only', () => {
    const sim = compacted()
    advanceTo(sim, 16_000)
    const p = partitionOf(sim, 'addresses', 0)
    // Segments 0-1 and 2-3 were dirty; 4 is the active one, never cleaned: a@0 went, c@3 stays (c@4 is not seen).
    expect(p.cleanerPoint).toBe(4)
    const cells = logWindow(p, p.logEndOffset, 10).cells
    expect(cells.map((c) => [c.offset, c.compacted, c.key])).toEqual([
      [0, true, null],
      [1, false, 'b'],
      [2, false, 'a'],
      [3, false, 'c'],
      [4, false, 'c'],
    ])
  })
})
