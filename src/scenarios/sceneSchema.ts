import * as v from 'valibot'
import {
  CLUSTER_TIMING_LIMITS,
  KAFKA_CLUSTER_DEFAULTS,
  MAX_BROKERS,
  type ClusterConfig,
  type Command,
} from '../engine'

/** Limits of a scene file. */
export const MAX_SCENE_CHARS = 5_000_000
export const MAX_SCENE_DEPTH = 12
export const MAX_COMMANDS = 100_000
export const MAX_TIME_MS = 365 * 86_400_000
export const MAX_TITLE_CHARS = 200

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

const time = v.pipe(
  v.number('expected a number of milliseconds'),
  v.finite('expected a finite number'),
  v.minValue(0, 'expected 0 or more'),
  v.maxValue(MAX_TIME_MS, 'expected at most one year in milliseconds'),
)

/** Any engine command: its fields are the engine's to check when the scene is replayed. */
const command = v.custom<Command>(
  (x) => isPlainObject(x) && typeof x.type === 'string' && x.type.length > 0 && x.type.length <= 60,
  'expected a command: an object with a "type" text of at most 60 characters',
)

const timedCommands = v.pipe(
  v.array(v.object({ atMs: time, command }, 'expected { atMs, command }'), 'expected a list'),
  v.maxLength(MAX_COMMANDS, `expected at most ${MAX_COMMANDS} entries`),
)

/** A cluster timing within the engine's limits (a check every 0 ms would stop the clock). */
const timing = ({ min, max }: { min: number; max: number }) =>
  v.pipe(
    v.number('expected a number of milliseconds'),
    v.finite('expected a finite number'),
    v.minValue(min, `expected ${min} or more`),
    v.maxValue(max, `expected at most ${max}`),
  )

const configEntries = Object.fromEntries(
  Object.keys(KAFKA_CLUSTER_DEFAULTS).map((key) => {
    const limits = (CLUSTER_TIMING_LIMITS as Record<string, { min: number; max: number }>)[key]
    return [key, v.optional(limits ? timing(limits) : v.boolean('expected true or false'))]
  }),
) as unknown as {
  [K in keyof ClusterConfig]: v.OptionalSchema<v.GenericSchema<unknown, ClusterConfig[K]>, undefined>
}

const scenario = v.object(
  {
    id: v.pipe(v.string('expected text'), v.maxLength(100, 'expected at most 100 characters')),
    seed: v.pipe(
      v.number('expected a whole number'),
      v.integer('expected a whole number'),
      v.minValue(-(2 ** 31), 'expected a 32-bit number'),
      v.maxValue(2 ** 32 - 1, 'expected a 32-bit number'),
    ),
    brokers: v.pipe(
      v.number(`expected a whole number from 1 to ${MAX_BROKERS}`),
      v.integer(`expected a whole number from 1 to ${MAX_BROKERS}`),
      v.minValue(1, `expected a whole number from 1 to ${MAX_BROKERS}`),
      v.maxValue(MAX_BROKERS, `expected a whole number from 1 to ${MAX_BROKERS}`),
    ),
    config: v.strictObject(configEntries, 'expected an object of cluster settings'),
    commands: timedCommands,
  },
  'expected an object',
)

const common = {
  format: v.literal('kafka-lab-scene', 'expected "kafka-lab-scene"'),
  scenario,
  commands: timedCommands,
  timeMs: time,
}

/** Version 1: the scenario, the commands since, the current time. */
export const sceneV1Schema = v.object({ ...common, version: v.literal(1) }, 'expected an object')

/** Version 2 adds what the file is (a title, the app that wrote it) and the playback speed. */
export const sceneV2Schema = v.object(
  {
    ...common,
    version: v.literal(2),
    title: v.optional(
      v.pipe(
        v.string('expected text'),
        v.maxLength(MAX_TITLE_CHARS, `expected at most ${MAX_TITLE_CHARS} characters`),
      ),
    ),
    createdWith: v.optional(
      v.pipe(v.string('expected text'), v.maxLength(100, 'expected at most 100 characters')),
    ),
    speed: v.optional(
      v.pipe(
        v.number('expected a number'),
        v.minValue(0.25, 'expected 0.25 to 64'),
        v.maxValue(64, 'expected 0.25 to 64'),
      ),
    ),
  },
  'expected an object',
)

export type SceneV1 = v.InferOutput<typeof sceneV1Schema>
export type SceneV2 = v.InferOutput<typeof sceneV2Schema>

/** Where an issue is, as a JavaScript path: `commands[3].atMs`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
    else out += `[${JSON.stringify(String(key).slice(0, 40))}]`
  }
  return out || '(the scene)'
}

/** "path: what is wrong", for the first issue (the path names the unknown key of a strict object). */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue)
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${path}: unknown setting`
  // JSON carries no undefined: the key is not there (valibot would say "got undefined").
  if (issue.received === 'undefined') return `${path}: missing`
  const received = issue.received && issue.received.length <= 60 ? ` (got ${issue.received})` : ''
  return `${path}: ${issue.message}${received}`
}

export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  raw: unknown,
): { ok: true; value: T } | { ok: false; error: string } {
  const result = v.safeParse(schema, raw, { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  const first = result.issues[0]
  return { ok: false, error: first ? describeIssue(first) : 'The scene is not valid.' }
}
