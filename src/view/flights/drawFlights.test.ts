import { describe, expect, it } from 'vitest'
import { isNetworkTask } from '../../engine'
import { advanceTo } from '../../engine/testCluster'
import { defaultScenario } from '../../scenarios/builtins'
import { buildSimulation } from '../../scenarios/scenario'
import type { AnchorBox } from './anchors'
import { drawFlights } from './drawFlights'

/** A 2D context that records nothing: the test counts what drawFlights says it drew. */
const silentContext = new Proxy({} as CanvasRenderingContext2D, {
  get: (_target, name) => (name === 'measureText' ? () => ({ width: 40 }) : () => undefined),
  set: () => true,
})

const box = (x: number, y: number): AnchorBox => ({ left: x, top: y, right: x + 40, bottom: y + 20, cx: x + 20, cy: y + 10 })

function anchorsFor(producers: string[], brokers: number[]): Map<string, AnchorBox> {
  const anchors = new Map<string, AnchorBox>()
  producers.forEach((id, i) => anchors.set(`producer:${id}`, box(0, i * 100)))
  brokers.forEach((id, i) => anchors.set(`broker:${id}`, box(500, i * 200)))
  return anchors
}

describe('drawFlights', () => {
  it('counts the records carried by the produce requests it draws', () => {
    const sim = buildSimulation(defaultScenario)
    advanceTo(sim, 120)
    const requests = sim.state.queue.filter(isNetworkTask).filter((t) => t.kind === 'produceRequest')
    expect(requests.length).toBeGreaterThan(0)
    const carried = requests.reduce((n, t) => n + (t.kind === 'produceRequest' ? t.recordCount : 0), 0)
    const drawn = drawFlights(silentContext, sim.state, anchorsFor(['P1', 'P2'], [1, 2, 3]))
    expect(drawn.records).toBe(carried)
    expect(drawn.messages).toBeGreaterThanOrEqual(requests.length)
  })

  it('draws nothing, and counts nothing, where it has no anchors', () => {
    const sim = buildSimulation(defaultScenario)
    advanceTo(sim, 120)
    expect(drawFlights(silentContext, sim.state, new Map())).toEqual({ messages: 0, records: 0 })
  })
})
