import type { SimState } from '../../engine'

/**
 * How tall the stage's columns are, in units of the stage's own font size (em), read from the scene (how many
 * replica rows, brokers, groups, members, producers), never measured. CSS divides the height it has by the
 * tallest column to choose the stage's font size (layout.css, `--stage-em`): the picture grows to fill a
 * projector and shrinks to fit an iframe, and everything on it is sized in em.
 * The per-item figures follow the em sizes in cluster.css, producers.css and consumers.css.
 */
export const STAGE_EM = {
  /** One replica row (a log of offset cells). */
  row: 2.75,
  /** A broker's frame around its rows. */
  broker: 1.05,
  /** The column's title line. */
  head: 2.2,
  /** A topic's one-line summary. */
  topic: 2.1,
  /** A group: its head, its lag line and its frame. */
  group: 6.2,
  /** A member line inside its group. */
  member: 3.3,
  /** A producer card. */
  producer: 7.2,
  /** The empty space a column keeps at its foot. */
  foot: 1,
  /** The legend under the brokers, two lines (hidden in lecture mode and in an embed). */
  legend: 3,
}

/** Past these, the cluster is drawn as an overview (see ClusterView): its height no longer grows with rows. */
export const OVERVIEW_REPLICAS = 45
export const OVERVIEW_BROKERS = 6
const OVERVIEW_EM = 30

export function isOverview(state: SimState): boolean {
  let replicas = 0
  for (const t of Object.values(state.topics))
    if (!t.internal) for (const p of t.partitions) replicas += p.replicas.length
  return replicas > OVERVIEW_REPLICAS || state.brokers.length > OVERVIEW_BROKERS
}

/**
 * The stage's height in em: the tallest of the producers', the cluster's and the groups' columns. `legend`: the
 * cluster shows its legend (not in lecture mode or an embed). A first guess that is short makes the first frame
 * too big a font, and the whole stage jumps when it refits.
 */
export function stageEm(state: SimState, { legend = false }: { legend?: boolean } = {}): number {
  const topics = Object.values(state.topics).filter((t) => !t.internal)
  let rows = 0
  for (const t of topics) for (const p of t.partitions) rows += p.replicas.length
  const cluster = isOverview(state)
    ? OVERVIEW_EM
    : STAGE_EM.head +
      topics.length * STAGE_EM.topic +
      rows * STAGE_EM.row +
      state.brokers.length * STAGE_EM.broker +
      (legend ? STAGE_EM.legend : 0)
  const groups = Object.keys(state.groups).length
  const members = state.consumers.length
  const consumers = STAGE_EM.head + groups * STAGE_EM.group + members * STAGE_EM.member
  const producers = STAGE_EM.head + state.producers.length * STAGE_EM.producer
  return Math.round(Math.max(cluster, consumers, producers, 12) + STAGE_EM.foot)
}
