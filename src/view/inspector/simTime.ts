const DAY_MS = 86_400_000

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Simulated milliseconds as a day number and a clock: (83456) -> { day: 0, clock: '00:01:23.456' }. */
export function simDayClock(ms: number): { day: number; clock: string } {
  const whole = Math.max(0, Math.floor(ms))
  const day = Math.floor(whole / DAY_MS)
  const rest = whole - day * DAY_MS
  const h = Math.floor(rest / 3_600_000)
  const m = Math.floor((rest % 3_600_000) / 60_000)
  const s = Math.floor((rest % 60_000) / 1000)
  return { day, clock: `${pad(h)}:${pad(m)}:${pad(s)}.${pad(rest % 1000, 3)}` }
}
