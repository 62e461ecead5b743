import { describe, expect, it } from 'vitest'
import { clusterView } from '../engine'
import { builtinScenario } from './builtins'
import { buildSimulation } from './scenario'

describe('the rebalances scene: the same member joins three busy groups', () => {
  it('eager stops every partition and waits for the slow member; cooperative and KIP-848 move two; KIP-848 waits for nobody', () => {
    const sim = buildSimulation(builtinScenario('rebalances')!)
    sim.advance(30_000)
    const groups = Object.fromEntries(clusterView(sim.state).groups.map((g) => [g.groupId, g]))
    const total = (id: string) => Object.values(groups[id]!.pausedMs).reduce((a, b) => a + b, 0)
    for (const g of Object.values(groups)) {
      expect(g.phase).toBe('Stable')
      expect(g.members.map((m) => m.partitions.length)).toEqual([2, 2, 2])
    }
    expect(Object.keys(groups['eager-range']!.pausedMs)).toHaveLength(6)
    expect(Object.keys(groups['cooperative-sticky']!.pausedMs)).toHaveLength(2)
    expect(Object.keys(groups['kip-848']!.pausedMs)).toHaveLength(2)
    expect(total('eager-range')).toBeGreaterThan(total('cooperative-sticky'))
    expect(total('cooperative-sticky')).toBeGreaterThan(total('kip-848'))
    // A KIP-848 partition waits at most two heartbeat intervals: the old owner's, then the new owner's.
    expect(Math.max(...Object.values(groups['kip-848']!.pausedMs))).toBeLessThanOrEqual(10_000)
  })
})
