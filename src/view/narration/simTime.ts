import { translate, type Lang } from '../../i18n/translate'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const pad2 = (n: number) => String(n).padStart(2, '0')

function locale(lang: Lang): string {
  return lang === 'es' ? 'es-ES' : 'en-US'
}

/** A number with at most `digits` decimals, in the language's own format (1.5 / 1,5). */
function num(lang: Lang, n: number, digits: number): string {
  return n.toLocaleString(locale(lang), { maximumFractionDigits: digits })
}

/**
 * Simulated time as a clock that counts days: `day 0, 00:01:23.4` (es: `día 0, 00:01:23,4`).
 * `decimals` digits of the second (0, 1 or 3), rounded down; negative or non-finite input reads as 0.
 */
export function formatSimTime(ms: number, lang: Lang, decimals: 0 | 1 | 3 = 1): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : 0
  const seconds = Math.floor(total / SECOND)
  const day = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const frac =
    decimals === 0
      ? ''
      : `${lang === 'es' ? ',' : '.'}${String(total % SECOND)
          .padStart(3, '0')
          .slice(0, decimals)}`
  return translate(lang, 'narration.simTime', { day, clock: `${pad2(h)}:${pad2(m)}:${pad2(s)}${frac}` })
}

/** A span of simulated time in the unit a person would say: 300 ms, 9 s, 5 min, 3 h, 7 days. */
export function formatDuration(ms: number, lang: Lang): string {
  const v = Number.isFinite(ms) && ms > 0 ? ms : 0
  if (v < SECOND) return `${num(lang, v, 0)} ms`
  if (v < 2 * MINUTE) return `${num(lang, v / SECOND, 1)} s`
  if (v < 2 * HOUR) return `${num(lang, v / MINUTE, 1)} min`
  if (v < 2 * DAY) return `${num(lang, v / HOUR, 1)} h`
  // Two days or more: always plural.
  return translate(lang, 'narration.days', { n: num(lang, v / DAY, 1) })
}
