import type { Point } from './geometry'

export interface AnchorBox {
  left: number
  right: number
  top: number
  bottom: number
  cx: number
  cy: number
}

/**
 * Anchors that are drawn, not laid out (the cells of a canvas heatmap): each function adds its boxes, in viewport
 * coordinates, whenever the anchors are read.
 */
export const drawnAnchors = new Set<(out: Map<string, AnchorBox>) => void>()

/** Every element marked data-anchor inside `root`, as boxes in viewport coordinates: where flights start and land. */
export function readAnchors(root: HTMLElement): Map<string, AnchorBox> {
  const base = { left: 0, top: 0 }
  const out = new Map<string, AnchorBox>()
  root.querySelectorAll<HTMLElement>('[data-anchor]').forEach((el) => {
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) return
    if (r.bottom < -200 || r.top > window.innerHeight + 200) return // far off screen: nothing to draw there
    const left = r.left - base.left
    const top = r.top - base.top
    out.set(el.dataset.anchor!, { left, top, right: left + r.width, bottom: top + r.height, cx: left + r.width / 2, cy: top + r.height / 2 })
  })
  drawnAnchors.forEach((add) => add(out))
  return out
}

export const rightMiddle = (b: AnchorBox): Point => ({ x: b.right, y: b.cy })
export const leftMiddle = (b: AnchorBox): Point => ({ x: b.left, y: b.cy })
export const center = (b: AnchorBox): Point => ({ x: b.cx, y: b.cy })
