import type { SimEvent } from './events'
import type { BrokerId } from './ids'
import { ownValue } from './ownKeys'
import { heapPush } from './queue'
import type { BrokerState, PartitionState, SimState, TopicState } from './state'
import type { Task, TaskInput } from './tasks'

/** What every engine step works on: the state it may change and the events it reports. */
export interface Ctx {
  state: SimState
  events: SimEvent[]
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type EventInput = DistributiveOmit<SimEvent, 't'>

/** Stamps the event with the simulated time and reports it. Takes ownership of the (fresh) event object. */
export function emit(ctx: Ctx, event: EventInput): void {
  const stamped = event as SimEvent
  stamped.t = ctx.state.timeMs
  ctx.events.push(stamped)
}

/**
 * Runs the task `delayMs` from now; ties run in the order they were scheduled. Takes ownership of the (fresh) task
 * object: stamping it in place instead of copying it keeps the hot path free of object spreads.
 */
export function schedule(ctx: Ctx, delayMs: number, task: TaskInput): void {
  const s = ctx.state
  const scheduled = task as Task
  scheduled.at = s.timeMs + delayMs
  scheduled.seq = s.seq++
  heapPush(s.queue, scheduled)
}

export function findBroker(state: SimState, id: number): BrokerState | undefined {
  // Brokers are 1..n in order (added with the next id, never removed): try the direct slot first.
  const direct = state.brokers[id - 1]
  if (direct !== undefined && direct.id === id) return direct
  for (const b of state.brokers) if (b.id === id) return b
  return undefined
}

/** The controller's view: a broker may lead or join an ISR only while it is registered and unfenced. */
export function isUnfenced(state: SimState, id: BrokerId): boolean {
  const b = findBroker(state, id)
  return b !== undefined && !b.fenced
}

export function isAlive(state: SimState, id: BrokerId): boolean {
  return findBroker(state, id)?.alive === true
}

export function findTopic(state: SimState, name: string): TopicState | undefined {
  return ownValue(state.topics, name)
}

export function findPartition(state: SimState, topic: string, partition: number): PartitionState | undefined {
  return findTopic(state, topic)?.partitions[partition]
}

export function allPartitions(state: SimState): PartitionState[] {
  const out: PartitionState[] = []
  for (const t of Object.values(state.topics)) for (const p of t.partitions) out.push(p)
  return out
}
