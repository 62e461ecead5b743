import { advanceWithin, type Command, type SimEvent, type Simulation } from '../engine'
import { CHECKPOINT_EVERY_MS, type Checkpoints } from './checkpoints'

export interface LoggedCommand {
  atMs: number
  command: Command
}

/** A long stretch is cut into at most this many pieces, each ending in a checkpoint. */
const MAX_PIECES = 60

export interface ReplayResult {
  /** How many commands of the log are applied now. */
  cursor: number
  /** The first command the engine refused, if any (replay stops there). */
  refused?: { index: number; error: string }
  /** The work budget ran out before `target` (replay stops there). */
  exhausted?: true
}

/** How many engine tasks a replay may still run; it stops when they run out. Unlimited without one. */
export interface WorkBudget {
  tasks: number
}

/**
 * Moves a simulation to `target` (simulated ms), applying the logged commands that fall due on the way at their
 * own times, exactly as the live run did: the clock is set to each command's time, not summed from steps, so
 * replays land on the same instants. Checkpoints are taken along the way. Events go to `sink`.
 *
 * Cutting a stretch into pieces changes nothing: the engine runs every task due up to the end of a piece, in order,
 * whether or not the stretch is cut.
 */
export function replayTo(
  sim: Simulation,
  log: readonly LoggedCommand[],
  cursor: number,
  target: number,
  checkpoints: Checkpoints | null,
  sink: (events: SimEvent[]) => void,
  stopOnRefusal = false,
  budget: WorkBudget = { tasks: Infinity },
): ReplayResult {
  let c = cursor
  for (;;) {
    const next = log[c]
    const due = next !== undefined && next.atMs <= target
    if (!runClock(sim, due ? next.atMs : target, c, checkpoints, sink, budget))
      return { cursor: c, exhausted: true }
    if (!due) return { cursor: c }
    const result = sim.dispatch(next.command)
    const events = sim.takeEvents()
    if (events.length > 0) sink(events)
    if (!result.ok && stopOnRefusal) return { cursor: c, refused: { index: c, error: result.error } }
    c++
  }
}

/** Runs the clock to `to`, unless the budget runs out first (false). */
function runClock(
  sim: Simulation,
  to: number,
  applied: number,
  checkpoints: Checkpoints | null,
  sink: (events: SimEvent[]) => void,
  budget: WorkBudget,
): boolean {
  const state = sim.state
  if (!(to > state.timeMs)) return true
  const piece = Math.max(checkpoints?.spacingMs ?? CHECKPOINT_EVERY_MS, (to - state.timeMs) / MAX_PIECES)
  while (state.timeMs < to) {
    const end = Math.min(to, state.timeMs + piece)
    const events = sim.takeEvents()
    budget.tasks -= advanceWithin(state, end, budget.tasks, events)
    if (events.length > 0) sink(events)
    if (state.timeMs < end) return false // stopped short: the budget is spent
    checkpoints?.maybeTake(state, applied)
  }
  return true
}
