import { describe, expect, it } from 'vitest'
import { largeScenario, stressScenario } from '../../scenarios/builtins'
import { buildSimulation } from '../../scenarios/scenario'
import {
  cellAt,
  cellRect,
  cellState,
  heatmapCells,
  heatmapLayout,
  lagLevel,
  LAG_LEVELS,
  MIN_LAG_SCALE,
  moveFocus,
} from './heatmapModel'
import { contrast, LAG_PAINT, PANEL, paintOf, STATE_PAINT, STRIPE } from './heatmapPalette'

const replicas = (...ids: number[]) => ids.map((brokerId) => ({ brokerId }))

describe('a partition’s cell state', () => {
  it('is in sync when the ISR holds every replica', () => {
    expect(cellState({ leader: 1, isr: [1, 2, 3], replicas: replicas(1, 2, 3) } as never)).toBe('inSync')
  })
  it('is under-replicated when the ISR is smaller than the replica set', () => {
    expect(cellState({ leader: 1, isr: [1, 2], replicas: replicas(1, 2, 3) } as never)).toBe(
      'underReplicated',
    )
  })
  it('is offline without a leader, whatever the ISR says', () => {
    expect(cellState({ leader: null, isr: [3], replicas: replicas(1, 2, 3) } as never)).toBe('offline')
  })
})

describe('lag shades', () => {
  it('keeps no lag at the lightest shade and the worst at the darkest', () => {
    expect(lagLevel(0, 500)).toBe(0)
    expect(lagLevel(1, 500)).toBe(1)
    expect(lagLevel(500, 500)).toBe(LAG_LEVELS - 1)
  })
  it('does not paint a small lag as the darkest just because it is the worst', () => {
    expect(lagLevel(2, 2)).toBeLessThan(LAG_LEVELS - 2)
    expect(lagLevel(MIN_LAG_SCALE, 2)).toBe(LAG_LEVELS - 1)
  })
  it('tells a small lag from a middling one when the worst is large (a log scale)', () => {
    expect(lagLevel(5, 500)).toBeLessThan(lagLevel(50, 500))
    expect(lagLevel(50, 500)).toBeLessThan(lagLevel(500, 500))
  })
  it('grows with the lag', () => {
    const levels = [1, 50, 120, 260, 400, 999].map((lag) => lagLevel(lag, 1000))
    expect([...levels].sort((a, b) => a - b)).toEqual(levels)
  })
})

describe('a topic’s cells, from the engine', () => {
  it('turns a dead broker’s led partitions to other leaders, and its replicas’ partitions under-replicated', () => {
    const sim = buildSimulation(stressScenario)
    sim.advance(3000)
    const before = heatmapCells(sim.state, 'clicks')
    expect(before.count).toBe(100)
    expect(before.underReplicated + before.offline).toBe(0)
    const led = [...before.leader.keys()].filter((i) => before.leader[i] === 5)
    expect(led.length).toBeGreaterThan(0)
    sim.dispatch({ type: 'killBroker', brokerId: 5 })
    sim.advance(12_000) // past the 9 s session timeout: fenced, leaders moved, ISRs shrunk
    const after = heatmapCells(sim.state, 'clicks')
    for (const i of led) {
      expect(after.leader[i]).not.toBe(5)
      expect(after.state[i]).toBe('underReplicated')
    }
    const held = sim.state.topics.clicks!.partitions.filter((p) =>
      p.replicas.some((r) => r.brokerId === 5),
    ).length
    expect(after.underReplicated).toBe(held)
    expect(after.offline).toBe(0)
  })

  it('shows lag where a group’s committed offset trails the high watermark, as the worst over groups', () => {
    const sim = buildSimulation(stressScenario)
    sim.advance(20_000)
    const cells = heatmapCells(sim.state, 'clicks')
    const p = sim.state.topics.clicks!.partitions[7]!
    const lags = Object.values(sim.state.groups).map((g) =>
      g.committed[7] === undefined ? 0 : p.highWatermark - g.committed[7],
    )
    expect(cells.lag[7]).toBe(Math.max(0, ...lags))
    expect(Math.max(...cells.lag)).toBeGreaterThan(0)
    expect(cells.scale).toBe(Math.max(MIN_LAG_SCALE, ...cells.lag))
  })

  // How fast it reads them is measured in `npm run bench` (scripts/bench.mjs), not here.
  it('reads every one of a thousand partitions', () => {
    const sim = buildSimulation(largeScenario)
    sim.advance(5000)
    const cells = heatmapCells(sim.state, 'telemetry')
    expect(cells.count).toBe(1000)
    expect(cells.lag.length).toBe(1000)
  })
})

