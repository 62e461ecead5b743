import { clusterView, type GroupView, type PartitionView } from '../engine'
import { findLesson } from '../lessons/catalog'
import type { LabState } from '../store/simStore'

/** The public snapshot (../shared/API.md, version 1): plain JSON, cheap, no live objects. */
export interface Snapshot {
  version: 1
  timeMs: number
  running: boolean
  brokers: { id: number; alive: boolean }[]
  topics: { name: string; internal?: boolean; partitions: PartitionView[] }[]
  producers: {
    id: string
    topic: string
    acks: '0' | '1' | 'all'
    sent: number
    acked: number
    failed: number
    leaders: Record<string, number | null>
  }[]
  /** Each group: its members and what they own, committed offsets and consumed counts ("topic-partition" keys). */
  groups: GroupView[]
  /**
   * The lesson running: `goalReached` once the current step's goal has been met (Next is open; always true for a
   * step without a challenge), `blockedReason` the message key saying why the latest attempt cannot meet it, if so.
   */
  lesson?: {
    id: string
    step: number
    stepCount: number
    completed: boolean
    goalReached: boolean
    blockedReason: string | null
  }
}

export function snapshotOf(s: LabState): Snapshot {
  const view = clusterView(s.sim.state)
  const active = s.lesson
  const def = active ? findLesson(active.id) : undefined
  const lesson =
    active && def
      ? {
          id: active.id,
          step: active.step,
          stepCount: def.steps.length,
          completed: active.completed,
          goalReached: active.goalReached,
          blockedReason: active.blockedReason,
        }
      : undefined
  return {
    version: 1,
    timeMs: view.timeMs,
    running: s.running,
    brokers: view.brokers.map((b) => ({ id: b.id, alive: b.alive })),
    topics: view.topics,
    producers: view.producers,
    groups: view.groups,
    ...(lesson ? { lesson } : {}),
  }
}
