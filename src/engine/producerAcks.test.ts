import { describe, expect, it } from 'vitest'
import { advanceTo, eventsOf, must, partitionOf, testCluster, valuesOf } from './testCluster'

/** Brokers 1, 2, 3; topic `orders` with one partition led by 1; producer P with the given acks. */
function cluster(acks: '0' | '1' | 'all', minInsyncReplicas = 1) {
  const sim = testCluster({ brokers: 3 })
  must(sim, {
    type: 'createTopic',
    name: 'orders',
    partitions: 1,
    replicationFactor: 3,
    replicaAssignment: [[1, 2, 3]],
    config: { minInsyncReplicas },
  })
  must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0, acks })
  sim.takeEvents()
  return sim
}

const send = (sim: ReturnType<typeof cluster>, value: string) =>
  must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value })

describe('acks', () => {
  it('acks=0 counts the record sent at once, with no answer, even when the leader is dead', () => {
    const sim = cluster('0')
    send(sim, 'a')
    let events = sim.advance(5) // linger.ms
    expect(eventsOf(events, 'recordSent').map((e) => e.t)).toEqual([5])
    expect(sim.state.producers[0]!.acked).toBe(1)
    events = sim.advance(1_000)
    expect(eventsOf(events, 'recordAppended').map((e) => e.t)).toEqual([6])
    expect(eventsOf(events, 'produceAcked')).toEqual([])
    must(sim, { type: 'killBroker', brokerId: 1 })
    send(sim, 'b')
    events = sim.advance(20_000)
    expect(sim.state.producers[0]).toMatchObject({ acked: 2, failed: 0 })
    expect(eventsOf(events, 'produceFailed')).toEqual([])
    expect(eventsOf(events, 'recordAppended')).toEqual([])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a'])
  })

  it('acks=1 answers once the leader appended, before the followers copied the record', () => {
    const sim = cluster('1')
    send(sim, 'a')
    const events = sim.advance(1_000)
    expect(eventsOf(events, 'recordAppended').map((e) => e.t)).toEqual([6])
    expect(eventsOf(events, 'produceAcked').map((e) => [e.t, e.baseOffset])).toEqual([[7, 0]])
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => [e.t, e.to])).toEqual([[8, 1]])
  })

  it('acks=all answers only when the high watermark covers the record', () => {
    const sim = cluster('all')
    send(sim, 'a')
    const events = sim.advance(1_000)
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => [e.t, e.to])).toEqual([[8, 1]])
    expect(eventsOf(events, 'produceAcked').map((e) => [e.t, e.baseOffset, e.recordCount])).toEqual([
      [9, 0, 1],
    ])
  })

  it('acks=1 loses an acknowledged record when the leader dies before the followers copied it', () => {
    const sim = cluster('1')
    must(sim, { type: 'stallBroker', brokerId: 2 })
    must(sim, { type: 'stallBroker', brokerId: 3 })
    send(sim, 'a')
    advanceTo(sim, 100)
    expect(sim.state.producers[0]!.acked).toBe(1)
    must(sim, { type: 'killBroker', brokerId: 1 })
    const events = sim.advance(10_000)
    expect(eventsOf(events, 'leaderElected').map((e) => e.leader)).toEqual([2])
    expect(eventsOf(events, 'recordsLost').map((e) => [e.fromOffset, e.toOffset, e.reason])).toEqual([
      [0, 1, 'truncated'],
    ])
    expect(valuesOf(sim, 'orders', 0)).toEqual([])
  })

  it('acks=all keeps the same record: unacknowledged when the leader dies, retried, written once', () => {
    const sim = cluster('all')
    must(sim, { type: 'stallBroker', brokerId: 2 })
    must(sim, { type: 'stallBroker', brokerId: 3 })
    send(sim, 'a')
    advanceTo(sim, 100)
    expect(sim.state.producers[0]!.acked).toBe(0)
    must(sim, { type: 'killBroker', brokerId: 1 })
    advanceTo(sim, 9_500)
    must(sim, { type: 'stallBroker', brokerId: 2, stalled: false })
    must(sim, { type: 'stallBroker', brokerId: 3, stalled: false })
    const events = sim.advance(10_000)
    expect(eventsOf(events, 'produceAcked').map((e) => e.baseOffset)).toEqual([0])
    expect(sim.state.producers[0]).toMatchObject({ acked: 1, failed: 0 })
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a'])
  })
})

describe('a leader alone in its ISR', () => {
  it.each(['0', '1', 'all'] as const)('commits acks=%s writes to an RF=1 topic at once', (acks) => {
    const sim = testCluster({ brokers: 1 })
    must(sim, { type: 'createTopic', name: 'solo', partitions: 1, replicationFactor: 1 })
    must(sim, { type: 'addProducer', topic: 'solo', id: 'P', ratePerSec: 0, acks })
    must(sim, { type: 'produce', topic: 'solo', producerId: 'P', value: 'a' })
    const events = sim.advance(1_000)
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => [e.t, e.to])).toEqual([[6, 1]])
    expect(partitionOf(sim, 'solo', 0)).toMatchObject({ logEndOffset: 1, highWatermark: 1 })
  })
})

