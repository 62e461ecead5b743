import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { cleanableRange, isCleanable } from './logCleaner'
import { KAFKA_TOPIC_DEFAULTS } from './config'
import { advanceTo, eventsOf, must, partitionOf, recordsOf, testCluster } from './testCluster'
import { partitionView, recordViews } from './views'

/** 12-character values: key (1) + value (12) + 8 bytes of overhead = 21 bytes a record, 82 with its batch header. */
const v = (label: string) => label.padEnd(12, '.')

function compacted(config: Record<string, unknown> = {}) {
  const sim = testCluster({ brokers: 1 })
  must(sim, {
    type: 'createTopic',
    name: 'addresses',
    partitions: 1,
    replicationFactor: 1,
    config: { cleanupPolicy: 'compact', segmentBytes: 256, ...config },
  })
  must(sim, { type: 'addProducer', topic: 'addresses', id: 'P', ratePerSec: 0, acks: '1' })
  return sim
}

/** One record a second, each its own batch, so that segments roll every three records. */
function writeAll(sim: Simulation, from: number, rows: [string, string | null][]) {
  rows.forEach(([key, value], i) => {
    advanceTo(sim, from + i * 1_000)
    must(sim, {
      type: 'produce',
      topic: 'addresses',
      producerId: 'P',
      key,
      value: value === null ? null : v(value),
    })
  })
  sim.advance(100)
}

const layout = (sim: Simulation) =>
  partitionOf(sim, 'addresses', 0).segments.map((s) => [s.baseOffset, s.records.map((r) => r.offset)])
const keysAt = (sim: Simulation) => recordViews(sim.state, 'addresses', 0).map((r) => `${r.offset}:${r.key}`)

