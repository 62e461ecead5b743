import type { SimEvent } from './events'
import type { BrokerId } from './ids'
import { heapPush } from './queue'
import type { BrokerState, PartitionState, SimState, TopicState } from './state'
import type { TaskInput } from './tasks'

/** What every engine step works on: the state it may change and the events it reports. */
export interface Ctx {
  state: SimState
  events: SimEvent[]
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type EventInput = DistributiveOmit<SimEvent, 't'>

export function emit(ctx: Ctx, event: EventInput): void {
  ctx.events.push({ t: ctx.state.timeMs, ...event } as SimEvent)
}

/** Runs the task `delayMs` from now; ties run in the order they were scheduled. */
export function schedule(ctx: Ctx, delayMs: number, task: TaskInput): void {
  const s = ctx.state
  heapPush(s.queue, { ...task, at: s.timeMs + delayMs, seq: s.seq++ } as never)
}

export function findBroker(state: SimState, id: number): BrokerState | undefined {
  return state.brokers.find((b) => b.id === id)
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
  return Object.prototype.hasOwnProperty.call(state.topics, name) ? state.topics[name] : undefined
}

export function findPartition(state: SimState, topic: string, partition: number): PartitionState | undefined {
  return findTopic(state, topic)?.partitions[partition]
}

export function allPartitions(state: SimState): PartitionState[] {
  const out: PartitionState[] = []
  for (const t of Object.values(state.topics)) for (const p of t.partitions) out.push(p)
  return out
}
