import type { CommandResult } from './commands'
import type { SimEvent } from './events'
import { advanceTo, applyCommand, initialState, stepToNextEvent, type SimulationOptions } from './simulation'
import type { SimState } from './state'

/**
 * One simulated cluster: commands in, events out, time moved only by `advance`.
 * Same seed + same commands at the same simulated times = the same events.
 */
export interface Simulation {
  readonly state: SimState
  /** Checks and applies a command; its events are returned by the next `advance` or `takeEvents`. */
  dispatch(command: unknown): CommandResult
  /** Moves simulated time forward by `ms`, returning every event since the last call. */
  advance(ms: number): SimEvent[]
  /** Runs to the next moment something visible happens (at most `limitMs` ahead). */
  stepToNextEvent(limitMs: number): SimEvent[]
  /** The events produced by commands since the last advance. */
  takeEvents(): SimEvent[]
}

export function createSimulation(options: SimulationOptions): Simulation {
  return simulationFrom(initialState(options))
}

/** Wraps an existing state (a checkpoint or an imported scene). */
export function simulationFrom(state: SimState): Simulation {
  let pending: SimEvent[] = []
  const take = () => {
    const out = pending
    pending = []
    return out
  }
  return {
    state,
    dispatch(command) {
      try {
        const { result, events } = applyCommand(state, command)
        for (const e of events) pending.push(e)
        return result
      } catch (e) {
        // A bug, not bad input: report it rather than throw into the caller.
        return { ok: false, error: `Internal error: ${e instanceof Error ? e.message : String(e)}` }
      }
    },
    advance(ms) {
      const events = take()
      if (Number.isFinite(ms) && ms > 0) advanceTo(state, state.timeMs + ms, events)
      return events
    },
    stepToNextEvent(limitMs) {
      const events = take()
      for (const e of stepToNextEvent(state, limitMs)) events.push(e)
      return events
    },
    takeEvents: take,
  }
}
