import { contrast } from '../contrast'

/** A stable hue per key, so records with the same key share a colour on every log (colour is never the only cue). */
export function keyHue(key: string): number {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  return ((h % 360) + 360) % 360
}

/** The tint behind a committed record: light enough for dark text (at least 9:1 for --ink-2 at every hue). */
const tint = (hue: number) => `hsl(${hue} 70% 88%)`

/**
 * The record's coloured edge (and its dot in flight): as bright as it can be while staying 3:1 against its own
 * tint (WCAG 1.4.11), so yellows and greens get darker than blues. One lightness per hue, found once.
 */
const edgeLightness: number[] = []
function edge(hue: number): string {
  let l = edgeLightness[hue]
  if (l === undefined) {
    l = 45
    while (l > 20 && contrast(`hsl(${hue} 62% ${l}%)`, tint(hue)) < 3.1) l--
    edgeLightness[hue] = l
  }
  return `hsl(${hue} 62% ${l}%)`
}

export function keyColor(key: string | null, light = false): string {
  if (key === null) return light ? '#e2e8f0' : '#64748b'
  const hue = keyHue(key)
  return light ? tint(hue) : edge(hue)
}

/** The short form shown on a record: `customer-42` → `c-42`. */
export function shortKey(key: string | null): string {
  if (key === null) return '∅'
  const m = /^([A-Za-z])[A-Za-z]*-(\d+)$/.exec(key)
  if (m) return `${m[1]}-${m[2]}`
  return key.length > 6 ? `${key.slice(0, 5)}…` : key
}
