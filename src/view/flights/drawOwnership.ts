import type { SimState } from '../../engine'
import { groupColor } from '../consumers/groupColor'
import type { AnchorBox } from './anchors'

/** Thin lines from each partition's leader log to the member that owns it, one colour per group. */
export function drawOwnership(ctx: CanvasRenderingContext2D, state: SimState, anchors: Map<string, AnchorBox>): void {
  ctx.save()
  ctx.lineWidth = 1.5
  ctx.setLineDash([5, 4])
  Object.values(state.groups).forEach((group, index) => {
    const topic = state.topics[group.topic]
    if (!topic) return
    ctx.strokeStyle = groupColor(index)
    ctx.globalAlpha = 0.45
    for (const c of state.consumers) {
      if (c.groupId !== group.groupId || c.status !== 'active') continue
      const member = anchors.get(`member:${c.memberId}`)
      if (!member) continue
      for (const partition of c.owned) {
        const leader = topic.partitions[partition]?.leader
        const row = leader == null ? undefined : anchors.get(`replica:${group.topic}:${partition}:${leader}`)
        if (!row) continue
        const from = { x: row.right, y: row.cy }
        const to = { x: member.left, y: member.cy }
        const mid = (from.x + to.x) / 2
        ctx.beginPath()
        ctx.moveTo(from.x, from.y)
        ctx.bezierCurveTo(mid, from.y, mid, to.y, to.x, to.y)
        ctx.stroke()
      }
    }
  })
  ctx.restore()
}
