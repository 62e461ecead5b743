import type { PartitionState, SimState } from '../engine'

export function findPartitionState(
  state: SimState,
  topic: string,
  partition: number,
): PartitionState | undefined {
  const t = Object.prototype.hasOwnProperty.call(state.topics, topic) ? state.topics[topic] : undefined
  return t?.partitions[partition]
}

/** The (topic, partition) pairs a broker holds a replica of, in topic then partition order (internal topics aside). */
export function replicasOnBroker(state: SimState, brokerId: number): { topic: string; partition: number }[] {
  const out: { topic: string; partition: number }[] = []
  for (const t of Object.values(state.topics)) {
    if (t.internal) continue
    for (const p of t.partitions)
      if (p.replicas.some((r) => r.brokerId === brokerId)) out.push({ topic: t.name, partition: p.partition })
  }
  return out
}
