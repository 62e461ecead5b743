import { describe, expect, it } from 'vitest'
import { partitionForKey } from './keyPartitioner'
import { advanceTo, eventsOf, must, partitionOf, recordsOf, testCluster, valuesOf } from './testCluster'

/** Topic `orders` with one single-replica partition per broker: partition i lives on broker i + 1. */
function spread(partitions = 3) {
  const sim = testCluster({ brokers: partitions })
  const replicaAssignment = Array.from({ length: partitions }, (_, i) => [i + 1])
  must(sim, { type: 'createTopic', name: 'orders', partitions, replicationFactor: 1, replicaAssignment })
  return sim
}

const keyFor = (partition: number, numPartitions: number) => {
  for (let i = 0; ; i++)
    if (partitionForKey(`customer-${i}`, numPartitions) === partition) return `customer-${i}`
}

describe('choosing the partition', () => {
  it('sends a keyed record to partitionForKey(key, partitions)', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 6, replicationFactor: 2 })
    const keys = Array.from({ length: 30 }, (_, i) => `customer-${i}`)
    for (const key of keys) must(sim, { type: 'produce', topic: 'orders', key, value: key })
    sim.advance(1_000)
    let total = 0
    for (let p = 0; p < 6; p++) {
      const records = recordsOf(sim, 'orders', p)
      total += records.length
      for (const r of records) expect(partitionForKey(r.key!, 6)).toBe(p)
    }
    expect(total).toBe(30)
    // One key keeps its partition: its records stay in the order they were sent.
    must(sim, { type: 'produce', topic: 'orders', key: 'customer-42', value: 'second' })
    sim.advance(1_000)
    const home = partitionForKey('customer-42', 6)
    expect(valuesOf(sim, 'orders', home).filter((v) => v === 'customer-42' || v === 'second')).toEqual([
      'second',
    ])
  })

  it('hashes the empty key like any other and treats only null as keyless', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 5, replicationFactor: 1 })
    must(sim, { type: 'produce', topic: 'orders', key: '', value: 'empty key' })
    sim.advance(100)
    expect(valuesOf(sim, 'orders', partitionForKey('', 5))).toEqual(['empty key'])
  })

  it('lets an explicit partition win over the key', () => {
    const sim = spread(3)
    expect(partitionForKey('customer-42', 3)).toBe(0)
    must(sim, { type: 'produce', topic: 'orders', key: 'customer-42', value: 'pinned', partition: 2 })
    sim.advance(100)
    expect(valuesOf(sim, 'orders', 2)).toEqual(['pinned'])
    expect(valuesOf(sim, 'orders', 0)).toEqual([])
  })

  it('keeps keyless records on one partition until batch.size bytes went there, then picks again', () => {
    const sim = spread(3)
    must(sim, { type: 'addProducer', topic: 'orders', id: 'S', ratePerSec: 0, batchSize: 512 })
    sim.takeEvents()
    const changes = []
    for (let i = 1; i <= 12; i++) {
      // 92 characters of value + 8 bytes of record overhead = 100 bytes: the 6th record reaches 512.
      must(sim, {
        type: 'produce',
        topic: 'orders',
        producerId: 'S',
        value: `r${String(i).padStart(2, '0')}`.padEnd(92, '.'),
      })
      const changed = eventsOf(sim.takeEvents(), 'stickyPartitionChanged')
      changes.push(changed.length)
      if (i === 6) expect(changed).toHaveLength(1)
    }
    expect(changes).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1])
    sim.advance(1_000)
    const where = (i: number) => {
      for (let p = 0; p < 3; p++)
        if (
          valuesOf(sim, 'orders', p).some((v) => v !== null && v.startsWith(`r${String(i).padStart(2, '0')}`))
        )
          return p
      return -1
    }
    const first = where(1)
    const second = where(7)
    for (let i = 1; i <= 6; i++) expect(where(i)).toBe(first)
    for (let i = 7; i <= 12; i++) expect(where(i)).toBe(second)
  })

  it('never sends keyless records to a partition without a leader', () => {
    const sim = spread(3)
    must(sim, { type: 'killBroker', brokerId: 1 })
    advanceTo(sim, 10_000)
    expect(partitionOf(sim, 'orders', 0).leader).toBeNull()
    must(sim, { type: 'addProducer', topic: 'orders', id: 'K', ratePerSec: 50, batchSize: 256 })
    const events = sim.advance(30_000)
    const sent = eventsOf(events, 'recordSent')
    expect(sent.length).toBeGreaterThan(100)
    expect(sent.filter((e) => e.partition === 0)).toEqual([])
    expect(new Set(sent.map((e) => e.partition))).toEqual(new Set([1, 2]))
    expect(eventsOf(events, 'stickyPartitionChanged').filter((e) => e.to === 0)).toEqual([])
    expect(sim.state.producers[0]).toMatchObject({ failed: 0 })
  })

  it('holds a keyed record for a leaderless partition and fails it with TIMEOUT after delivery.timeout.ms', () => {
    const sim = spread(3)
    must(sim, { type: 'killBroker', brokerId: 1 })
    advanceTo(sim, 10_000)
    must(sim, { type: 'produce', topic: 'orders', key: keyFor(0, 3), value: 'waiting' })
    const events = advanceTo(sim, 131_000)
    expect(eventsOf(events, 'recordSent')).toEqual([])
    expect(eventsOf(events, 'produceFailed')).toEqual([
      {
        t: 130_000,
        type: 'produceFailed',
        topic: 'orders',
        partition: 0,
        producerId: 'console-orders',
        brokerId: null,
        batchId: 0,
        error: 'TIMEOUT',
        willRetry: false,
        recordCount: 1,
        attempt: 0,
      },
    ])
    expect(sim.state.producers[0]).toMatchObject({ sent: 1, acked: 0, failed: 1 })
  })

  it('delivers the held keyed record once the partition has a leader again', () => {
    const sim = spread(3)
    must(sim, { type: 'killBroker', brokerId: 1 })
    advanceTo(sim, 10_000)
    must(sim, { type: 'produce', topic: 'orders', key: keyFor(0, 3), value: 'waiting' })
    advanceTo(sim, 60_000)
    must(sim, { type: 'restartBroker', brokerId: 1 })
    const events = sim.advance(5_000)
    expect(eventsOf(events, 'produceAcked').map((e) => [e.partition, e.baseOffset])).toEqual([[0, 0]])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['waiting'])
  })
})

describe('batching', () => {
  it('keeps adding records to a batch that waits to be sent, so a slow network does not cap throughput', () => {
    const sim = testCluster({ brokers: 3, config: { networkDelayMs: 100 } })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 3 })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 200 })
    const events = sim.advance(20_000)
    const sent = eventsOf(events, 'recordSent')
    const producer = sim.state.producers[0]!
    expect(producer.failed).toBe(0)
    expect(producer.sent).toBeGreaterThan(3_950)
    const waiting = producer.batches.flat().reduce((n, b) => n + b.records.length, 0)
    expect(producer.acked + waiting).toBe(producer.sent)
    expect(waiting).toBeLessThan(200)
    // At most 5 requests in flight per round trip of ~400 ms: far fewer requests than records.
    expect(sent.length).toBeLessThan(300)
    expect(Math.max(...sent.map((e) => e.recordCount))).toBeGreaterThan(10)
    expect(sent.reduce((n, e) => n + e.recordCount, 0)).toBeGreaterThan(3_800)
  })
})