describe('the log cleaner', () => {
  it('keeps the latest record of each key at its own offset, leaving gaps, and moves the cleaner point', () => {
    const sim = compacted()
    // a b a | c a b | b a
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', 'a2'],
      ['c', 'c1'],
      ['a', 'a3'],
      ['b', 'b2'],
      ['b', 'b3'],
      ['a', 'a4'],
    ])
    expect(layout(sim)).toEqual([
      [0, [0, 1, 2]],
      [3, [3, 4, 5]],
      [6, [6, 7]],
    ])
    const events = advanceTo(sim, 16_000)
    const cleaned = eventsOf(events, 'logCleaned')
    expect(cleaned).toHaveLength(1)
    // Both closed segments are dirty, the active one [6, 7] is never cleaned: keys a@4, b@5, c@3 win.
    expect(cleaned[0]).toMatchObject({ t: 15_000, firstDirtyOffset: 0, cleanerPoint: 6, removed: 3 })
    expect(cleaned[0]!.removedOffsets).toEqual([0, 1, 2])
    expect(keysAt(sim)).toEqual(['3:c', '4:a', '5:b', '6:b', '7:a'])
    // The cleaner groups segments by their size before the pass: 246 + 246 bytes pass segment.bytes (256).
    expect(layout(sim)).toEqual([
      [0, []],
      [3, [3, 4, 5]],
      [6, [6, 7]],
    ])
    const view = partitionView(partitionOf(sim, 'addresses', 0), true)
    expect(view.cleanerPoint).toBe(6)
    expect(view.segments.map((s) => [s.baseOffset, s.records, s.active])).toEqual([
      [0, 0, false],
      [3, 3, false],
      [6, 2, true],
    ])
  })

  it('merges small cleaned segments into one while they fit segment.bytes', () => {
    const sim = compacted()
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
      ['a', 'a4'],
      ['a', 'a5'],
      ['b', 'b1'],
      ['c', 'c1'],
    ])
    advanceTo(sim, 16_000)
    // Only a@4 and b@5 stay of the closed segments. Grouping looks at sizes before the pass: no merge yet.
    expect(layout(sim)).toEqual([
      [0, []],
      [3, [4, 5]],
      [6, [6]],
    ])
    // Both records came in one producer's batches: counted with one batch header, 61 + 2 × 21 bytes.
    expect(partitionOf(sim, 'addresses', 0).segments.map((s) => s.bytes)).toEqual([0, 103, 82])
    writeAll(sim, 17_000, [
      ['c', 'c2'],
      ['c', 'c3'],
      ['c', 'c4'],
      ['c', 'c5'],
    ])
    advanceTo(sim, 31_000)
    // The next pass: 0 + 103 bytes fit 256, so the two first segments become one; 6..8 (246) stays alone.
    expect(layout(sim)).toEqual([
      [0, [4, 5]],
      [6, [8]],
      [9, [9, 10]],
    ])
  })

  it('waits for a dirty ratio above min.cleanable.dirty.ratio', () => {
    const sim = compacted({ minCleanableDirtyRatio: 0.9 })
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
      ['a', 'a4'],
    ])
    const p = partitionOf(sim, 'addresses', 0)
    const cfg = { ...KAFKA_TOPIC_DEFAULTS, cleanupPolicy: 'compact' as const, minCleanableDirtyRatio: 0.9 }
    const range = cleanableRange(p, cfg, sim.state.timeMs)
    // Closed: 0..2 (246 bytes), all dirty, so the ratio is 1 > 0.9.
    expect(range).toMatchObject({ firstDirtyOffset: 0, firstUncleanableOffset: 3, dirtyRatio: 1 })
    advanceTo(sim, 16_000)
    expect(partitionOf(sim, 'addresses', 0).cleanerPoint).toBe(3)
    // Now 0..2 is clean (a@2 kept: a@3 is in the active segment); a new closed dirty segment alone is half the log.
    writeAll(sim, 17_000, [
      ['a', 'a5'],
      ['a', 'a6'],
      ['a', 'a7'],
    ])
    const r2 = cleanableRange(partitionOf(sim, 'addresses', 0), cfg, sim.state.timeMs)
    expect(r2.firstDirtyOffset).toBe(3)
    expect(r2.dirtyRatio).toBeGreaterThan(0.5)
    expect(r2.dirtyRatio).toBeLessThan(0.9)
    expect(isCleanable(r2, cfg)).toBe(false)
    expect(isCleanable(r2, { ...cfg, minCleanableDirtyRatio: 0.5 })).toBe(true)
    // Kafka's test is strictly above: a ratio exactly at the minimum does not clean.
    expect(isCleanable({ ...r2, dirtyRatio: 0.5 }, { ...cfg, minCleanableDirtyRatio: 0.5 })).toBe(false)
  })

  it('leaves records younger than min.compaction.lag.ms, and cleans after max.compaction.lag.ms whatever the ratio', () => {
    const young = compacted({ minCompactionLagMs: 60_000 })
    writeAll(young, 0, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
      ['a', 'a4'],
    ])
    expect(eventsOf(advanceTo(young, 59_000), 'logCleaned')).toEqual([])
    // The closed segment's newest record (t = 2 s) is 60 s old at 62 s: the pass at 75 s takes it.
    expect(eventsOf(advanceTo(young, 76_000), 'logCleaned').map((e) => e.t)).toEqual([75_000])

    const late = compacted({ minCleanableDirtyRatio: 0.99, maxCompactionLagMs: 30_000 })
    writeAll(late, 0, [
      ['a', 'a1'],
      ['b', 'b1'],
      ['c', 'c1'],
      ['a', 'a2'],
    ])
    advanceTo(late, 16_000)
    writeAll(late, 17_000, [
      ['b', 'b2'],
      ['c', 'c2'],
      ['a', 'a3'],
    ])
    const p = partitionOf(late, 'addresses', 0)
    expect(p.cleanerPoint).toBe(3)
    // The segment 3..5 is dirty but small beside the clean one; its first record (t = 3 s) passes 30 s at 33 s.
    expect(eventsOf(advanceTo(late, 46_000), 'logCleaned').map((e) => [e.t, e.cleanerPoint])).toEqual([
      [45_000, 6],
    ])
  })

  it('rolls a compacted log by max.compaction.lag.ms too (LogConfig.maxSegmentMs)', () => {
    const sim = compacted({ segmentBytes: 100_000, maxCompactionLagMs: 5_000 })
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
      ['a', 'a4'],
      ['a', 'a5'],
      ['a', 'a6'],
      ['a', 'a7'],
    ])
    expect(layout(sim)).toEqual([
      [0, [0, 1, 2, 3, 4]],
      [5, [5, 6]],
    ])
  })

  it('keeps a tombstone through one pass, stamps it, and removes it once delete.retention.ms has passed', () => {
    const sim = compacted({ deleteRetentionMs: 60_000 })
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', null],
      ['c', 'c1'],
      ['c', 'c2'],
      ['c', 'c3'],
      ['b', 'b2'],
    ])
    advanceTo(sim, 16_000)
    expect(keysAt(sim)).toEqual(['1:b', '2:a', '5:c', '6:b'])
    const tombstone = recordsOf(sim, 'addresses', 0).find((r) => r.offset === 2)!
    expect(tombstone.value).toBeNull()
    expect(tombstone.deleteHorizonMs).toBe(15_000 + 60_000)
    expect(recordViews(sim.state, 'addresses', 0).find((r) => r.offset === 2)?.value).toBeNull()
    // More updates make the log dirty again; a pass before the horizon keeps the tombstone, one after removes it.
    writeAll(sim, 20_000, [
      ['b', 'b3'],
      ['b', 'b4'],
      ['b', 'b5'],
      ['b', 'b6'],
    ])
    const early = eventsOf(advanceTo(sim, 31_000), 'logCleaned')
    expect(early.map((e) => e.tombstonesRemoved)).toEqual([0])
    expect(keysAt(sim)).toContain('2:a')
    writeAll(sim, 80_000, [
      ['b', 'b7'],
      ['b', 'b8'],
      ['b', 'b9'],
    ])
    const late = eventsOf(advanceTo(sim, 91_000), 'logCleaned')
    expect(late.map((e) => e.tombstonesRemoved)).toEqual([1])
    expect(keysAt(sim).some((k) => k.endsWith(':a'))).toBe(false)
  })

  it('never touches a log with cleanup.policy=delete, and retention never deletes a compact-only one', () => {
    const sim = testCluster({ brokers: 1, config: { retentionCheckIntervalMs: 10_000 } })
    for (const [name, cleanupPolicy] of [
      ['plain', 'delete'],
      ['kept', 'compact'],
    ]) {
      must(sim, {
        type: 'createTopic',
        name,
        partitions: 1,
        replicationFactor: 1,
        config: { cleanupPolicy, segmentBytes: 256, retentionMs: 5_000 },
      })
      must(sim, { type: 'addProducer', topic: name, id: name, ratePerSec: 0, acks: '1' })
    }
    for (let i = 0; i < 7; i++) {
      advanceTo(sim, i * 1_000)
      for (const name of ['plain', 'kept'])
        must(sim, { type: 'produce', topic: name, producerId: name, key: 'k', value: v(`x${i}`) })
    }
    const events = advanceTo(sim, 40_000)
    expect(eventsOf(events, 'logCleaned').map((e) => e.topic)).toEqual(['kept'])
    expect(new Set(eventsOf(events, 'segmentDeleted').map((e) => e.topic))).toEqual(new Set(['plain']))
    expect(partitionOf(sim, 'kept', 0).logStartOffset).toBe(0)
  })

  it('with compact,delete both run: retention deletes old segments and the cleaner compacts the rest', () => {
    const sim = compacted({ cleanupPolicy: 'compact,delete', retentionMs: 200_000 })
    writeAll(sim, 0, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['b', 'b1'],
      ['a', 'a3'],
      ['b', 'b2'],
      ['c', 'c1'],
      ['c', 'c2'],
    ])
    const events = advanceTo(sim, 600_000)
    expect(eventsOf(events, 'logCleaned').length).toBeGreaterThan(0)
    expect(eventsOf(events, 'segmentDeleted').length).toBeGreaterThan(0)
    expect(partitionOf(sim, 'addresses', 0).logStartOffset).toBeGreaterThan(0)
  })
})

