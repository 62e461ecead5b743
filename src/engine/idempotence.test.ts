import { describe, expect, it } from 'vitest'
import { advanceTo, eventsOf, must, partitionOf, testCluster, valuesOf } from './testCluster'

/**
 * The leader appends `a` at 6 ms and the followers copy it at 7 ms; the leader dies at 7 ms, before it learns
 * that they have it, so the producer never gets its answer and sends the batch again to the next leader.
 */
function leaderDiesBeforeAnswering(enableIdempotence: boolean, producerId = 'P') {
  const sim = testCluster({ brokers: 3 })
  must(sim, {
    type: 'createTopic',
    name: 'orders',
    partitions: 1,
    replicationFactor: 3,
    replicaAssignment: [[1, 2, 3]],
  })
  must(sim, { type: 'addProducer', topic: 'orders', id: producerId, ratePerSec: 0, enableIdempotence })
  must(sim, { type: 'produce', topic: 'orders', producerId, value: 'a' })
  const early = advanceTo(sim, 7)
  expect(eventsOf(early, 'recordAppended').map((e) => [e.t, e.baseOffset])).toEqual([[6, 0]])
  expect(eventsOf(early, 'replicaFetched').map((e) => [e.t, e.follower, e.toOffset])).toEqual([
    [7, 2, 1],
    [7, 3, 1],
  ])
  expect(partitionOf(sim, 'orders', 0).highWatermark).toBe(0)
  must(sim, { type: 'killBroker', brokerId: 1 })
  return { sim, events: sim.advance(20_000) }
}

describe('the idempotent producer', () => {
  it('has its retried batch refused as a duplicate, so the record is in the log once', () => {
    const { sim, events } = leaderDiesBeforeAnswering(true)
    const failures = eventsOf(events, 'produceFailed')
    expect(failures.length).toBeGreaterThan(0)
    expect(failures.every((e) => e.error === 'NETWORK_EXCEPTION' && e.willRetry && e.brokerId === 1)).toBe(
      true,
    )
    expect(eventsOf(events, 'leaderElected').map((e) => [e.t, e.leader])).toEqual([[9_000, 2]])
    expect(eventsOf(events, 'duplicateRefused').map((e) => [e.brokerId, e.baseOffset])).toEqual([[2, 0]])
    expect(eventsOf(events, 'recordAppended')).toEqual([])
    expect(eventsOf(events, 'produceAcked').map((e) => [e.baseOffset, e.recordCount])).toEqual([[0, 1]])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a'])
    expect(sim.state.producers[0]).toMatchObject({ acked: 1, failed: 0 })
  })

  it('writes the record twice without idempotence', () => {
    const { sim, events } = leaderDiesBeforeAnswering(false)
    expect(eventsOf(events, 'duplicateRefused')).toEqual([])
    expect(eventsOf(events, 'recordAppended').map((e) => [e.brokerId, e.baseOffset])).toEqual([[2, 1]])
    expect(eventsOf(events, 'produceAcked').map((e) => e.baseOffset)).toEqual([1])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a', 'a'])
    const records = partitionOf(sim, 'orders', 0).segments.flatMap((s) => s.records)
    expect(records.map((r) => r.sequence)).toEqual([-1, -1])
  })

  it('numbers records per partition from 0 and tags them with the producer epoch', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 2, replicationFactor: 3 })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
    for (let i = 0; i < 3; i++)
      must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: `x${i}`, partition: 1 })
    sim.advance(10)
    for (let i = 3; i < 5; i++)
      must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: `x${i}`, partition: 1 })
    must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: 'y', partition: 0 })
    sim.advance(1_000)
    const seqs = (n: number) =>
      partitionOf(sim, 'orders', n).segments.flatMap((s) =>
        s.records.map((r) => [r.sequence, r.producerEpoch]),
      )
    expect(seqs(1)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ])
    expect(seqs(0)).toEqual([[0, 0]])
  })

  it('works for a producer whose id is an Object.prototype key', () => {
    const { sim, events } = leaderDiesBeforeAnswering(true, '__proto__')
    expect(eventsOf(events, 'duplicateRefused').map((e) => e.baseOffset)).toEqual([0])
    expect(valuesOf(sim, 'orders', 0)).toEqual(['a'])
    const p = partitionOf(sim, 'orders', 0)
    expect(Object.keys(p.producerStates)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(p.producerStates)).toBe(Object.prototype)
    const copy = JSON.parse(JSON.stringify(p)) as typeof p
    expect(Object.keys(copy.producerStates)).toEqual(['__proto__'])
  })
})

describe('the producer epoch', () => {
  /**
   * Partition 0 has no leader, so its record times out at 130 s and the producer bumps its epoch; meanwhile a record
   * on partition 1 was written but its answer lost (its leader died), and is being retried.
   */
  function timeoutElsewhereWhileRetrying() {
    const sim = testCluster({ brokers: 4 })
    must(sim, {
      type: 'createTopic',
      name: 'orders',
      partitions: 2,
      replicationFactor: 2,
      replicaAssignment: [
        [1, 4],
        [2, 3],
      ],
    })
    must(sim, { type: 'addProducer', topic: 'orders', id: 'P', ratePerSec: 0 })
    must(sim, { type: 'killBroker', brokerId: 1 })
    must(sim, { type: 'killBroker', brokerId: 4 })
    advanceTo(sim, 10_000)
    must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: 'stuck', partition: 0 })
    advanceTo(sim, 129_000)
    must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: 'once', partition: 1 })
    advanceTo(sim, 129_007) // written by broker 2 and copied by broker 3; the answer is not sent yet
    must(sim, { type: 'killBroker', brokerId: 2 })
    return { sim, events: sim.advance(30_000) }
  }

  it('does not turn the retry of an already written batch on another partition into a duplicate', () => {
    const { sim, events } = timeoutElsewhereWhileRetrying()
    expect(
      eventsOf(events, 'produceFailed')
        .filter((e) => !e.willRetry)
        .map((e) => [e.t, e.partition, e.error]),
    ).toEqual([[130_000, 0, 'TIMEOUT']])
    expect(eventsOf(events, 'duplicateRefused').map((e) => [e.partition, e.brokerId, e.baseOffset])).toEqual([
      [1, 3, 0],
    ])
    expect(valuesOf(sim, 'orders', 1)).toEqual(['once'])
    expect(sim.state.producers[0]).toMatchObject({ epoch: 1, acked: 1, failed: 1 })
  })

  it('numbers later records from 0 under the new epoch', () => {
    const { sim } = timeoutElsewhereWhileRetrying()
    must(sim, { type: 'produce', topic: 'orders', producerId: 'P', value: 'next', partition: 1 })
    sim.advance(1_000)
    const records = partitionOf(sim, 'orders', 1).segments.flatMap((s) => s.records)
    expect(records.map((r) => [r.value, r.producerEpoch, r.sequence])).toEqual([
      ['once', 0, 0],
      ['next', 1, 0],
    ])
  })
})
