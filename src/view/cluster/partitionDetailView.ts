import type { SimState } from '../../engine'
import { worstLag } from './heatmapModel'

/** One partition as its detail shows it: placement, offsets, and each group's committed offset, lag and reader. */
export interface PartitionDetailView {
  name: string
  leader: number | null
  epoch: number
  replicas: number[]
  isr: number[]
  leo: number
  hw: number
  worstLag: number
  groups: { groupId: string; committed: number | null; lag: number; owner: string | null }[]
}

export function partitionDetailView(
  state: SimState,
  topic: string,
  partition: number,
): PartitionDetailView | null {
  const p = state.topics[topic]?.partitions[partition]
  if (!p) return null
  const groups = Object.values(state.groups)
    .filter((g) => g.topic === topic)
    .map((g) => {
      const committed = g.committed[partition]
      const owner = state.consumers.find(
        (c) => c.groupId === g.groupId && c.status === 'active' && c.owned.includes(partition),
      )
      return {
        groupId: g.groupId,
        committed: committed ?? null,
        lag: committed === undefined ? 0 : Math.max(0, p.highWatermark - committed),
        owner: owner?.memberId ?? null,
      }
    })
  return {
    name: `${topic}-${partition}`,
    leader: p.leader,
    epoch: p.leaderEpoch,
    replicas: p.replicas.map((r) => r.brokerId),
    isr: [...p.isr],
    leo: p.logEndOffset,
    hw: p.highWatermark,
    worstLag: worstLag(state, topic, p),
    groups,
  }
}
