import type { Lang } from '../i18n/translate'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Simulated time as a student reads it: `day 0, 00:01:23.4` (`día 0, …` in Spanish). */
export function formatSimTime(ms: number, lang: Lang, decimals: 0 | 1 | 3 = 1): string {
  const total = Math.max(0, ms)
  const day = Math.floor(total / 86400000)
  const h = Math.floor((total % 86400000) / 3600000)
  const m = Math.floor((total % 3600000) / 60000)
  const s = Math.floor((total % 60000) / 1000)
  const frac = decimals === 0 ? '' : `.${pad(Math.floor(total % 1000), 3).slice(0, decimals)}`
  return `${lang === 'es' ? 'día' : 'day'} ${day}, ${pad(h)}:${pad(m)}:${pad(s)}${frac}`
}
