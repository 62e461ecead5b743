export interface Point {
  x: number
  y: number
}

/** A point along a gentle arc from a to b (quadratic Bézier bowed upwards), t in [0, 1]. */
export function alongArc(a: Point, b: Point, t: number): Point {
  const bow = Math.min(60, Math.hypot(b.x - a.x, b.y - a.y) * 0.15)
  const c = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - bow }
  const u = 1 - t
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y }
}

/** Progress of a message sent at `sentAt` arriving at `at`, seen at `now`. */
export function progress(sentAt: number, at: number, now: number): number {
  if (at <= sentAt) return 1
  return Math.max(0, Math.min(1, (now - sentAt) / (at - sentAt)))
}

/**
 * The arc from a to b as `steps` + 1 evenly timed points: keyframes for a flight animated by the compositor. Its x
 * is linear in t, its y a parabola: eight straight pieces stay within half a pixel of the curve for any bow.
 */
export function arcPoints(a: Point, b: Point, steps = 8): Point[] {
  const out: Point[] = []
  for (let i = 0; i <= steps; i++) out.push(alongArc(a, b, i / steps))
  return out
}
