import type { CellState } from './heatmapModel'

/** A cell's paint: its fill, the edge drawn round it, the ink of its label and of its glyph. */
export interface CellPaint {
  fill: string
  edge: string
  ink: string
}

/**
 * In-sync partitions by lag shade, light (no lag) to dark (the topic's worst). Light fills get a slate edge, so
 * every cell stands 3:1 against the white panel (WCAG 1.4.11); labels meet 4.5:1 on their fill.
 */
export const LAG_PAINT: readonly CellPaint[] = [
  { fill: '#dbeafe', edge: '#64748b', ink: '#0f172a' },
  { fill: '#93c5fd', edge: '#64748b', ink: '#0f172a' },
  { fill: '#3b82f6', edge: '#1d4ed8', ink: '#0f172a' },
  { fill: '#1d4ed8', edge: '#1d4ed8', ink: '#ffffff' },
  { fill: '#1e3a8a', edge: '#1e3a8a', ink: '#ffffff' },
]

/** Under-replicated: amber with dark diagonal stripes. Offline: dark red with a white cross. */
export const STATE_PAINT: Record<Exclude<CellState, 'inSync'>, CellPaint> = {
  underReplicated: { fill: '#fbbf24', edge: '#92400e', ink: '#0f172a' },
  offline: { fill: '#7f1d1d', edge: '#7f1d1d', ink: '#ffffff' },
}

export const STRIPE = '#92400e'
export const PANEL = '#ffffff'
export const RING = '#0f172a'

export function paintOf(state: CellState, level: number): CellPaint {
  return state === 'inSync'
    ? LAG_PAINT[Math.max(0, Math.min(LAG_PAINT.length - 1, level))]!
    : STATE_PAINT[state]
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG's contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)]
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}
