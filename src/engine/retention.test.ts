import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { advanceTo, eventsOf, must, partitionOf, testCluster, valuesOf } from './testCluster'
import { partitionView } from './views'

/** 92 characters + 8 bytes of record overhead = 100 bytes; with the 61-byte batch header, 161 bytes a batch. */
const value = (label: string) => label.padEnd(92, '.')

function cluster(config: Record<string, unknown>, replicas = [1], minInsyncReplicas = 1) {
  const sim = testCluster({ brokers: 3, config: { retentionCheckIntervalMs: 10_000 } })
  must(sim, {
    type: 'createTopic',
    name: 'orders',
    partitions: 1,
    replicationFactor: replicas.length,
    replicaAssignment: [replicas],
    config: { minInsyncReplicas, ...config },
  })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0, acks: '1' })
  return sim
}

function sendAt(sim: Simulation, t: number, label: string) {
  advanceTo(sim, t)
  must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: value(label) })
}

const segmentsOf = (sim: Simulation) =>
  partitionOf(sim, 'orders', 0).segments.map((s) => [s.baseOffset, s.records.map((r) => r.offset)])

describe('segments', () => {
  it('roll when the next batch would pass segment.bytes', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: -1 })
    for (let i = 0; i < 7; i++) sendAt(sim, i * 1_000, `r${i}`)
    const events = sim.advance(1_000)
    expect(segmentsOf(sim)).toEqual([
      [0, [0, 1, 2]],
      [3, [3, 4, 5]],
      [6, [6]],
    ])
    expect(partitionOf(sim, 'orders', 0).segments.map((s) => s.bytes)).toEqual([483, 483, 161])
    expect(eventsOf(events, 'segmentRolled').map((e) => [e.t, e.baseOffset])).toEqual([[6_006, 6]])
  })

  it('roll when the active segment is segment.ms old at the next append', () => {
    const sim = cluster({ segmentMs: 10_000, retentionMs: -1 })
    const events = []
    for (let i = 0; i < 7; i++) {
      sendAt(sim, i * 4_000, `r${i}`)
      events.push(...sim.advance(10))
    }
    expect(eventsOf(events, 'segmentRolled').map((e) => [e.t, e.baseOffset])).toEqual([
      [12_006, 3],
      [24_006, 6],
    ])
    expect(segmentsOf(sim)).toEqual([
      [0, [0, 1, 2]],
      [3, [3, 4, 5]],
      [6, [6]],
    ])
  })
})

describe('time-based retention', () => {
  it('deletes whole segments, oldest first, once their newest record is older than retention.ms', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: 60_000 })
    for (const [t, label] of [
      [0, 'a'],
      [30_000, 'b'],
      [50_000, 'c'],
      [65_000, 'd'],
    ] as const) {
      sendAt(sim, t, label)
    }
    let events = advanceTo(sim, 119_999)
    expect(eventsOf(events, 'segmentDeleted')).toEqual([])
    expect(partitionOf(sim, 'orders', 0).logStartOffset).toBe(0)
    // The first segment's newest record (c, 50 000) is 60 000 ms old at 110 000: not yet older than retention.
    events = sim.advance(1)
    expect(eventsOf(events, 'segmentDeleted')).toEqual([
      {
        t: 120_000,
        type: 'segmentDeleted',
        topic: 'orders',
        partition: 0,
        baseOffset: 0,
        endOffset: 3,
        logStartOffset: 3,
        reason: 'time',
      },
    ])
    expect(valuesOf(sim, 'orders', 0).map((v) => v?.[0])).toEqual(['d'])
    // Every segment expired: a new empty one is rolled at the log end first, so the log keeps its end.
    events = advanceTo(sim, 130_000)
    expect(events.filter((e) => e.type === 'segmentRolled' || e.type === 'segmentDeleted')).toEqual([
      { t: 130_000, type: 'segmentRolled', topic: 'orders', partition: 0, baseOffset: 4 },
      {
        t: 130_000,
        type: 'segmentDeleted',
        topic: 'orders',
        partition: 0,
        baseOffset: 3,
        endOffset: 4,
        logStartOffset: 4,
        reason: 'time',
      },
    ])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({
      logStartOffset: 4,
      logEndOffset: 4,
      highWatermark: 4,
    })
    expect(segmentsOf(sim)).toEqual([[4, []]])
    // Offsets are never reused.
    sendAt(sim, 131_000, 'e')
    events = sim.advance(100)
    expect(eventsOf(events, 'recordAppended').map((e) => e.baseOffset)).toEqual([4])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ logStartOffset: 4, logEndOffset: 5 })
  })

  it('never deletes past the high watermark', () => {
    const sim = cluster({ segmentBytes: 256, retentionMs: 60_000 }, [1, 2, 3], 2)
    for (let i = 0; i < 3; i++) sendAt(sim, i * 1_000, `c${i}`)
    advanceTo(sim, 3_000)
    must(sim, { type: 'killBroker', brokerId: 2 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    for (let i = 3; i < 10; i++) sendAt(sim, 9_000 + i * 1_000, `u${i}`)
    advanceTo(sim, 20_000)
    // Under min ISR the acks=1 writes are in the log but not committed.
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ isr: [1], logEndOffset: 10, highWatermark: 3 })
    let events = advanceTo(sim, 90_000)
    expect(eventsOf(events, 'segmentDeleted').map((e) => [e.t, e.baseOffset, e.logStartOffset])).toEqual([
      [70_000, 0, 1],
      [70_000, 1, 2],
      [70_000, 2, 3],
    ])
    // From 80 000 every segment has expired, but offsets 3 and up are not committed.
    expect(partitionOf(sim, 'orders', 0).logStartOffset).toBe(3)
    must(sim, { type: 'restartBroker', brokerId: 2 })
    events = advanceTo(sim, 100_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({
      isr: [1, 2],
      highWatermark: 10,
      logStartOffset: 10,
    })
    expect(eventsOf(events, 'segmentDeleted').map((e) => e.baseOffset)).toEqual([3, 4, 5, 6, 7, 8, 9])
  })

  it('keeps everything with retention.ms -1', () => {
    const sim = testCluster({ brokers: 1 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 1,
      replicationFactor: 1,
      config: { segmentBytes: 256, retentionMs: -1 },
    })
    for (let i = 0; i < 5; i++)
      must(sim, { type: 'produce', topic: 'orders', value: value(`k${i}`), partition: 0 })
    const events = sim.advance(8 * 86_400_000)
    expect(eventsOf(events, 'segmentDeleted')).toEqual([])
    expect(valuesOf(sim, 'orders', 0)).toHaveLength(5)
  })

  it('deletes after the default 7 days with the teaching segment size', () => {
    const sim = testCluster({ brokers: 1 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 1 })
    for (let i = 0; i < 40; i++) {
      must(sim, { type: 'produce', topic: 'orders', value: value(`w${i}`), partition: 0 })
      sim.advance(1_000)
    }
    const segments = partitionOf(sim, 'orders', 0).segments.length
    expect(segments).toBeGreaterThan(2)
    let events = advanceTo(sim, 604_800_000)
    expect(eventsOf(events, 'segmentDeleted')).toEqual([])
    events = advanceTo(sim, 604_800_000 + 300_000)
    expect(eventsOf(events, 'segmentDeleted')).toHaveLength(segments)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ logStartOffset: 40, logEndOffset: 40 })
  })
})

