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
    out.set(el.dataset.anchor!, {
      left,
      top,
      right: left + r.width,
      bottom: top + r.height,
      cx: left + r.width / 2,
      cy: top + r.height / 2,
    })
  })
  drawnAnchors.forEach((add) => add(out))
  return out
}

export const rightMiddle = (b: AnchorBox): Point => ({ x: b.right, y: b.cy })
export const leftMiddle = (b: AnchorBox): Point => ({ x: b.left, y: b.cy })
export const center = (b: AnchorBox): Point => ({ x: b.cx, y: b.cy })

/** The same boxes, to half a pixel: the stage has not moved. */
export function sameAnchors(a: Map<string, AnchorBox>, b: Map<string, AnchorBox>): boolean {
  if (a.size !== b.size) return false
  for (const [key, x] of a) {
    const y = b.get(key)
    if (
      !y ||
      Math.abs(x.left - y.left) > 0.5 ||
      Math.abs(x.top - y.top) > 0.5 ||
      Math.abs(x.right - y.right) > 0.5 ||
      Math.abs(x.bottom - y.bottom) > 0.5
    )
      return false
  }
  return true
}

/**
 * The boxes in the coordinates of an element whose border box is at `origin` on screen, shown at `scale` (a stage
 * fitted to its space by a transform): where the flights are drawn.
 */
export function toLocal(
  anchors: Map<string, AnchorBox>,
  origin: { left: number; top: number },
  scale = 1,
): Map<string, AnchorBox> {
  if (origin.left === 0 && origin.top === 0 && scale === 1) return anchors
  const out = new Map<string, AnchorBox>()
  const x = (v: number) => (v - origin.left) / scale
  const y = (v: number) => (v - origin.top) / scale
  for (const [key, b] of anchors)
    out.set(key, {
      left: x(b.left),
      right: x(b.right),
      top: y(b.top),
      bottom: y(b.bottom),
      cx: x(b.cx),
      cy: y(b.cy),
    })
  return out
}
