import type { SimEvent } from '../engine'
import type { Checkpoints } from './checkpoints'
import type { EventFeed } from './eventFeed'
import type { LabActions, LabState } from './labState'
import type { LessonHost } from './lessonSlice'
import { replayTo } from './replay'

export type Lab = LabState & LabActions

/**
 * What the parts of the lab store share: zustand's `get` and `set`, and the pieces of the run that are not React
 * state (mutable, never seen by the view). Each part (playback, time travel, the command log, loading a run) is a
 * function of this.
 */
export interface LabRuntime {
  get(): Lab
  set(partial: Partial<Lab>): void
  /** The run's checkpoints; `reset` and `load` replace them. */
  checkpoints: Checkpoints
  /** Events on their way into the state. */
  readonly feed: EventFeed
  /** The lesson runner's view of the store. */
  readonly lessonHost: LessonHost
}

/** Whether the run is at its newest point: new events there are new history. */
export function isLive(s: LabState): boolean {
  return s.cursor >= s.commandLog.length && s.sim.state.timeMs >= s.horizonMs
}

/** Runs the recorded run forward to `target`, returning its events (the cursor moves in place). */
export function runForward(rt: LabRuntime, target: number): SimEvent[] {
  const s = rt.get()
  const events: SimEvent[] = []
  const { cursor } = replayTo(s.sim, s.commandLog, s.cursor, target, rt.checkpoints, (e) => {
    for (const x of e) events.push(x)
  })
  // Plain field write: the publish that follows notifies the subscribers once.
  if (cursor !== s.cursor) (s as { cursor: number }).cursor = cursor
  return events
}