describe('retention.bytes', () => {
  // Three segments of 483 bytes and an active one of 161: 1610 bytes in the partition.
  const fill = (sim: Simulation) => {
    for (let i = 0; i < 10; i++) sendAt(sim, i * 1_000, `r${i}`)
    sim.advance(1_000)
    expect(segmentsOf(sim).map(([base]) => base)).toEqual([0, 3, 6, 9])
  }

  it('deletes whole segments from the oldest while the partition stays at or above retention.bytes without them', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: -1 })
    fill(sim)
    must(sim, { type: 'alterTopicConfig', topic: 'orders', config: { retentionBytes: 1000 } })
    const events = sim.advance(10_000)
    // 1610 - 1000 = 610 bytes too many. The oldest segment (483) fits in that; the next (483 > 127 left) does not:
    // as Kafka does, a segment goes only if the partition stays at or above retention.bytes without it.
    expect(eventsOf(events, 'segmentDeleted').map((e) => [e.baseOffset, e.endOffset, e.reason])).toEqual([
      [0, 3, 'size'],
    ])
    expect(partitionOf(sim, 'orders', 0).logStartOffset).toBe(3)
    expect(partitionOf(sim, 'orders', 0).segments.reduce((n, s) => n + s.bytes, 0)).toBe(1127)
    // The public view: each segment with its base offset, record count and size, the active one marked.
    expect(partitionView(partitionOf(sim, 'orders', 0)).segments).toEqual([
      { baseOffset: 3, records: 3, bytes: 483, active: false },
      { baseOffset: 6, records: 3, bytes: 483, active: false },
      { baseOffset: 9, records: 1, bytes: 161, active: true },
    ])
    expect(valuesOf(sim, 'orders', 0).map((v) => v?.replace(/\.+$/, ''))).toEqual([
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
      'r8',
      'r9',
    ])
  })

  it('retention.bytes=0 deletes every segment below the high watermark, rolling so that an empty active one stays', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: -1 })
    fill(sim)
    must(sim, { type: 'alterTopicConfig', topic: 'orders', config: { retentionBytes: 0 } })
    const events = sim.advance(10_000)
    expect(eventsOf(events, 'segmentDeleted').map((e) => e.baseOffset)).toEqual([0, 3, 6, 9])
    const p = partitionOf(sim, 'orders', 0)
    expect([p.logStartOffset, p.logEndOffset, p.segments.length, p.segments[0]!.records.length]).toEqual([
      10, 10, 1, 0,
    ])
  })

  it('-1 (the default) keeps everything, and a bad value is refused with its Kafka name', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: -1 })
    fill(sim)
    expect(eventsOf(sim.advance(60_000), 'segmentDeleted')).toEqual([])
    const before = JSON.stringify(sim.state)
    expect(
      sim.dispatch({ type: 'alterTopicConfig', topic: 'orders', config: { retentionBytes: -2 } }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/retention\.bytes/),
    })
    expect(JSON.stringify(sim.state)).toBe(before)
  })

  it('nothing at or above the high watermark goes: a segment waits until its followers have it', () => {
    const sim = cluster({ segmentBytes: 512, retentionMs: -1, retentionBytes: 0 }, [1, 2, 3], 2)
    must(sim, { type: 'stallBroker', brokerId: 2, stalled: true })
    must(sim, { type: 'stallBroker', brokerId: 3, stalled: true })
    for (let i = 0; i < 4; i++) sendAt(sim, i * 1_000, `r${i}`)
    const events = sim.advance(10_000)
    const p = partitionOf(sim, 'orders', 0)
    // The followers fetch nothing: the high watermark stays at 0 and no segment is deleted.
    expect(p.highWatermark).toBe(0)
    expect(eventsOf(events, 'segmentDeleted')).toEqual([])
  })
})
