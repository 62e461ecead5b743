import { InvariantWatcher } from './clusterInvariants'
import type { ClusterConfig } from './config'
import { createSimulation, type Simulation } from './createSimulation'
import type { SimEvent } from './events'

/**
 * Fault schedules for the chaos property (chaos.property.test.ts): a small cluster and a list of steps, played against
 * the engine with every invariant checked after every step. Test support, not exported by index.ts.
 */
export interface ChaosSetup {
  seed: number
  brokers: number
  config: Partial<ClusterConfig>
  /** The first topic, `orders`. */
  partitions: number
  replicationFactor: number
  minIsr: number
  /** Its unclean.leader.election.enable; undefined: the cluster's. */
  unclean: boolean | undefined
  /** Retention of 60 s (else none), with 256-byte segments either way. */
  retention: boolean
  /** Producers writing to `orders` all along at 2 records a second, one per acks value listed (ids `steady-<acks>`). */
  steady: ('0' | '1' | 'all')[]
}

export type ChaosStep =
  /** Kill a live broker; `leader`: the leader of an `orders` partition, when one is alive. */
  | { kind: 'kill'; pick: number; leader: boolean }
  | { kind: 'restart'; pick: number }
  | { kind: 'addBroker' }
  /** Stall (or resume) a live broker; `follower`: one following an `orders` partition, when there is one. */
  | { kind: 'stall'; pick: number; stalled: boolean; follower: boolean }
  | {
      kind: 'createTopic'
      partitions: number
      rf: number
      minIsr: number
      unclean: boolean | undefined
      manual: number[] | null
    }
  | { kind: 'createPartitions'; topic: number; more: number }
  /** Hand-sent records, through one of the topic's producers (`via`) or the console producer. */
  | { kind: 'produce'; topic: number; key: string | null; via: number; count: number }
  | {
      kind: 'addProducer'
      topic: number
      acks: '0' | '1' | 'all'
      idempotent: boolean
      rate: number
      keyed: boolean
    }
  | { kind: 'removeProducer'; pick: number }
  | {
      kind: 'addConsumer'
      group: number
      commitMode: 'auto' | 'afterProcessing' | 'beforeProcessing'
      assignor: 'range' | 'roundrobin' | 'cooperative-sticky'
    }
  | { kind: 'crashConsumer'; pick: number }
  | { kind: 'removeConsumer'; pick: number }
  | { kind: 'advance'; ms: number }

const nth = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length]

export function startChaos(s: ChaosSetup): Simulation {
  const sim = createSimulation({ seed: s.seed, brokers: s.brokers, config: s.config })
  const unclean = s.unclean === undefined ? {} : { uncleanLeaderElectionEnable: s.unclean }
  const config = {
    minInsyncReplicas: s.minIsr,
    ...unclean,
    segmentBytes: 256,
    retentionMs: s.retention ? 60_000 : -1,
  }
  sim.dispatch({
    type: 'createTopic',
    name: 'orders',
    partitions: s.partitions,
    replicationFactor: s.replicationFactor,
    config,
  })
  for (const acks of s.steady)
    sim.dispatch({ type: 'addProducer', topic: 'orders', id: `steady-${acks}`, acks, ratePerSec: 2 })
  return sim
}

