import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brokerId, type BrokerId } from './ids'
import { assignReplicas } from './placement'
import { must, partitionOf, testCluster } from './testCluster'

const ids = (n: number): BrokerId[] => Array.from({ length: n }, (_, i) => brokerId(i + 1))

function leaderCounts(assignment: BrokerId[][]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const replicas of assignment) counts.set(replicas[0]!, (counts.get(replicas[0]!) ?? 0) + 1)
  return counts
}

describe('assignReplicas', () => {
  it('places 6 partitions with RF 3 on 3 brokers round-robin, the follower shift growing each round', () => {
    expect(assignReplicas(ids(3), 6, 3, 0, 0)).toEqual([
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
      [1, 3, 2],
      [2, 1, 3],
      [3, 2, 1],
    ])
  })

  it('starts at the start index and continues from firstPartitionId', () => {
    expect(assignReplicas(ids(4), 2, 2, 1, 0)).toEqual([
      [2, 3],
      [3, 4],
    ])
    // Partitions 4 and 5 of a topic: partition 4 begins the second round, so the shift has grown by one.
    expect(assignReplicas(ids(4), 2, 2, 0, 0, 4)).toEqual([
      [1, 3],
      [2, 4],
    ])
  })

  it('spreads leaders evenly, respects the RF and never repeats a broker in a partition', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            rf: fc.integer({ min: 1, max: n }),
            partitions: fc.integer({ min: 1, max: 60 }),
            start: fc.nat({ max: n - 1 }),
            shift: fc.nat({ max: n - 1 }),
          }),
        ),
        ({ n, rf, partitions, start, shift }) => {
          const assignment = assignReplicas(ids(n), partitions, rf, start, shift)
          expect(assignment).toHaveLength(partitions)
          for (const replicas of assignment) {
            expect(replicas).toHaveLength(rf)
            expect(new Set(replicas).size).toBe(rf)
            for (const b of replicas) expect(b >= 1 && b <= n).toBe(true)
          }
          const counts = [...leaderCounts(assignment).values()]
          const expectedLeaders = Math.min(n, partitions)
          expect(counts).toHaveLength(expectedLeaders)
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
        },
      ),
      { seed: 20240611, numRuns: 300 },
    )
  })

  it('gives every broker the same number of replicas when partitions are a multiple of the brokers', () => {
    const assignment = assignReplicas(ids(5), 10, 3, 2, 3)
    const replicas = new Map<number, number>()
    for (const list of assignment) for (const b of list) replicas.set(b, (replicas.get(b) ?? 0) + 1)
    expect([...replicas.values()]).toEqual([6, 6, 6, 6, 6])
  })
})

describe('topic placement in a cluster', () => {
  it('creates each partition led by its first replica, leaders spread over the live brokers', () => {
    const sim = testCluster({ brokers: 4 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 8, replicationFactor: 3 })
    const leaders = new Map<number, number>()
    for (let i = 0; i < 8; i++) {
      const p = partitionOf(sim, 'orders', i)
      expect(p.leader).toBe(p.replicas[0]!.brokerId)
      expect(p.isr).toEqual(p.replicas.map((r) => r.brokerId))
      expect(new Set(p.isr).size).toBe(3)
      leaders.set(p.leader!, (leaders.get(p.leader!) ?? 0) + 1)
    }
    expect([...leaders.values()]).toEqual([2, 2, 2, 2])
  })

  it('places only on live, unfenced brokers', () => {
    const sim = testCluster({ brokers: 4 })
    must(sim, { type: 'killBroker', brokerId: 2 })
    sim.advance(10_000)
    must(sim, { type: 'createTopic', name: 'orders', partitions: 6, replicationFactor: 3 })
    for (let i = 0; i < 6; i++) expect(partitionOf(sim, 'orders', i).isr).not.toContain(2)
  })

  it('places new partitions of createPartitions with the topic RF, continuing the partition ids', () => {
    const sim = testCluster({ brokers: 3 })
    must(sim, { type: 'createTopic', name: 'orders', partitions: 2, replicationFactor: 2 })
    must(sim, { type: 'createPartitions', topic: 'orders', partitions: 5 })
    const created = sim.takeEvents().filter((e) => e.type === 'leaderElected' && e.reason === 'created')
    expect(created.map((e) => (e.type === 'leaderElected' ? e.partition : -1))).toEqual([0, 1, 2, 3, 4])
    for (let i = 0; i < 5; i++) {
      const p = partitionOf(sim, 'orders', i)
      expect(p.partition).toBe(i)
      expect(p.replicas).toHaveLength(2)
      expect(new Set(p.replicas.map((r) => r.brokerId)).size).toBe(2)
    }
  })
})
