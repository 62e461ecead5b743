/** The finest steps a time shown on the timeline moves by: 0.1 s, then 1-2-5 times a power of ten. */
const STEPS = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000]

/** A slider track is about this many pixels wide (wider on a projector: a step is then a few pixels). */
const TRACK_PX = 400

/**
 * How finely the timeline follows a run that plays: the thumb moves by about a pixel or two per step, so a
 * minute-long run redraws it five times a second and an hour-long one every few seconds, rather than ten times a
 * second whatever the run's length. Paused, it shows the exact tenth of a second.
 */
export function liveStep(spanMs: number, running: boolean): number {
  if (!running || !(spanMs > 0)) return 100
  const want = spanMs / TRACK_PX
  return STEPS.find((s) => s >= want) ?? STEPS[STEPS.length - 1]!
}

/** `ms` rounded down to a multiple of `step`. */
export function quantize(ms: number, step: number): number {
  return Math.floor(ms / step) * step
}
