import { advanceTo, type Command, type Simulation } from '../engine'
import { version as appVersion } from '../../package.json'
import { jsonTextProblem } from './jsonLimits'
import { migrateV1, SCENE_VERSION } from './sceneMigrations'
import {
  MAX_SCENE_CHARS,
  MAX_SCENE_DEPTH,
  MAX_TITLE_CHARS,
  sceneV1Schema,
  sceneV2Schema,
  validate,
  type SceneV2,
} from './sceneSchema'
import { buildSimulation, type Scenario } from './scenario'

export { MAX_SCENE_CHARS } from './sceneSchema'

/**
 * A saved scene (version 2): the scenario it started from, every command since with its time, the current time,
 * and optionally a title, the app that wrote it and the playback speed. Version 1 files are read and migrated.
 */
export interface SceneFile {
  format: 'kafka-lab-scene'
  version: 2
  title?: string
  createdWith?: string
  scenario: Scenario
  commands: { atMs: number; command: Command }[]
  timeMs: number
  speed?: number
}

export type SceneResult = { ok: true; scene: SceneFile } | { ok: false; error: string }

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Times in order, none after the scene's own time: the paths say which entry is wrong. */
function orderProblem(scene: SceneV2): string | undefined {
  for (const [name, list] of [
    ['scenario.commands', scene.scenario.commands],
    ['commands', scene.commands],
  ] as const) {
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.atMs < list[i - 1]!.atMs)
        return `${name}[${i}].atMs: earlier than the entry before it (times must be in order)`
    }
  }
  const last = scene.commands[scene.commands.length - 1]
  if (last && last.atMs > scene.timeMs)
    return `commands[${scene.commands.length - 1}].atMs: later than timeMs (${scene.timeMs})`
  return undefined
}

/** Checks an already parsed value, migrating older versions to the current one. */
export function sceneFromValue(raw: unknown): SceneResult {
  if (!isObj(raw)) return { ok: false, error: '(the scene): expected a JSON object' }
  if (raw.format !== 'kafka-lab-scene') return { ok: false, error: 'format: expected "kafka-lab-scene"' }
  let scene: SceneV2
  if (raw.version === 1) {
    const v1 = validate(sceneV1Schema, raw)
    if (!v1.ok) return v1
    scene = migrateV1(v1.value)
  } else if (raw.version === 2) {
    const v2 = validate(sceneV2Schema, raw)
    if (!v2.ok) return v2
    scene = v2.value
  } else {
    const shown = JSON.stringify(raw.version)?.slice(0, 40) ?? 'nothing'
    return { ok: false, error: `version: this app reads scene versions 1 to ${SCENE_VERSION}, not ${shown}` }
  }
  const problem = orderProblem(scene)
  if (problem) return { ok: false, error: problem }
  return { ok: true, scene: scene as SceneFile }
}

/** Reads and checks a scene file's text; a refusal says what is wrong and where (a path such as `commands[3].atMs`). */
export function parseScene(text: unknown): SceneResult {
  if (typeof text !== 'string') return { ok: false, error: 'A scene must be JSON text.' }
  const limit = jsonTextProblem(text, MAX_SCENE_CHARS, MAX_SCENE_DEPTH)
  if (limit) return { ok: false, error: limit }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `The scene is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  return sceneFromValue(raw)
}

/** Rebuilds the exact state: the scenario, then each command at its time, then the clock. */
export function restoreScene(scene: SceneFile): { ok: true; sim: Simulation } | { ok: false; error: string } {
  let sim: Simulation
  try {
    sim = buildSimulation(scene.scenario)
  } catch (e) {
    return { ok: false, error: `scenario: ${e instanceof Error ? e.message : String(e)}` }
  }
  for (let i = 0; i < scene.commands.length; i++) {
    const { atMs, command } = scene.commands[i]!
    if (atMs > scene.timeMs) return { ok: false, error: `commands[${i}].atMs: later than timeMs.` }
    if (atMs > sim.state.timeMs) advanceTo(sim.state, atMs, sim.takeEvents())
    const r = sim.dispatch(command)
    if (!r.ok)
      return {
        ok: false,
        error: `commands[${i}] (${String(command.type).slice(0, 40)}) was refused: ${r.error}`,
      }
  }
  if (scene.timeMs > sim.state.timeMs) advanceTo(sim.state, scene.timeMs, sim.takeEvents())
  sim.takeEvents()
  return { ok: true, sim }
}

export interface SceneMeta {
  title?: string
  speed?: number
}

export function sceneOf(
  scenario: Scenario,
  commands: SceneFile['commands'],
  timeMs: number,
  meta: SceneMeta = {},
): SceneFile {
  const title = meta.title?.slice(0, MAX_TITLE_CHARS)
  return {
    format: 'kafka-lab-scene',
    version: SCENE_VERSION,
    ...(title ? { title } : {}),
    createdWith: `kafka-lab ${appVersion}`,
    scenario,
    commands,
    timeMs,
    ...(meta.speed !== undefined && meta.speed !== 1 ? { speed: meta.speed } : {}),
  }
}