/** One step: a command (refusals are fine: the schedule is random), or nothing for `advance` (the caller runs time). */
export function applyChaosStep(sim: Simulation, step: ChaosStep, n: number): void {
  const s = sim.state
  const topics = Object.values(s.topics).filter((t) => !t.internal)
  const live = s.brokers.filter((b) => b.alive)
  const orders = s.topics.orders?.partitions ?? []
  switch (step.kind) {
    case 'kill': {
      const leaders = orders.flatMap((p) => live.filter((b) => b.id === p.leader))
      const victim = nth(step.leader && leaders.length > 0 ? leaders : live, step.pick)
      if (victim) sim.dispatch({ type: 'killBroker', brokerId: victim.id })
      return
    }
    case 'restart': {
      const dead = nth(
        s.brokers.filter((b) => !b.alive),
        step.pick,
      )
      if (dead) sim.dispatch({ type: 'restartBroker', brokerId: dead.id })
      return
    }
    case 'addBroker':
      if (s.brokers.length < 5) sim.dispatch({ type: 'addBroker' })
      return
    case 'stall': {
      const followers = orders.flatMap((p) =>
        live.filter((b) => b.id !== p.leader && p.replicas.some((r) => r.brokerId === b.id)),
      )
      const target = nth(step.follower && followers.length > 0 ? followers : live, step.pick)
      if (target) sim.dispatch({ type: 'stallBroker', brokerId: target.id, stalled: step.stalled })
      return
    }
    case 'createTopic': {
      const list = step.manual
      // Each partition gets the listed brokers, rotated: the first partition's preferred leader is list[0].
      const assignment =
        list &&
        Array.from({ length: step.partitions }, (_, i) => list.map((_, j) => list[(i + j) % list.length]!))
      const unclean = step.unclean === undefined ? {} : { uncleanLeaderElectionEnable: step.unclean }
      sim.dispatch({
        type: 'createTopic',
        name: `t${n}`,
        partitions: step.partitions,
        replicationFactor: list ? list.length : step.rf,
        config: { minInsyncReplicas: step.minIsr, ...unclean, segmentBytes: 256, retentionMs: 60_000 },
        ...(assignment ? { replicaAssignment: assignment } : {}),
      })
      return
    }
    case 'createPartitions': {
      const topic = nth(topics, step.topic)
      if (topic)
        sim.dispatch({
          type: 'createPartitions',
          topic: topic.name,
          partitions: topic.partitions.length + step.more,
        })
      return
    }
    case 'produce': {
      const topic = nth(topics, step.topic)
      if (!topic) return
      const via = nth(
        s.producers.filter((p) => p.topic === topic.name),
        step.via,
      )
      for (let i = 0; i < step.count; i++) {
        sim.dispatch({
          type: 'produce',
          topic: topic.name,
          key: step.key,
          value: `v${n}.${i}`,
          ...(via ? { producerId: via.id } : {}),
        })
      }
      return
    }
    case 'addProducer': {
      const topic = nth(topics, step.topic)
      if (!topic) return
      const idempotence = step.acks === 'all' ? { enableIdempotence: step.idempotent } : {}
      sim.dispatch({
        type: 'addProducer',
        topic: topic.name,
        acks: step.acks,
        ...idempotence,
        ratePerSec: step.rate,
        keys: step.keyed ? 'customers' : 'none',
      })
      return
    }
    case 'removeProducer': {
      const producer = nth(s.producers, step.pick)
      if (producer) sim.dispatch({ type: 'removeProducer', producerId: producer.id })
      return
    }
    case 'addConsumer':
      sim.dispatch({
        type: 'addConsumer',
        groupId: `g${step.group}`,
        topic: 'orders',
        autoOffsetReset: 'earliest',
        ratePerSec: 10,
        maxPollRecords: 5,
        commitMode: step.commitMode,
        assignor: step.assignor,
      })
      return
    case 'crashConsumer': {
      const c = nth(
        s.consumers.filter((x) => x.status === 'active'),
        step.pick,
      )
      if (c) sim.dispatch({ type: 'crashConsumer', memberId: c.memberId })
      return
    }
    case 'removeConsumer': {
      const c = nth(s.consumers, step.pick)
      if (c) sim.dispatch({ type: 'removeConsumer', memberId: c.memberId })
      return
    }
    case 'advance':
      return
  }
}

/** Time moves in pieces of at most this much, with the invariants checked after each. */
const PIECE_MS = 5_000
/** How long the healed cluster gets to recover before it is checked. */
export const HEAL_MS = 30_000

export interface ChaosOutcome {
  /** The whole final state (task queue, random generator and all), as JSON. */
  state: string
  /** The number of events and a hash of their times and types. */
  events: string
}

/**
 * Plays a schedule; with `watch`, every invariant is checked after every step and `onEvents` sees each step's events.
 * Then the cluster heals: every broker back and running, producers quiet, consumers gone (a follower rejoins the ISR
 * only once it reaches the HW, which a steady stream over a slow network can outrun). After HEAL_MS every partition
 * must have a leader and every replica in its ISR.
 */
export function playChaos(
  setup: ChaosSetup,
  steps: readonly ChaosStep[],
  watch: boolean,
  onEvents?: (events: readonly SimEvent[]) => void,
): ChaosOutcome {
  const sim = startChaos(setup)
  const watcher = watch ? new InvariantWatcher() : undefined
  let count = 0
  let hash = 0
  const observe = (events: SimEvent[]) => {
    count += events.length
    for (const e of events)
      hash = Math.imul(hash ^ e.t, 0x01000193) ^ Math.imul(e.type.length, e.type.charCodeAt(3))
    watcher?.observe(sim.state, events)
    onEvents?.(events)
  }
  observe(sim.takeEvents())
  steps.forEach((step, n) => {
    if (step.kind !== 'advance') {
      applyChaosStep(sim, step, n)
      observe(sim.takeEvents())
      return
    }
    for (let left = step.ms; left > 0; left -= PIECE_MS) observe(sim.advance(Math.min(PIECE_MS, left)))
  })
  for (const p of sim.state.producers)
    if (p.ratePerSec > 0) sim.dispatch({ type: 'setProducerRate', producerId: p.id, ratePerSec: 0 })
  for (const c of [...sim.state.consumers]) sim.dispatch({ type: 'removeConsumer', memberId: c.memberId })
  for (const b of sim.state.brokers) {
    if (!b.alive) sim.dispatch({ type: 'restartBroker', brokerId: b.id })
    else if (b.stalled) sim.dispatch({ type: 'stallBroker', brokerId: b.id, stalled: false })
  }
  observe(sim.takeEvents())
  for (let t = 0; t < HEAL_MS; t += PIECE_MS) observe(sim.advance(PIECE_MS))
  if (watch) {
    for (const t of Object.values(sim.state.topics)) {
      for (const p of t.partitions) {
        if (p.leader === null) throw new Error(`${p.topic}-${p.partition} has no leader with every broker up`)
        if (p.isr.length !== p.replicas.length)
          throw new Error(`${p.topic}-${p.partition} ISR [${p.isr}] is not every replica after healing`)
      }
    }
  }
  return { state: JSON.stringify(sim.state), events: `${count} events, hash ${hash >>> 0}` }
}
