import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultScenario } from './builtins'
import { jsonTextProblem } from './jsonLimits'
import { migrateV1, SCENE_VERSION } from './sceneMigrations'
import { MAX_SCENE_CHARS, parseScene, restoreScene, sceneOf } from './sceneFile'

const v1 = (extra: Record<string, unknown> = {}) => ({
  format: 'kafka-lab-scene',
  version: 1,
  scenario: defaultScenario,
  commands: [{ atMs: 1000, command: { type: 'killBroker', brokerId: 2 } }],
  timeMs: 5000,
  ...extra,
})

const refusal = (value: unknown) => {
  const r = parseScene(typeof value === 'string' ? value : JSON.stringify(value))
  expect(r.ok).toBe(false)
  return r.ok ? '' : r.error
}

describe('scene files', () => {
  it('writes version 2 with what wrote it, and reads it back', () => {
    const scene = sceneOf(defaultScenario, [], 1234, { title: 'Mine', speed: 4 })
    expect(scene.version).toBe(SCENE_VERSION)
    expect(scene.createdWith).toMatch(/^kafka-lab \d+\.\d+\.\d+/)
    const back = parseScene(JSON.stringify(scene))
    expect(back).toEqual({ ok: true, scene })
  })

  it('reads version 1 through the migration, keeping everything', () => {
    const r = parseScene(JSON.stringify(v1()))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.scene.version).toBe(2)
    expect(r.scene.scenario).toEqual(defaultScenario)
    expect(r.scene.commands).toEqual(v1().commands)
    expect(r.scene.timeMs).toBe(5000)
    expect(r.scene.title).toBeUndefined()
    expect(migrateV1(v1() as never)).toEqual({
      format: 'kafka-lab-scene',
      version: 2,
      scenario: defaultScenario,
      commands: v1().commands,
      timeMs: 5000,
    })
    // The migrated scene opens to the same state as the old reader would have built.
    const restored = restoreScene(r.scene)
    expect(restored.ok).toBe(true)
  })

  it('says what is wrong and where', () => {
    expect(refusal(v1({ version: 3 }))).toMatch(/^version: .*1 to 2, not 3/)
    expect(refusal(v1({ format: 'other' }))).toMatch(/^format:/)
    expect(refusal(v1({ timeMs: -5 }))).toMatch(/^timeMs: expected 0 or more/)
    expect(refusal(v1({ commands: [{ atMs: 'x', command: { type: 'addBroker' } }] }))).toMatch(
      /^commands\[0\]\.atMs: /,
    )
    expect(
      refusal(
        v1({
          commands: [
            { atMs: 1, command: { type: 'addBroker' } },
            { atMs: 1, command: 5 },
          ],
        }),
      ),
    ).toMatch(/^commands\[1\]\.command: expected a command/)
    expect(
      refusal(
        v1({
          commands: [
            { atMs: 9, command: { type: 'addBroker' } },
            { atMs: 1, command: { type: 'addBroker' } },
          ],
        }),
      ),
    ).toMatch(/^commands\[1\]\.atMs: earlier/)
    expect(refusal(v1({ timeMs: 500 }))).toMatch(/^commands\[0\]\.atMs: later than timeMs/)
    expect(refusal(v1({ scenario: { ...defaultScenario, brokers: 400 } }))).toMatch(
      /^scenario\.brokers: expected a whole number from 1 to \d+ \(got 400\)/,
    )
    expect(refusal(v1({ scenario: { ...defaultScenario, config: { nope: 1 } } }))).toBe(
      'scenario.config.nope: unknown setting',
    )
    expect(refusal(v1({ scenario: { ...defaultScenario, config: { networkDelayMs: 'fast' } } }))).toMatch(
      /^scenario\.config\.networkDelayMs: /,
    )
    expect(refusal({ ...sceneOf(defaultScenario, [], 0), title: 'x'.repeat(500) })).toMatch(
      /^title: expected at most 200/,
    )
    expect(refusal('[1, 2]')).toMatch(/expected a JSON object/)
    expect(refusal('{"format":')).toMatch(/not valid JSON/)
  })

  it('refuses huge and deeply nested text fast, before parsing it', () => {
    const big = 'x'.repeat(MAX_SCENE_CHARS + 1)
    let t0 = performance.now()
    expect(refusal(big)).toMatch(/characters long; the limit is 5000000/)
    expect(performance.now() - t0).toBeLessThan(1000)
    const deep = '['.repeat(MAX_SCENE_CHARS / 2) + ']'.repeat(MAX_SCENE_CHARS / 2)
    t0 = performance.now()
    expect(refusal(deep)).toMatch(/deeper than 12 levels/)
    expect(performance.now() - t0).toBeLessThan(1000)
    // Brackets inside strings do not count; escaped quotes do not end a string.
    expect(jsonTextProblem(JSON.stringify({ a: '[[[[[[[[[[[[[[[[["\\' }), 100, 2)).toBeUndefined()
    // A legal 5 MB scene is read (not just refused) within a second.
    const filler = Array.from({ length: 30_000 }, (_, i) => ({
      atMs: i,
      command: { type: 'produce', topic: 'purchases', value: 'v'.repeat(80) },
    }))
    const text = JSON.stringify({ ...v1(), commands: filler, timeMs: 30_000 })
    expect(text.length).toBeLessThan(MAX_SCENE_CHARS)
    expect(text.length).toBeGreaterThan(4_000_000)
    t0 = performance.now()
    expect(parseScene(text).ok).toBe(true)
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('refuses random text and random JSON without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseScene(text)
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = parseScene(JSON.stringify(value))
        expect(r.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
    // Random values in the right places: refused or accepted, never a throw, and a refusal names a path.
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constantFrom(1, 2),
          timeMs: fc.jsonValue(),
          commands: fc.jsonValue(),
          scenario: fc.jsonValue(),
        }),
        (parts) => {
          const r = parseScene(JSON.stringify({ format: 'kafka-lab-scene', ...parts }))
          if (!r.ok) expect(r.error).toMatch(/^[\w[\].()" ]+: /)
        },
      ),
      { numRuns: 300 },
    )
    expect(parseScene(undefined as unknown as string).ok).toBe(false)
  })
})
