import fc from 'fast-check'
import { KAFKA_CLUSTER_DEFAULTS } from '../engine'
import { checkState } from '../engine/clusterInvariants'
import { defaultScenario } from './builtins'
import { parseScene, restoreScene, sceneOf, type SceneFile, type SceneResult } from './sceneFile'
import type { Scenario } from './scenario'

/**
 * What the scene and permalink fuzz tests share (test support): valid scenes to start from, random mutations of their
 * JSON, and the contract every decoder answer must keep.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** A small scene that names every cluster setting, so that mutations reach each of them; cheap to restore. */
export const smallScenario: Scenario = {
  id: 'fuzz',
  seed: 7,
  brokers: 3,
  config: { ...KAFKA_CLUSTER_DEFAULTS, networkDelayMs: 20, retentionCheckIntervalMs: 10_000 },
  commands: [
    {
      atMs: 0,
      command: {
        type: 'createTopic',
        name: 'orders',
        partitions: 2,
        replicationFactor: 2,
        config: { minInsyncReplicas: 1, retentionMs: 60_000 },
      },
    },
    {
      atMs: 0,
      command: {
        type: 'addProducer',
        topic: 'orders',
        id: 'P',
        keys: 'customers',
        ratePerSec: 1,
        acks: 'all',
      },
    },
    { atMs: 500, command: { type: 'produce', topic: 'orders', key: 'k', value: '{"n":1}', format: 'json' } },
  ],
}

export const smallScene: SceneFile = sceneOf(
  smallScenario,
  [
    { atMs: 1_000, command: { type: 'produce', topic: 'orders', key: null, value: 'v' } },
    { atMs: 2_000, command: { type: 'killBroker', brokerId: 2 } },
    { atMs: 4_000, command: { type: 'createPartitions', topic: 'orders', partitions: 3 } },
    { atMs: 5_000, command: { type: 'restartBroker', brokerId: 2 } },
  ],
  6_000,
  { title: 'Fuzz', speed: 2 },
)

/** The course scene (three consumer groups, so __consumer_offsets too), a few seconds in. */
export const courseScene: SceneFile = sceneOf(
  defaultScenario,
  [{ atMs: 1_000, command: { type: 'killBroker', brokerId: 2 } }],
  3_000,
)

/** Every node of a JSON value below the root, as paths, parents before children. */
function allPaths(v: Json, prefix: Path, out: Path[]): Path[] {
  const children: [string | number, Json][] = Array.isArray(v)
    ? v.map((item, i) => [i, item])
    : v !== null && typeof v === 'object'
      ? Object.entries(v)
      : []
  for (const [key, item] of children) {
    out.push([...prefix, key])
    allPaths(item, [...prefix, key], out)
  }
  return out
}

/** Values near a valid one: off by one, zero, negative, huge, fractional, the wrong type, too long. */
function nearby(v: Json, n: number): Json {
  if (typeof v === 'number')
    return [0, -1, v + 1, v - 1, v * 1000, v + 0.5, -v, 1e308, 2 ** 53, String(v)][n % 10]!
  if (typeof v === 'string')
    return ['', `${v}!`, v.repeat(300).slice(0, 5_000), v.toUpperCase(), ' ', Number(v) || 5][n % 6]!
  if (typeof v === 'boolean') return [!v, String(v), 1][n % 3]!
  if (Array.isArray(v)) return [[], [...v, ...v], v.slice(1), [v]][n % 4]!
  if (v === null) return [0, '', {}][n % 3]!
  return [[], {}, null, { ...v, extra: 1 }][n % 4]!
}

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: Json }
  | { op: 'nudge'; at: number; n: number }
  | { op: 'addKey'; at: number; key: string; value: Json }

const KEYS = [
  'format',
  'version',
  'scenario',
  'commands',
  'timeMs',
  'title',
  'speed',
  'atMs',
  'command',
  'type',
  'config',
  'seed',
  'brokers',
  'id',
  '__proto__',
  'constructor',
  ...Object.keys(KAFKA_CLUSTER_DEFAULTS),
]

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('nudge' as const), at: fc.nat(), n: fc.nat() }) },
  fc.record({
    op: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })),
    value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
  }),
)

