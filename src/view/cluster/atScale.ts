import type { SimState } from '../../engine'

/** Past this many replicas (of topics a student made), or this many brokers, the cluster is drawn as an overview. */
const COMPACT_REPLICAS = 45
const COMPACT_BROKERS = 6

/** Whether the cluster is shown at scale: a strip of broker tiles and a heatmap per topic instead of broker cards. */
export function atScale(state: SimState): boolean {
  const replicas = Object.values(state.topics)
    .filter((tp) => !tp.internal)
    .reduce((n, tp) => n + tp.partitions.reduce((m, p) => m + p.replicas.length, 0), 0)
  return replicas > COMPACT_REPLICAS || state.brokers.length > COMPACT_BROKERS
}
