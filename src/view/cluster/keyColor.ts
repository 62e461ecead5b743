/** A stable hue per key, so records with the same key share a colour on every log (colour is never the only cue). */
export function keyHue(key: string): number {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  return ((h % 360) + 360) % 360
}

export function keyColor(key: string | null, light = false): string {
  if (key === null) return light ? '#e2e8f0' : '#94a3b8'
  return `hsl(${keyHue(key)} ${light ? '70% 88%' : '62% 45%'})`
}

/** The short form shown on a record: `customer-42` → `c-42`. */
export function shortKey(key: string | null): string {
  if (key === null) return '∅'
  const m = /^([A-Za-z])[A-Za-z]*-(\d+)$/.exec(key)
  if (m) return `${m[1]}-${m[2]}`
  return key.length > 6 ? `${key.slice(0, 5)}…` : key
}