describe('the grid', () => {
  it('fits 1000 cells into the box it has', () => {
    const l = heatmapLayout(1000, 740, 220)
    expect(l.height).toBeLessThanOrEqual(220)
    expect(l.width).toBeLessThanOrEqual(740)
    expect(l.cols * l.rows).toBeGreaterThanOrEqual(1000)
    expect(l.cell).toBeGreaterThanOrEqual(10)
  })
  it('gives 100 cells room to be large, within bounds', () => {
    const l = heatmapLayout(100, 740, 400)
    expect(l.cell).toBe(44)
    expect(heatmapLayout(100, 740, 100).cell).toBeLessThan(44)
  })
  it('finds the partition under a point, and none past the last', () => {
    const l = heatmapLayout(10, 40, 1000, 10, 10) // 4 columns of 10 px: rows 0-3, 4-7, 8-9
    expect(cellAt(l, 5, 5)).toBe(0)
    expect(cellAt(l, 35, 15)).toBe(7)
    expect(cellAt(l, 25, 25)).toBeNull()
    expect(cellRect(l, 9)).toEqual({ x: 10, y: 20, size: 10 - l.gap })
  })
  it('moves a keyboard focus by arrows, pages and ends, staying on the grid', () => {
    const l = heatmapLayout(10, 40, 1000, 10, 10)
    expect(moveFocus(l, 0, 'ArrowRight')).toBe(1)
    expect(moveFocus(l, 0, 'ArrowLeft')).toBe(0)
    expect(moveFocus(l, 1, 'ArrowDown')).toBe(5)
    expect(moveFocus(l, 7, 'ArrowDown')).toBe(7)
    expect(moveFocus(l, 5, 'ArrowUp')).toBe(1)
    expect(moveFocus(l, 3, 'End')).toBe(9)
    expect(moveFocus(l, 3, 'Home')).toBe(0)
    expect(moveFocus(l, 3, 'a')).toBeNull()
  })
})

describe('the palette', () => {
  it('sets every cell 3:1 apart from the panel by its edge or its fill, and every label 4.5:1 on its fill', () => {
    for (const paint of [...LAG_PAINT, ...Object.values(STATE_PAINT)]) {
      expect(Math.max(contrast(paint.edge, PANEL), contrast(paint.fill, PANEL))).toBeGreaterThanOrEqual(3)
      expect(contrast(paint.ink, paint.fill)).toBeGreaterThanOrEqual(4.5)
    }
  })
  it('draws the under-replicated stripes and the offline cross 3:1 against their fills', () => {
    expect(contrast(STRIPE, STATE_PAINT.underReplicated.fill)).toBeGreaterThanOrEqual(3)
    expect(contrast(STATE_PAINT.offline.ink, STATE_PAINT.offline.fill)).toBeGreaterThanOrEqual(3)
  })
  it('paints each state its own way', () => {
    expect(paintOf('offline', 0)).toBe(STATE_PAINT.offline)
    expect(paintOf('underReplicated', 3)).toBe(STATE_PAINT.underReplicated)
    expect(paintOf('inSync', 9)).toBe(LAG_PAINT[LAG_PAINT.length - 1])
  })
})
