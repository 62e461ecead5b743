/**
 * Cheap checks on JSON text before it is parsed: its size, and how deeply its arrays and objects nest (counted on
 * the text itself, strings skipped, so a hostile 5 MB of `[[[[...` is refused in milliseconds without building it).
 */
export function jsonTextProblem(text: string, maxChars: number, maxDepth: number): string | undefined {
  if (text.length > maxChars) return `The scene is ${text.length} characters long; the limit is ${maxChars}.`
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash escapes the next character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth)
        return `The scene nests lists and objects deeper than ${maxDepth} levels (at character ${i}).`
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}
