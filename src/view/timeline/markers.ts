import type { MessageKey } from '../../i18n/en'
import type { Params } from '../../i18n/translate'
import type { Milestone, MilestoneKind } from '../../store/milestones'

/** A marker on the track: the milestones of one kind that fall on (about) the same spot. */
export interface Marker {
  kind: MilestoneKind
  t: number
  /** Where on the track, 0 to 1. */
  at: number
  first: Milestone
  count: number
}

export const MARKER_GLYPH: Record<MilestoneKind, string> = {
  kill: '✕',
  restart: '↻',
  election: '★',
  rebalance: '⇄',
  lesson: '⚑',
}

/** Groups the milestones by kind into buckets of `1 / buckets` of the track. */
export function markersOf(
  milestones: readonly Milestone[],
  startMs: number,
  endMs: number,
  buckets = 200,
): Marker[] {
  const span = Math.max(1, endMs - startMs)
  const out: Marker[] = []
  const byKey = new Map<string, Marker>()
  for (const m of milestones) {
    if (m.t < startMs || m.t > endMs) continue
    const at = (m.t - startMs) / span
    const key = `${m.kind}:${Math.round(at * buckets)}`
    const found = byKey.get(key)
    if (found) found.count++
    else {
      const marker: Marker = { kind: m.kind, t: m.t, at, first: m, count: 1 }
      byKey.set(key, marker)
      out.push(marker)
    }
  }
  return out
}

/** What a milestone says, as an i18n key and its parameters. */
export function milestoneLabel(m: Milestone): { key: MessageKey; params: Params } {
  switch (m.kind) {
    case 'kill':
      return { key: 'timeline.marker.kill', params: { id: m.brokerId } }
    case 'restart':
      return { key: 'timeline.marker.restart', params: { id: m.brokerId } }
    case 'election':
      return m.leader === null
        ? { key: 'timeline.marker.electionNone', params: { partition: `${m.topic}-${m.partition}` } }
        : {
            key: 'timeline.marker.election',
            params: { partition: `${m.topic}-${m.partition}`, leader: m.leader },
          }
    case 'rebalance':
      return { key: 'timeline.marker.rebalance', params: { group: m.groupId } }
    case 'lesson':
      return { key: 'timeline.marker.lesson', params: { step: m.step + 1 } }
  }
}

/** Distinct milestone times, in order. */
function times(milestones: readonly Milestone[]): number[] {
  const out: number[] = []
  for (const m of milestones) if (out[out.length - 1] !== m.t) out.push(m.t)
  return out
}

/** Within half a millisecond counts as "at" a marker. */
const EPSILON = 0.5

/** The latest milestone strictly before `now` (the first of those at its time). */
export function previousMilestone(milestones: readonly Milestone[], now: number): Milestone | undefined {
  const t = times(milestones)
    .filter((x) => x < now - EPSILON)
    .pop()
  return t === undefined ? undefined : milestones.find((m) => m.t === t)
}

/** The earliest milestone strictly after `now`. */
export function nextMilestone(milestones: readonly Milestone[], now: number): Milestone | undefined {
  return milestones.find((m) => m.t > now + EPSILON)
}
