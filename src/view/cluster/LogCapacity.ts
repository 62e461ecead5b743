import { createContext } from 'react'

/** How many offset cells fit in a log row; measured once for the whole cluster view. */
export const LogCapacity = createContext(16)

/** Cells shown before the first measurement (the stage's size is set by CSS; the layout effect corrects it). */
export const FIRST_GUESS = 10

/**
 * Offset cells that fit in a log `logWidth` pixels wide whose cells are `cellWidth` wide with `gap` between,
 * keeping room for the next offset's empty slot and a leading "…" marker. Never fewer than four.
 */
export function capacityFromLog(logWidth: number, cellWidth: number, gap: number): number {
  if (!(cellWidth > 0) || !Number.isFinite(logWidth)) return 4
  const fit = Math.floor((logWidth + gap) / (cellWidth + gap)) - 2
  return Math.max(4, fit)
}
