import { KAFKA_CLUSTER_DEFAULTS, MAX_BROKERS, type ClusterConfig, type Command } from '../engine'
import { buildSimulation, type Scenario } from './scenario'
import type { Simulation } from '../engine'

/** A saved scene: the scenario it started from, every command since with its time, and the current time. */
export interface SceneFile {
  format: 'kafka-lab-scene'
  version: 1
  scenario: Scenario
  commands: { atMs: number; command: Command }[]
  timeMs: number
}

export const MAX_SCENE_CHARS = 5_000_000
const MAX_COMMANDS = 100_000
const MAX_DEPTH = 12
const MAX_TIME_MS = 365 * 86400000

export type SceneResult = { ok: true; scene: SceneFile } | { ok: false; error: string }

function depth(v: unknown, limit: number): number {
  if (typeof v !== 'object' || v === null) return 0
  if (limit <= 0) return Infinity
  let d = 0
  for (const x of Object.values(v)) d = Math.max(d, depth(x, limit - 1))
  return d + 1
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function checkConfig(v: unknown): string | undefined {
  if (!isObj(v)) return 'scenario.config must be an object.'
  for (const [k, x] of Object.entries(v)) {
    if (!Object.prototype.hasOwnProperty.call(KAFKA_CLUSTER_DEFAULTS, k)) return `scenario.config has an unknown setting '${k.slice(0, 40)}'.`
    const expected = typeof KAFKA_CLUSTER_DEFAULTS[k as keyof ClusterConfig]
    if (typeof x !== expected || (typeof x === 'number' && (!Number.isFinite(x) || x < 0 || x > MAX_TIME_MS))) {
      return `scenario.config.${k} must be a ${expected === 'number' ? 'number from 0 to one year in ms' : expected}.`
    }
  }
  return undefined
}

/** Reads and checks a scene file's text; a refusal says what is wrong and where. */
export function parseScene(text: string): SceneResult {
  if (typeof text !== 'string') return { ok: false, error: 'A scene must be JSON text.' }
  if (text.length > MAX_SCENE_CHARS) return { ok: false, error: `The scene is ${text.length} characters; the limit is ${MAX_SCENE_CHARS}.` }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `The scene is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (!isObj(raw)) return { ok: false, error: 'The scene must be a JSON object.' }
  if (depth(raw, MAX_DEPTH + 1) > MAX_DEPTH) return { ok: false, error: `The scene is nested deeper than ${MAX_DEPTH} levels.` }
  if (raw.format !== 'kafka-lab-scene') return { ok: false, error: "format must be 'kafka-lab-scene'." }
  if (raw.version !== 1) return { ok: false, error: `Unsupported scene version ${JSON.stringify(raw.version)}; this app reads version 1.` }
  const sc = raw.scenario
  if (!isObj(sc)) return { ok: false, error: 'scenario must be an object.' }
  if (typeof sc.id !== 'string' || sc.id.length > 100) return { ok: false, error: 'scenario.id must be text of at most 100 characters.' }
  if (typeof sc.seed !== 'number' || !Number.isInteger(sc.seed)) return { ok: false, error: 'scenario.seed must be a whole number.' }
  if (typeof sc.brokers !== 'number' || !Number.isInteger(sc.brokers) || sc.brokers < 1 || sc.brokers > MAX_BROKERS) {
    return { ok: false, error: `scenario.brokers must be a whole number from 1 to ${MAX_BROKERS}.` }
  }
  const configError = checkConfig(sc.config)
  if (configError) return { ok: false, error: configError }
  for (const [name, list] of [['scenario.commands', sc.commands], ['commands', raw.commands]] as const) {
    if (!Array.isArray(list)) return { ok: false, error: `${name} must be a list.` }
    if (list.length > MAX_COMMANDS) return { ok: false, error: `${name} has more than ${MAX_COMMANDS} entries.` }
    let last = 0
    for (let i = 0; i < list.length; i++) {
      const entry: unknown = list[i]
      if (!isObj(entry) || typeof entry.atMs !== 'number' || !Number.isFinite(entry.atMs) || entry.atMs < last || !isObj(entry.command)) {
        return { ok: false, error: `${name}[${i}] must be { atMs, command } with times in order.` }
      }
      last = entry.atMs
    }
  }
  if (typeof raw.timeMs !== 'number' || !Number.isFinite(raw.timeMs) || raw.timeMs < 0 || raw.timeMs > MAX_TIME_MS) {
    return { ok: false, error: 'timeMs must be a number of simulated milliseconds, at most one year.' }
  }
  return { ok: true, scene: raw as unknown as SceneFile }
}

/** Rebuilds the exact state: the scenario, then each command at its time, then the clock. */
export function restoreScene(scene: SceneFile): { ok: true; sim: Simulation } | { ok: false; error: string } {
  let sim: Simulation
  try {
    sim = buildSimulation(scene.scenario)
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
  for (let i = 0; i < scene.commands.length; i++) {
    const { atMs, command } = scene.commands[i]!
    if (atMs > scene.timeMs) return { ok: false, error: `commands[${i}] is later than timeMs.` }
    if (atMs > sim.state.timeMs) sim.advance(atMs - sim.state.timeMs)
    const r = sim.dispatch(command)
    if (!r.ok) return { ok: false, error: `commands[${i}] (${String(command.type).slice(0, 40)}) was refused: ${r.error}` }
  }
  if (scene.timeMs > sim.state.timeMs) sim.advance(scene.timeMs - sim.state.timeMs)
  sim.takeEvents()
  return { ok: true, sim }
}

export function sceneOf(scenario: Scenario, commands: SceneFile['commands'], timeMs: number): SceneFile {
  return { format: 'kafka-lab-scene', version: 1, scenario, commands, timeMs }
}
