import { createSimulation, type ClusterConfig, type Command, type Simulation } from '../engine'

/** A scene as data: a seed, cluster settings and the commands that build it, each at a simulated time. */
export interface Scenario {
  id: string
  seed: number
  brokers: number
  config: Partial<ClusterConfig>
  commands: { atMs: number; command: Command }[]
}

/** Builds the scene by replaying its commands at their times. Throws only on a broken built-in scenario. */
export function buildSimulation(scenario: Scenario): Simulation {
  const sim = createSimulation({ seed: scenario.seed, brokers: scenario.brokers, config: scenario.config })
  const sorted = [...scenario.commands].sort((a, b) => a.atMs - b.atMs)
  for (const { atMs, command } of sorted) {
    if (atMs > sim.state.timeMs) sim.advance(atMs - sim.state.timeMs)
    const r = sim.dispatch(command)
    if (!r.ok) throw new Error(`Scenario ${scenario.id}: ${command.type} refused: ${r.error}`)
  }
  sim.takeEvents()
  return sim
}