describe('a compacted topic', () => {
  it('refuses a keyless record as Kafka does: INVALID_RECORD, not retried', () => {
    const sim = compacted()
    must(sim, { type: 'produce', topic: 'addresses', producerId: 'P', key: null, value: v('nobody') })
    const events = sim.advance(1_000)
    expect(eventsOf(events, 'recordRefused').map((e) => e.message)).toEqual([
      'Compacted topic cannot accept message without key in topic partition addresses-0',
    ])
    expect(eventsOf(events, 'produceFailed').map((e) => [e.error, e.willRetry])).toEqual([
      ['INVALID_RECORD', false],
    ])
    expect(partitionOf(sim, 'addresses', 0).logEndOffset).toBe(0)
    expect(sim.state.producers.find((p) => p.id === 'P')?.failed).toBe(1)
    // A keyed record after it goes through.
    must(sim, { type: 'produce', topic: 'addresses', producerId: 'P', key: 'a', value: v('a1') })
    sim.advance(1_000)
    expect(partitionOf(sim, 'addresses', 0).logEndOffset).toBe(1)
  })

  it('takes and reports the compaction settings, and refuses bad ones without changing anything', () => {
    const sim = compacted()
    expect(
      sim.dispatch({
        type: 'alterTopicConfig',
        topic: 'addresses',
        config: { cleanupPolicy: 'delete,compact' },
      }),
    ).toEqual({ ok: true })
    expect(sim.state.topics['addresses']!.config.cleanupPolicy).toBe('compact,delete')
    const bad: [Record<string, unknown>, string][] = [
      [{ cleanupPolicy: 'forever' }, "cleanup.policy must be one of 'delete', 'compact', 'compact,delete'"],
      [{ minCleanableDirtyRatio: 1.5 }, 'min.cleanable.dirty.ratio must be from 0 to 1'],
      [{ deleteRetentionMs: -5 }, 'delete.retention.ms must be from 0'],
      [
        { minCompactionLagMs: 10_000, maxCompactionLagMs: 5_000 },
        'min.compaction.lag.ms (10000) > max.compaction.lag.ms',
      ],
    ]
    for (const [config, message] of bad) {
      const before = JSON.stringify(sim.state.topics['addresses']!.config)
      const result = sim.dispatch({ type: 'alterTopicConfig', topic: 'addresses', config })
      expect(result.ok).toBe(false)
      expect(result.ok ? '' : result.error).toContain(message)
      expect(JSON.stringify(sim.state.topics['addresses']!.config)).toBe(before)
    }
    expect(
      sim.dispatch({
        type: 'createTopic',
        name: 'x',
        partitions: 1,
        replicationFactor: 1,
        config: { maxCompactionLagMs: 0 },
      }).ok,
    ).toBe(false)
  })

  it('refuses a value that is neither text nor null', () => {
    const sim = compacted()
    const result = sim.dispatch({ type: 'produce', topic: 'addresses', key: 'a', value: 42 })
    expect(result).toEqual({ ok: false, error: 'value must be text, got 42.' })
  })
})

