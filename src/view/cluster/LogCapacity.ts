import { createContext } from 'react'

/** How many offset cells fit in a log row; measured once for the whole cluster view. */
export const LogCapacity = createContext(16)

/** Width a row spends on its label and stats, and one cell with its gap (see cluster.css). */
const ROW_CHROME_PX = 330
const CELL_PX = 37
const ROW_CHROME_PX_PRESENT = 370
const CELL_PX_PRESENT = 49

/** Offset cells that fit in a cluster view `width` pixels wide (never fewer than 4). */
export function capacityFor(width: number, present: boolean): number {
  const fit = present ? (width - ROW_CHROME_PX_PRESENT) / CELL_PX_PRESENT : (width - ROW_CHROME_PX) / CELL_PX
  return Math.max(4, Math.floor(Number.isFinite(fit) ? fit : 0))
}

/**
 * The cluster view's width before anything is laid out, from the viewport's, following the stage grid in
 * layout.css (side columns of 270 and 240 px, or 230 px below 1100 px, none below 760 px; 14 px gaps, 18 px
 * padding). A first render at the right capacity spares the page a second one once the view is measured; a wrong
 * guess costs only that second render.
 */
export function guessClusterWidth(viewportWidth: number): number {
  if (viewportWidth > 1100) return viewportWidth - 36 - 270 - 240 - 2 * 14
  if (viewportWidth > 760) return viewportWidth - 36 - 230 - 14
  return viewportWidth - 36
}
