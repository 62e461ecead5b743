import type { SimState } from '../../engine'
import { groupColor } from '../consumers/groupColor'
import type { AnchorBox } from './anchors'
import type { Point } from './geometry'

/** A line from a partition's leader log to the member that owns it, in its group's colour. */
export interface OwnershipLine {
  from: Point
  to: Point
  color: string
}

/** Each partition's leader log to the member that owns it, one colour per group (only the ends on screen). */
export function ownershipLines(state: SimState, anchors: Map<string, AnchorBox>): OwnershipLine[] {
  const lines: OwnershipLine[] = []
  Object.values(state.groups).forEach((group, index) => {
    const topic = state.topics[group.topic]
    if (!topic) return
    const color = groupColor(index)
    for (const c of state.consumers) {
      if (c.groupId !== group.groupId || c.status !== 'active') continue
      const member = anchors.get(`member:${c.memberId}`)
      if (!member) continue
      for (const partition of c.owned) {
        const leader = topic.partitions[partition]?.leader
        const row = leader == null ? undefined : anchors.get(`replica:${group.topic}:${partition}:${leader}`)
        if (!row) continue
        lines.push({ from: { x: row.right, y: row.cy }, to: { x: member.left, y: member.cy }, color })
      }
    }
  })
  return lines
}

/** What the lines look like, to the pixel: the canvas is redrawn only when this changes. */
export function linesKey(lines: readonly OwnershipLine[]): string {
  return lines
    .map(
      (l) =>
        `${Math.round(l.from.x)},${Math.round(l.from.y)},${Math.round(l.to.x)},${Math.round(l.to.y)},${l.color}`,
    )
    .join(';')
}

const SVG = 'http://www.w3.org/2000/svg'

/** Thin dashed curves, one per line, as the paths of `svg` (replacing what it held). */
export function drawOwnership(svg: SVGSVGElement, lines: readonly OwnershipLine[]): void {
  const paths = lines.map(({ from, to, color }) => {
    const mid = (from.x + to.x) / 2
    const path = document.createElementNS(SVG, 'path')
    path.setAttribute('d', `M${from.x} ${from.y}C${mid} ${from.y} ${mid} ${to.y} ${to.x} ${to.y}`)
    path.setAttribute('stroke', color)
    return path
  })
  svg.replaceChildren(...paths)
}