/** Applies mutations to a copy of the scene's JSON value; each picks its node by index among all nodes then. */
export function mutate(scene: SceneFile, mutations: readonly Mutation[]): Json {
  const root = JSON.parse(JSON.stringify(scene)) as Json
  for (const m of mutations) {
    const paths = allPaths(root, [], [])
    if (paths.length === 0) break
    const path = paths[m.at % paths.length]!
    const key = path[path.length - 1]!
    let parent = root as Record<string | number, Json>
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>
    const node = parent[key]!
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    } else if (m.op === 'replace') parent[key] = m.value
    else if (m.op === 'nudge') parent[key] = nearby(node, m.n)
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
  }
  return root
}

/** The text then: whole, cut short, or with one character replaced. */
export const textEditArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ cut: -1, at: 0, char: '' }) },
  { weight: 2, arbitrary: fc.record({ cut: fc.nat(), at: fc.constant(0), char: fc.constant('') }) },
  {
    weight: 2,
    arbitrary: fc.record({
      cut: fc.constant(-1),
      at: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 1 }),
    }),
  },
)

export function editText(text: string, edit: { cut: number; at: number; char: string }): string {
  if (edit.cut >= 0) return text.slice(0, edit.cut % (text.length + 1))
  if (edit.char) {
    const i = edit.at % text.length
    return text.slice(0, i) + edit.char + text.slice(i + 1)
  }
  return text
}

/** A refusal a person can read: a sentence of reasonable length, not a stack trace or an object dump. */
export function assertReadable(error: unknown): void {
  if (typeof error !== 'string' || error.trim().length < 8)
    throw new Error(`an empty or missing error: ${JSON.stringify(error)}`)
  if (error.length > 600) throw new Error(`an error of ${error.length} characters: ${error.slice(0, 200)}…`)
  if (/\[object |undefined|\n\s+at /.test(error)) throw new Error(`an error that is not for people: ${error}`)
}

/** Scenes are restored only up to this much simulated time (a year-long scene is legal, and slow). */
const RESTORE_LIMIT_MS = 60_000

/**
 * An accepted scene must build a simulation: restored (its first minute when it is longer), it is either running
 * with every engine invariant holding, or stopped by a command the engine refuses, with a readable reason.
 */
export function assertRestores(scene: SceneFile): void {
  const short = {
    ...scene,
    scenario: {
      ...scene.scenario,
      commands: scene.scenario.commands.filter((c) => c.atMs <= RESTORE_LIMIT_MS),
    },
    commands: scene.commands.filter((c) => c.atMs <= RESTORE_LIMIT_MS),
    timeMs: Math.min(scene.timeMs, RESTORE_LIMIT_MS),
  }
  let restored: ReturnType<typeof restoreScene>
  try {
    restored = restoreScene(short)
  } catch (e) {
    throw new Error(`restoring an accepted scene threw: ${String(e)}`, { cause: e })
  }
  if (restored.ok) checkState(restored.sim.state)
  else {
    assertReadable(restored.error)
    // The schema leaves a command's fields to the engine, so the engine may refuse one on replay; anything else
    // (a setting the engine cannot run with) the schema should have refused.
    if (
      !/^(scenario: Scenario .*: .* refused: |commands\[\d+\] \(.*\) was refused: )/s.test(restored.error)
    ) {
      throw new Error(
        `an accepted scene failed to restore for another reason than a refused command: ${restored.error}`,
      )
    }
  }
}

/** JSON with every object's keys sorted. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )

/**
 * The decoder's contract for one answer: a refusal a person can read, or a scene that is a fixed point (written again,
 * it reads back the same, keys in any order and -0 as 0) and restores.
 */
export function assertSceneAnswer(r: SceneResult): void {
  if (!r.ok) return assertReadable(r.error)
  const again = parseScene(JSON.stringify(r.scene))
  if (!again.ok || canonical(again.scene) !== canonical(r.scene))
    throw new Error(`an accepted scene reads back otherwise: ${JSON.stringify(again).slice(0, 300)}`)
  assertRestores(r.scene)
}
