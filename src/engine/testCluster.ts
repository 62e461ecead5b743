import type { ClusterConfig } from './config'
import { createSimulation, type Simulation } from './createSimulation'
import type { EventOf, SimEvent, SimEventType } from './events'
import { readRange } from './log'
import type { KafkaRecord, PartitionState } from './state'

/**
 * What the engine's tests share: a cluster to drive, and small readers of its events and logs.
 * Not part of the engine's public surface (index.ts does not export it).
 */

export interface TestClusterOptions {
  seed?: number
  brokers?: number
  config?: Partial<ClusterConfig>
}

export function testCluster(options: TestClusterOptions = {}): Simulation {
  return createSimulation({
    seed: options.seed ?? 7,
    brokers: options.brokers ?? 3,
    config: options.config ?? {},
  })
}

/** Dispatches a command that must be accepted; a refusal throws with the engine's message. */
export function must(sim: Simulation, command: Record<string, unknown>): void {
  const result = sim.dispatch(command)
  if (!result.ok) throw new Error(`${String(command.type)} refused: ${result.error}`)
}

export function eventsOf<T extends SimEventType>(events: readonly SimEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type)
}

export function partitionOf(sim: Simulation, topic: string, partition: number): PartitionState {
  const p = sim.state.topics[topic]?.partitions[partition]
  if (!p) throw new Error(`No partition ${topic}-${partition}`)
  return p
}

/** The retained records of a partition, oldest first. */
export function recordsOf(sim: Simulation, topic: string, partition: number): KafkaRecord[] {
  const p = partitionOf(sim, topic, partition)
  return readRange(p, p.logStartOffset, p.logEndOffset)
}

export function valuesOf(sim: Simulation, topic: string, partition: number): (string | null)[] {
  return recordsOf(sim, topic, partition).map((r) => r.value)
}

/**
 * Runs the simulation instant by instant until an event matches (that instant's events included),
 * or fails after `limitMs` of simulated time. Returns every event seen.
 */
export function runUntil(sim: Simulation, match: (e: SimEvent) => boolean, limitMs: number): SimEvent[] {
  const until = sim.state.timeMs + limitMs
  const seen: SimEvent[] = []
  while (sim.state.timeMs < until) {
    const step = sim.stepToNextEvent(until - sim.state.timeMs)
    for (const e of step) seen.push(e)
    if (step.some(match)) return seen
  }
  throw new Error(`No matching event within ${limitMs} ms`)
}

/** Advances to an absolute simulated time, returning the events on the way. */
export function advanceTo(sim: Simulation, timeMs: number): SimEvent[] {
  return sim.advance(timeMs - sim.state.timeMs)
}

/** 32-bit FNV-1a over the UTF-16 code units of a text, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
