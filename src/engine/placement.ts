import type { BrokerId } from './ids'

/**
 * Rack-unaware replica placement: the first replica of partition p goes round-robin from a start index, the
 * others follow at a shift that grows once per full round, so leaders and followers spread evenly.
 */
export function assignReplicas(
  brokers: readonly BrokerId[],
  partitions: number,
  replicationFactor: number,
  startIndex: number,
  replicaShift: number,
  firstPartitionId = 0,
): BrokerId[][] {
  const n = brokers.length
  const out: BrokerId[][] = []
  let shift = replicaShift
  for (let i = 0; i < partitions; i++) {
    const partitionId = firstPartitionId + i
    if (partitionId > 0 && partitionId % n === 0) shift += 1
    const first = (partitionId + startIndex) % n
    const replicas: BrokerId[] = [brokers[first]!]
    for (let j = 0; j < replicationFactor - 1; j++) {
      const step = 1 + ((shift + j) % (n - 1))
      replicas.push(brokers[(first + step) % n]!)
    }
    out.push(replicas)
  }
  return out
}
