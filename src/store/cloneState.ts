import type { SimState } from '../engine'

/**
 * A copy of an engine state that the live simulation can go on mutating without touching it: every container
 * (object, array) is new, but the log's records are shared, because the engine never changes a record once it is
 * appended (`KafkaRecord` is readonly), and so are the record lists of closed segments, which the engine never
 * changes in place (it appends to the last segment only; truncation replaces a list, retention drops segments).
 * Sharing them keeps a checkpoint small: its size follows the live state's containers, not the log's length.
 *
 * Like structuredClone, a container reachable twice (a batch's record list is also carried by its produce request)
 * is copied once, so the copy has the same shape as the original. Keys keep their order; `__proto__` stays an own
 * data property. `slots` counts the properties and array elements copied, a rough measure of the copy's memory.
 */
export interface StateCopy {
  state: SimState
  slots: number
}

const own = Object.prototype.hasOwnProperty

const isSegment = (o: unknown): boolean => {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false
  const seg = o as Record<string, unknown>
  return (
    Array.isArray(seg.records) && typeof seg.baseOffset === 'number' && typeof seg.maxTimestamp === 'number'
  )
}

class Copier {
  slots = 0
  private readonly seen = new Map<object, unknown>()

  value(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v
    const done = this.seen.get(v)
    if (done !== undefined) return done
    return Array.isArray(v) ? this.array(v) : this.object(v as Record<string, unknown>, undefined)
  }

  array(a: readonly unknown[]): unknown[] {
    const out: unknown[] = new Array(a.length)
    this.seen.set(a, out)
    // A partition's log: only the last (active) segment's record list grows in place.
    const log = a.length > 0 && isSegment(a[0])
    for (let i = 0; i < a.length; i++) {
      const item = a[i]
      out[i] =
        log && isSegment(item)
          ? this.object(item as Record<string, unknown>, i === a.length - 1 ? 'copy' : 'share')
          : this.value(item)
    }
    this.slots += a.length + 2
    return out
  }

  /**
   * `records`: for a log segment, what to do with its record list. The records are immutable; a closed segment's
   * list is never changed in place either (appends go to the last segment; truncation and retention replace or drop
   * lists), so it is shared whole; the active segment's list is copied (its items shared).
   */
  object(o: Record<string, unknown>, records: 'copy' | 'share' | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    this.seen.set(o, out)
    let n = 0
    for (const key in o) {
      if (!own.call(o, key)) continue
      const v = o[key]
      let copy: unknown
      if (records !== undefined && key === 'records')
        copy = records === 'share' ? v : this.recordList(v as unknown[])
      else copy = this.value(v)
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true })
      else out[key] = copy
      n++
    }
    this.slots += n + 2
    return out
  }

  private recordList(list: unknown[]): unknown[] {
    const done = this.seen.get(list)
    if (done !== undefined) return done as unknown[]
    const out = list.slice()
    this.seen.set(list, out)
    this.slots += list.length + 2
    return out
  }
}

export function cloneStateCounted(state: SimState): StateCopy {
  const copier = new Copier()
  const copy = copier.value(state) as SimState
  return { state: copy, slots: copier.slots }
}

/** A copy the live state can no longer change (see `StateCopy`). */
export function cloneState(state: SimState): SimState {
  return cloneStateCounted(state).state
}
