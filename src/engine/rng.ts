/**
 * A seeded generator whose whole state is one 32-bit number kept in the simulation state,
 * so every random choice (sticky partitions, keys, placement) replays exactly. Mulberry32.
 */
export interface RngState {
  rng: number
}

/** A float in [0, 1), advancing the generator. */
export function nextRandom(s: RngState): number {
  s.rng = (s.rng + 0x6d2b79f5) | 0
  let t = s.rng
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** A whole number in [0, n). */
export function nextInt(s: RngState, n: number): number {
  return Math.floor(nextRandom(s) * n)
}

/** Java's `Utils.toPositive(random.nextInt())`: a non-negative int32. */
export function nextPositiveInt(s: RngState): number {
  return Math.floor(nextRandom(s) * 0x80000000)
}
