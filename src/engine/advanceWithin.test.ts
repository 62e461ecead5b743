import { describe, expect, it } from 'vitest'
import { defaultScenario } from '../scenarios/builtins'
import { buildSimulation } from '../scenarios/scenario'
import { advanceTo, advanceWithin } from './simulation'

describe('advanceWithin', () => {
  it('stops after the given number of tasks, before the target time', () => {
    const sim = buildSimulation(defaultScenario)
    const ran = advanceWithin(sim.state, 60_000, 100)
    expect(ran).toBe(100)
    expect(sim.state.timeMs).toBeLessThan(60_000)
  })

  it('carried on in small budgets, ends exactly where one advanceTo does', () => {
    const whole = buildSimulation(defaultScenario)
    advanceTo(whole.state, 60_000)
    const cut = buildSimulation(defaultScenario)
    let calls = 0
    while (cut.state.timeMs < 60_000) {
      advanceWithin(cut.state, 60_000, 37)
      calls++
    }
    expect(calls).toBeGreaterThan(10)
    expect(JSON.stringify(cut.state)).toBe(JSON.stringify(whole.state))
  })

  it('runs nothing with no budget, and reaches the target when the budget suffices', () => {
    const sim = buildSimulation(defaultScenario)
    const at = sim.state.timeMs
    expect(advanceWithin(sim.state, 10_000, 0)).toBe(0)
    expect(sim.state.timeMs).toBe(at)
    advanceWithin(sim.state, 10_000, Infinity)
    expect(sim.state.timeMs).toBe(10_000)
  })
})
