import { describe, expect, it } from 'vitest'
import { defaultScenario } from '../../scenarios/builtins'
import { buildSimulation } from '../../scenarios/scenario'
import { STAGE_EM, stageEm } from './stageFit'

describe('stageEm', () => {
  it('counts the legend under the brokers where it shows: the first frame then has the font it keeps', () => {
    const sim = buildSimulation(defaultScenario)
    sim.advance(100)
    const bare = stageEm(sim.state)
    // The default scene's cluster: 3 brokers, 9 replica rows, one topic line and the column's head.
    expect(bare).toBe(
      Math.round(STAGE_EM.head + STAGE_EM.topic + 9 * STAGE_EM.row + 3 * STAGE_EM.broker + STAGE_EM.foot),
    )
    expect(Math.abs(stageEm(sim.state, { legend: true }) - bare - STAGE_EM.legend)).toBeLessThanOrEqual(1)
  })
})
