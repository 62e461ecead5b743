import type { SimEvent } from '../engine'
import type { LabActions } from './labState'
import { isLive, runForward, type LabRuntime } from './labRuntime'
import { runSolution } from './lessonSlice'
import { isMilestone } from './notable'

export const MIN_SPEED = 0.25
export const MAX_SPEED = 64
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const
/** The longest wall-clock gap one frame may simulate (a background tab must not jump minutes). */
export const MAX_FRAME_MS = 100
/** How far "step" and "skip" look ahead before giving up. */
export const STEP_LIMIT_MS = 60_000
export const SKIP_LIMIT_MS = 10 * 60_000

export function validSpeed(factor: unknown): factor is number {
  return typeof factor === 'number' && Number.isFinite(factor) && factor >= MIN_SPEED && factor <= MAX_SPEED
}

export type PlaybackActions = Pick<
  LabActions,
  'tick' | 'subscribeFrame' | 'play' | 'pause' | 'togglePlay' | 'step' | 'skip' | 'setSpeed' | 'warp'
>

/** The clock: wall time × speed a frame at a time, pause and play, step and skip to what happens next, warp. */
export function playbackActions(rt: LabRuntime): PlaybackActions {
  const { get, set } = rt
  const frameListeners = new Set<() => void>()

  return {
    tick(wallMs) {
      const s = get()
      if (!s.running || !(wallMs > 0)) return
      const wasLive = isLive(s)
      const target = s.sim.state.timeMs + Math.min(wallMs, MAX_FRAME_MS) * s.speed
      rt.feed.hold(runForward(rt, target), wasLive, wallMs)
      for (const listener of frameListeners) listener()
      if (get().lesson?.solution) runSolution(rt.lessonHost)
    },
    subscribeFrame(listener) {
      frameListeners.add(listener)
      return () => frameListeners.delete(listener)
    },
    play: () => set({ running: true }),
    pause: () => set({ running: false }),
    togglePlay: () => set({ running: !get().running }),
    step() {
      set({ running: false })
      const s = get()
      const wasLive = isLive(s)
      const next = s.commandLog[s.cursor]
      const limit = next ? Math.min(STEP_LIMIT_MS, next.atMs - s.sim.state.timeMs) : STEP_LIMIT_MS
      const events = s.sim.stepToNextEvent(limit)
      // Reached a recorded command without anything happening before it: the command is the next event.
      if (events.length === 0 && next && s.sim.state.timeMs >= next.atMs)
        for (const e of runForward(rt, s.sim.state.timeMs)) events.push(e)
      rt.checkpoints.maybeTake(s.sim.state, get().cursor)
      rt.feed.publish(events, wasLive)
    },
    skip() {
      set({ running: false })
      const s = get()
      const wasLive = isLive(s)
      const until = s.sim.state.timeMs + SKIP_LIMIT_MS
      const all: SimEvent[] = []
      while (s.sim.state.timeMs < until) {
        const next = get().commandLog[get().cursor]
        const stop = next ? Math.min(until, next.atMs) : until
        let events = s.sim.stepToNextEvent(stop - s.sim.state.timeMs)
        if (next && s.sim.state.timeMs >= next.atMs)
          events = [...events, ...runForward(rt, s.sim.state.timeMs)]
        for (const e of events) all.push(e)
        if (events.some(isMilestone)) break
        if (events.length === 0 && s.sim.state.timeMs >= until) break
      }
      rt.checkpoints.maybeTake(s.sim.state, get().cursor)
      rt.feed.publish(all, wasLive)
    },
    setSpeed(factor) {
      if (!validSpeed(factor))
        return { ok: false, error: `Speed must be a number from ${MIN_SPEED} to ${MAX_SPEED}.` }
      set({ speed: factor })
      return { ok: true }
    },
    warp(ms) {
      if (!get().dispatch({ type: 'quietProducers', forMs: ms }).ok) return
      rt.feed.publish(runForward(rt, get().sim.state.timeMs + ms), true)
    },
  }
}
