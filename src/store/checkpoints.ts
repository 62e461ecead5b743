import type { SimState } from '../engine'
import { cloneStateCounted } from './cloneState'

/** A copy of the engine state at `timeMs`, after the first `applied` commands of the command log. */
export interface Checkpoint {
  timeMs: number
  applied: number
  state: SimState
  /** Estimated bytes (12 a copied slot). */
  bytes: number
}

/** One checkpoint every 30 simulated seconds of play (at most): a seek replays less than that. */
export const CHECKPOINT_EVERY_MS = 30_000
/** The memory the checkpoints of one run may take, estimated; past it every other one is dropped. */
export const CHECKPOINT_BUDGET_BYTES = 40 * 1024 * 1024
export const MAX_CHECKPOINTS = 400
/** Measured: a one-hour default run's checkpoints take about 1.5 times 8 bytes a copied slot of V8 heap. */
const BYTES_PER_SLOT = 12

/**
 * The checkpoints of one run, oldest first, so that a seek restores the nearest earlier one and replays only
 * what came after. The first one (the scene as built) is never dropped. Not React state: it is mutable and the
 * view never sees it.
 */
export class Checkpoints {
  private list: Checkpoint[] = []
  private total = 0
  /** Spacing between checkpoints; doubles when the budget is exceeded. */
  private every = CHECKPOINT_EVERY_MS

  constructor(
    private readonly budgetBytes = CHECKPOINT_BUDGET_BYTES,
    private readonly maxCount = MAX_CHECKPOINTS,
  ) {}

  get count(): number {
    return this.list.length
  }

  get bytes(): number {
    return this.total
  }

  get spacingMs(): number {
    return this.every
  }

  /** Copies the state in (the live state goes on changing; the copy never does). */
  take(state: SimState, applied: number): void {
    const { state: copy, slots } = cloneStateCounted(state)
    const cp: Checkpoint = { timeMs: state.timeMs, applied, state: copy, bytes: slots * BYTES_PER_SLOT }
    // Keep the list sorted by (time, applied): a checkpoint replaces one at the same position.
    let i = this.list.length
    while (i > 0 && this.after(this.list[i - 1]!, cp)) i--
    const prev = this.list[i - 1]
    if (prev && prev.timeMs === cp.timeMs && prev.applied === cp.applied) {
      this.total -= prev.bytes
      this.list[i - 1] = cp
    } else {
      this.list.splice(i, 0, cp)
    }
    this.total += cp.bytes
    this.thin()
  }

  /** Takes one if the last checkpoint at or before now is a spacing old (or there is none). */
  maybeTake(state: SimState, applied: number): boolean {
    const last = this.latestAtOrBefore(state.timeMs, applied)
    if (last && state.timeMs - last.timeMs < this.every) return false
    this.take(state, applied)
    return true
  }

  /** The latest checkpoint at or before `timeMs` (and among those at that time, with at most `maxApplied` commands). */
  latestAtOrBefore(timeMs: number, maxApplied = Infinity): Checkpoint | undefined {
    let lo = 0
    let hi = this.list.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.list[mid]!.timeMs <= timeMs) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    for (let i = found; i >= 0; i--) if (this.list[i]!.applied <= maxApplied) return this.list[i]
    return undefined
  }

  /** Forgets what lies after a change of the past: later times, or more commands than are left. */
  dropAfter(timeMs: number, applied: number): void {
    const keep = this.list.filter((c) => c.timeMs <= timeMs && c.applied <= applied)
    this.list = keep
    this.total = keep.reduce((n, c) => n + c.bytes, 0)
  }

  clear(): void {
    this.list = []
    this.total = 0
    this.every = CHECKPOINT_EVERY_MS
  }

  times(): number[] {
    return this.list.map((c) => c.timeMs)
  }

  private after(a: Checkpoint, b: Checkpoint): boolean {
    return a.timeMs > b.timeMs || (a.timeMs === b.timeMs && a.applied > b.applied)
  }

  /** Over budget: drop every other checkpoint after the first, and space the next ones twice as far apart. */
  private thin(): void {
    while ((this.total > this.budgetBytes || this.list.length > this.maxCount) && this.list.length > 2) {
      const kept = this.list.filter((_, i) => i === 0 || i === this.list.length - 1 || i % 2 === 0)
      this.list = kept
      this.total = kept.reduce((n, c) => n + c.bytes, 0)
      this.every *= 2
    }
  }
}