describe('__consumer_offsets', () => {
  it('is compacted: old commits of a group go, the latest commit of each partition stays', () => {
    const sim = testCluster({ brokers: 1 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 2, replicationFactor: 1 })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 4, keys: 'customers' })
    must(sim, { type: 'addConsumer', groupId: 'billing', topic: 'orders', ratePerSec: 10 })
    const events = advanceTo(sim, 240_000)
    const offsets = sim.state.topics['__consumer_offsets']!
    expect(offsets.config.cleanupPolicy).toBe('compact')
    const cleaned = eventsOf(events, 'logCleaned').filter((e) => e.topic === '__consumer_offsets')
    expect(cleaned.length).toBeGreaterThan(0)
    const p = offsets.partitions[cleaned[0]!.partition]!
    const records = recordViews(sim.state, '__consumer_offsets', p.partition)
    // Below the cleaner point each key (group:topic:partition) appears once.
    const clean = records.filter((r) => r.offset < p.cleanerPoint).map((r) => r.key)
    expect(new Set(clean).size).toBe(clean.length)
    // The latest record of each key is the group's committed offset.
    const latest = new Map(records.map((r) => [r.key, r.value]))
    const group = sim.state.groups['billing']!
    expect(latest.get('billing:orders:0')).toBe(String(group.committed[0]))
    expect(latest.get('billing:orders:1')).toBe(String(group.committed[1]))
  })
})
