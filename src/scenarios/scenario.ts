import { advanceWithin, createSimulation, type ClusterConfig, type Command, type Simulation } from '../engine'

/** A scene as data: a seed, cluster settings and the commands that build it, each at a simulated time. */
export interface Scenario {
  id: string
  seed: number
  brokers: number
  config: Partial<ClusterConfig>
  commands: { atMs: number; command: Command }[]
}

/**
 * Builds the scene by replaying its commands at their times. Throws on a broken built-in scenario, and when the
 * replay would run more than `maxTasks` engine tasks (an imported scene that asks for too much).
 */
export function buildSimulation(scenario: Scenario, maxTasks = Infinity): Simulation {
  const sim = createSimulation({ seed: scenario.seed, brokers: scenario.brokers, config: scenario.config })
  const sorted = [...scenario.commands].sort((a, b) => a.atMs - b.atMs)
  let budget = maxTasks
  for (const { atMs, command } of sorted) {
    if (atMs > sim.state.timeMs) {
      budget -= advanceWithin(sim.state, atMs, budget)
      if (sim.state.timeMs < atMs)
        throw new Error(
          `too much to build: past ${maxTasks.toLocaleString('en')} simulated steps by ${Math.round(sim.state.timeMs / 1000)} s.`,
        )
    }
    const r = sim.dispatch(command)
    if (!r.ok) throw new Error(`Scenario ${scenario.id}: ${command.type} refused: ${r.error}`)
  }
  sim.takeEvents()
  return sim
}
