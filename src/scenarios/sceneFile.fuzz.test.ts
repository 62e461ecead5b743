import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceTo } from '../engine'
import { buildSimulation } from './scenario'
import {
  parseScene,
  restoreScene,
  sceneFromValue,
  sceneOf,
  type SceneFile,
  type SceneResult,
} from './sceneFile'
import {
  assertSceneAnswer,
  courseScene,
  editText,
  mutate,
  mutationArb,
  smallScenario,
  smallScene,
  textEditArb,
} from './sceneFuzz'

/**
 * The scene file decoder against hostile input, 10 000 cases per property: any text, any JSON, valid scenes with
 * random damage (fields deleted, replaced, nudged out of range, added; text cut short or a character changed), and
 * random valid scenes exported from a run. Whatever comes in, the decoder never throws; it answers either a scene that
 * restores (every engine invariant holding) or a refusal a person can read. A valid scene reads back exactly.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)

function parseChecked(text: string): SceneResult {
  let r: SceneResult
  try {
    r = parseScene(text)
  } catch (e) {
    throw new Error(`parseScene threw on ${JSON.stringify(text.slice(0, 200))}: ${String(e)}`, { cause: e })
  }
  assertSceneAnswer(r)
  return r
}

/** "where: what", the place being a path into the scene: `commands[3].atMs`, `scenario.config["a b"]`. */
const SCENE_PATH =
  /^(\(the scene\)|(format|version|title|createdWith|speed|timeMs|scenario|commands)(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*): \S/

/** Text that looks like JSON often enough to get past the parser. */
const jsonish = fc
  .array(
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      ' ',
      '\\',
      '"format"',
      '"kafka-lab-scene"',
      '"version"',
      '1',
      '2',
      '-0.5e3',
      'null',
      'true',
      '"scenario"',
      '"commands"',
      '"timeMs"',
      '"atMs"',
      '"type"',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

describe('the scene file decoder, fuzzed', () => {
  it('answers any text with a scene or a readable refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          jsonish,
          fc.string({ maxLength: 30 }).map((s) => `{"format":"kafka-lab-scene"${s}`),
        ),
        (text) => {
          parseChecked(text)
        },
      ),
      { seed: 5101, numRuns: RUNS },
    )
  }, 120_000)

  it('answers any JSON value, and any value at all, the same way', () => {
    const sceneLike = fc.record(
      {
        format: fc.oneof(fc.constant('kafka-lab-scene'), fc.jsonValue({ maxDepth: 0 })),
        version: fc.oneof(fc.constantFrom(1, 2, 3, 0, -1, 1.5, '2', null), fc.jsonValue({ maxDepth: 1 })),
        scenario: fc.oneof(fc.constant(smallScenario), fc.jsonValue({ maxDepth: 3 })),
        commands: fc.oneof(fc.constant(smallScene.commands), fc.jsonValue({ maxDepth: 3 })),
        timeMs: fc.oneof(fc.constant(6_000), fc.jsonValue({ maxDepth: 0 })),
        title: fc.jsonValue({ maxDepth: 1 }),
        speed: fc.jsonValue({ maxDepth: 0 }),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 5 }), sceneLike), (value) => {
        parseChecked(JSON.stringify(value) ?? 'null')
      }),
      { seed: 5102, numRuns: RUNS },
    )
    // Values JSON cannot carry (undefined, NaN, sparse arrays, boxed values, Maps) reach sceneFromValue from callers.
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withSparseArray: true,
          withNullPrototype: true,
          withTypedArray: true,
        }),
        (value) => {
          assertSceneAnswer(sceneFromValue(value))
        },
      ),
      { seed: 5103, numRuns: RUNS },
    )
  }, 120_000)

  it('answers valid scenes with random damage with a scene that restores or a refusal that says where', () => {
    const base = fc.constantFrom<SceneFile>(smallScene, smallScene, smallScene, smallScene, courseScene)
    fc.assert(
      fc.property(
        base,
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        textEditArb,
        (scene, mutations, edit) => {
          const text = editText(JSON.stringify(mutate(scene, mutations)), edit)
          const r = parseChecked(text)
          // Damage that left valid JSON is refused with the place it is at (a path such as `commands[3].atMs`).
          if (!r.ok && !/^(The scene is not valid JSON|The scene nests)/.test(r.error))
            expect(r.error).toMatch(SCENE_PATH)
        },
      ),
      { seed: 5104, numRuns: RUNS },
    )
  }, 120_000)

  it('reads back every valid scene exactly, and restores the very state it was exported from', () => {
    const command = fc.oneof(
      fc.record({
        type: fc.constant('produce'),
        topic: fc.constant('orders'),
        key: fc.option(fc.string({ maxLength: 4 }), { nil: null }),
        value: fc.string({ maxLength: 12 }),
      }),
      fc.record({
        type: fc.constantFrom('killBroker', 'restartBroker'),
        brokerId: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        type: fc.constant('createTopic'),
        name: fc.stringMatching(/^[a-z]{1,6}$/),
        partitions: fc.integer({ min: 1, max: 3 }),
        replicationFactor: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        type: fc.constant('addProducer'),
        topic: fc.constant('orders'),
        ratePerSec: fc.constantFrom(0, 1, 3),
        acks: fc.constantFrom('0', '1', 'all'),
      }),
      fc.record({
        type: fc.constant('setProducerRate'),
        producerId: fc.constant('P'),
        ratePerSec: fc.constantFrom(0, 2),
      }),
      fc.record({
        type: fc.constant('stallBroker'),
        brokerId: fc.integer({ min: 1, max: 3 }),
        stalled: fc.boolean(),
      }),
    )
    const steps = fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000 }), command), { maxLength: 6 })
    const meta = fc.record({
      title: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      speed: fc.option(fc.constantFrom(0.25, 0.5, 2, 8, 64), { nil: undefined }),
    })
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 2_000 }), meta, (list, tail, { title, speed }) => {
        const sim = buildSimulation(smallScenario)
        const log: SceneFile['commands'] = []
        for (const [wait, c] of list) {
          advanceTo(sim.state, sim.state.timeMs + wait, sim.takeEvents())
          if (sim.dispatch(c).ok)
            log.push({ atMs: sim.state.timeMs, command: c as SceneFile['commands'][number]['command'] })
        }
        const end = sim.state.timeMs + tail
        advanceTo(sim.state, end, sim.takeEvents())
        const scene = sceneOf(smallScenario, log, end, {
          ...(title === undefined ? {} : { title }),
          ...(speed === undefined ? {} : { speed }),
        })
        const text = JSON.stringify(scene)
        const read = parseScene(text)
        expect(read).toEqual({ ok: true, scene })
        if (!read.ok) return
        const restored = restoreScene(read.scene)
        if (!restored.ok) throw new Error(`an exported scene does not restore: ${restored.error}`)
        if (JSON.stringify(restored.sim.state) !== JSON.stringify(sim.state))
          throw new Error('the restored state is not the exported one')
      }),
      { seed: 5105, numRuns: RUNS },
    )
  }, 120_000)
})
