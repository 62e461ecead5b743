// The bytes of Java's String.getBytes(StandardCharsets.UTF_8), which is what Kafka's
// StringSerializer puts on the wire. It is standard UTF-8, except that an unpaired surrogate
// becomes the encoder's replacement byte '?' (TextEncoder would write EF BF BD instead).

const REPLACEMENT = 0x3f

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

export function javaUtf8(s: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (a surrogate pair is 2 units and 4 bytes).
  const out = new Uint8Array(s.length * 3)
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    if (unit < 0x80) {
      out[n++] = unit
    } else if (unit < 0x800) {
      out[n++] = 0xc0 | (unit >> 6)
      out[n++] = 0x80 | (unit & 0x3f)
    } else if (isHighSurrogate(unit)) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (!isLowSurrogate(next)) {
        out[n++] = REPLACEMENT
        continue
      }
      const cp = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00)
      out[n++] = 0xf0 | (cp >> 18)
      out[n++] = 0x80 | ((cp >> 12) & 0x3f)
      out[n++] = 0x80 | ((cp >> 6) & 0x3f)
      out[n++] = 0x80 | (cp & 0x3f)
      i++
    } else if (isLowSurrogate(unit)) {
      out[n++] = REPLACEMENT
    } else {
      out[n++] = 0xe0 | (unit >> 12)
      out[n++] = 0x80 | ((unit >> 6) & 0x3f)
      out[n++] = 0x80 | (unit & 0x3f)
    }
  }
  return out.slice(0, n)
}

/** Anything but printable ASCII (control characters are 1 byte too, but take the general path). */
const NOT_PRINTABLE_ASCII = /[^ -~]/

/** The length of javaUtf8(s) without building it (record sizes are counted on every append). */
export function javaUtf8Length(s: string): number {
  if (!NOT_PRINTABLE_ASCII.test(s)) return s.length
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    if (unit < 0x80) n += 1
    else if (unit < 0x800) n += 2
    else if (isHighSurrogate(unit) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 4
      i++
    } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) n += 1
    else n += 3
  }
  return n
}