describe('min.insync.replicas', () => {
  it('refuses acks=all writes with NOT_ENOUGH_REPLICAS while the ISR is too small, appending nothing', () => {
    const sim = cluster('all', 2)
    must(sim, { type: 'killBroker', brokerId: 2 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    advanceTo(sim, 10_000)
    expect(partitionOf(sim, 'orders', 0).isr).toEqual([1])
    send(sim, 'a')
    let events = advanceTo(sim, 15_000)
    const failed = eventsOf(events, 'produceFailed')
    expect(failed[0]).toEqual({
      t: 10_007,
      type: 'produceFailed',
      topic: 'orders',
      partition: 0,
      producerId: 'P',
      brokerId: 1,
      batchId: 0,
      error: 'NOT_ENOUGH_REPLICAS',
      willRetry: true,
      recordCount: 1,
      attempt: 1,
    })
    expect(failed.every((e) => e.error === 'NOT_ENOUGH_REPLICAS' && e.willRetry)).toBe(true)
    expect(eventsOf(events, 'recordAppended')).toEqual([])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ logEndOffset: 0, highWatermark: 0 })
    must(sim, { type: 'restartBroker', brokerId: 2 })
    events = sim.advance(5_000)
    expect(eventsOf(events, 'produceAcked').map((e) => e.baseOffset)).toEqual([0])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a'])
  })

  it('accepts acks=1 writes under min ISR but does not advance the high watermark until the ISR recovers', () => {
    const sim = cluster('1', 2)
    must(sim, { type: 'killBroker', brokerId: 2 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    advanceTo(sim, 10_000)
    send(sim, 'a')
    send(sim, 'b')
    let events = advanceTo(sim, 20_000)
    expect(eventsOf(events, 'produceAcked').map((e) => [e.baseOffset, e.recordCount])).toEqual([[0, 2]])
    expect(eventsOf(events, 'highWatermarkAdvanced')).toEqual([])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ logEndOffset: 2, highWatermark: 0 })
    must(sim, { type: 'restartBroker', brokerId: 3 })
    events = sim.advance(1_000)
    expect(eventsOf(events, 'isrExpanded').map((e) => e.isr)).toEqual([[1, 3]])
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => e.to)).toEqual([2])
  })

  it('holds an appended acks=all write while the ISR shrinks below min ISR, and answers when it recovers', () => {
    const sim = cluster('all', 2)
    send(sim, 'a')
    advanceTo(sim, 6) // appended at the leader; the followers would fetch it at 7
    must(sim, { type: 'killBroker', brokerId: 2 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    let events = advanceTo(sim, 20_000)
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ isr: [1], logEndOffset: 1, highWatermark: 0 })
    expect(eventsOf(events, 'produceAcked')).toEqual([])
    must(sim, { type: 'restartBroker', brokerId: 2 })
    events = sim.advance(1_000)
    expect(eventsOf(events, 'highWatermarkAdvanced').map((e) => [e.t, e.to])).toEqual([[20_004, 1]])
    expect(eventsOf(events, 'produceAcked').map((e) => [e.t, e.baseOffset])).toEqual([[20_005, 0]])
  })

  it('answers a held write REQUEST_TIMED_OUT after request.timeout.ms; retries fail until delivery.timeout.ms', () => {
    const sim = cluster('all', 2)
    send(sim, 'a')
    advanceTo(sim, 6)
    must(sim, { type: 'killBroker', brokerId: 2 })
    must(sim, { type: 'killBroker', brokerId: 3 })
    const events = advanceTo(sim, 200_000)
    const failed = eventsOf(events, 'produceFailed')
    expect(failed[0]).toMatchObject({ t: 30_007, error: 'REQUEST_TIMED_OUT', willRetry: true })
    expect(failed.slice(1, -1).every((e) => e.error === 'NOT_ENOUGH_REPLICAS' && e.willRetry)).toBe(true)
    const last = failed[failed.length - 1]!
    expect(last).toMatchObject({ error: 'TIMEOUT', willRetry: false, recordCount: 1 })
    expect(last.t).toBeGreaterThanOrEqual(120_000)
    expect(last.t).toBeLessThan(121_100)
    expect(sim.state.producers[0]).toMatchObject({ acked: 0, failed: 1 })
    expect(eventsOf(events, 'produceAcked')).toEqual([])
    expect(partitionOf(sim, 'orders', 0)).toMatchObject({ logEndOffset: 1, highWatermark: 0 })
  })
})
