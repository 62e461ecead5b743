/**
 * A record's value in a log cell's few characters, when a lesson asks the cells to show values: a JSON object's
 * first field (`{"order":7,…}` shows 7, the order number the lesson talks about), else the value's start.
 */
export function shortValue(value: string): string {
  const text = firstField(value) ?? value.trim()
  if (text === '') return '∅'
  return text.length > 6 ? `${text.slice(0, 5)}…` : text
}

function firstField(value: string): string | undefined {
  if (!value.trimStart().startsWith('{')) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
    const first = Object.values(parsed)[0]
    if (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean')
      return String(first)
  } catch {
    // Not JSON after all: shown as text.
  }
  return undefined
}
