/** Small readers for untrusted input: each returns the value or a sentence naming what was wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string }

export const okValue = <T>(value: T): Checked<T> => ({ ok: true, value })
export const bad = (error: string): { ok: false; error: string } => ({ ok: false, error })

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function wholeNumber(v: unknown, name: string, min: number, max: number): Checked<number> {
  if (typeof v !== 'number' || !Number.isInteger(v))
    return bad(`${name} must be a whole number, got ${describe(v)}.`)
  if (v < min || v > max) return bad(`${name} must be from ${min} to ${max}, got ${v}.`)
  return okValue(v)
}

export function finiteNumber(v: unknown, name: string, min: number, max: number): Checked<number> {
  if (typeof v !== 'number' || !Number.isFinite(v))
    return bad(`${name} must be a number, got ${describe(v)}.`)
  if (v < min || v > max) return bad(`${name} must be from ${min} to ${max}, got ${v}.`)
  return okValue(v)
}

export function text(v: unknown, name: string, maxLength: number): Checked<string> {
  if (typeof v !== 'string') return bad(`${name} must be text, got ${describe(v)}.`)
  if (v.length > maxLength) return bad(`${name} is ${v.length} characters long; the limit is ${maxLength}.`)
  return okValue(v)
}

export function oneOf<T extends string>(v: unknown, name: string, allowed: readonly T[]): Checked<T> {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return okValue(v as T)
  return bad(`${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(v)}.`)
}

export function bool(v: unknown, name: string): Checked<boolean> {
  return typeof v === 'boolean' ? okValue(v) : bad(`${name} must be true or false, got ${describe(v)}.`)
}

/**
 * A name the user gave, quoted for a message: whole up to `max` characters (every legal Kafka name fits), cut short
 * with an ellipsis beyond, so that a megabyte of text never becomes a megabyte of error message.
 */
export function quote(text: string, max = 300): string {
  return text.length > max ? `'${text.slice(0, max)}…'` : `'${text}'`
}

/** A short, safe description of a bad value for an error message. */
export function describe(v: unknown): string {
  if (v === null) return 'null'
  if (v === undefined) return 'nothing'
  if (typeof v === 'string') return v.length > 40 ? `'${v.slice(0, 40)}…'` : `'${v}'`
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return 'a list'
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`
}
