import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultScenario } from '../scenarios/builtins'
import { unpackScene } from '../scenarios/sceneCodec'
import { sceneOf } from '../scenarios/sceneFile'
import { createLabStore } from '../store/simStore'
import { createApi } from './kafkaLabApi'

const location = { origin: 'http://lab.test', pathname: '/' }

describe('exportScenario, importScenario and shareUrl', () => {
  it('random runs round-trip: export, import, identical snapshot', () => {
    const commandArb = fc.oneof(
      fc.constant({ type: 'killBroker', brokerId: 1 }),
      fc.constant({ type: 'restartBroker', brokerId: 1 }),
      fc.constant({ type: 'addBroker' }),
      fc.record({
        type: fc.constant('produce'),
        topic: fc.constant('purchases'),
        key: fc.option(fc.string({ maxLength: 8 })),
        value: fc.string({ maxLength: 20 }),
      }),
      fc.record({
        type: fc.constant('createTopic'),
        name: fc.stringMatching(/^[a-z]{1,8}$/),
        partitions: fc.integer({ min: 1, max: 4 }),
        replicationFactor: fc.integer({ min: 1, max: 3 }),
      }),
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), commandArb), { maxLength: 6 }),
        fc.integer({ min: 0, max: 30_000 }),
        (steps, tail) => {
          const store = createLabStore(defaultScenario, { running: false })
          const api = createApi(store, location)
          for (const [wait, command] of steps) {
            api.dispatch({ type: 'advance', ms: wait })
            api.dispatch(command)
          }
          api.dispatch({ type: 'advance', ms: tail })
          const text = api.exportScenario()
          const snap = api.snapshot()
          const other = createLabStore(defaultScenario, { running: true })
          const api2 = createApi(other, location)
          expect(api2.importScenario(text)).toEqual({ ok: true })
          expect(api2.snapshot()).toEqual({ ...snap, running: false })
          expect(api2.exportScenario()).toBe(text)
        },
      ),
      { numRuns: 12 },
    )
  }, 60_000)

  it('a refused import changes nothing', () => {
    const store = createLabStore(defaultScenario, { running: false })
    const api = createApi(store, location)
    api.dispatch({ type: 'advance', ms: 5000 })
    const before = api.exportScenario()
    const bad = {
      ...sceneOf(defaultScenario, [{ atMs: 1, command: { type: 'killBroker', brokerId: 99 } }], 10),
      version: 2,
    }
    const r = api.importScenario(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/^commands\[0\] \(killBroker\) was refused: /)
    expect(api.exportScenario()).toBe(before)
    expect(api.importScenario('{').ok).toBe(false)
    expect(api.exportScenario()).toBe(before)
  })
  it('keeps a lesson-sized scene well inside 2048 characters', () => {
    const store = createLabStore(defaultScenario, { running: false })
    const api = createApi(store, { origin: 'https://kafka-lab.example.org', pathname: '/course/lab/' })
    for (const c of [
      { type: 'advance', ms: 12_000 },
      { type: 'killBroker', brokerId: 2 },
      { type: 'advance', ms: 15_000 },
      { type: 'produce', topic: 'purchases', key: 'alice', value: '{"item":"book"}' },
      { type: 'restartBroker', brokerId: 2 },
      { type: 'advance', ms: 5_000 },
      { type: 'createTopic', name: 'payments', partitions: 6, replicationFactor: 3 },
      { type: 'addProducer', topic: 'payments', id: 'P3', keys: 'customers', ratePerSec: 3 },
      { type: 'advance', ms: 30_000 },
    ]) {
      expect(api.dispatch(c)).toEqual({ ok: true })
    }
    const url = api.shareUrl()
    expect(url.startsWith('https://kafka-lab.example.org/course/lab/?z=')).toBe(true)
    expect(url.length).toBeLessThan(2048)
    console.info(`a lesson-sized permalink: ${url.length} characters`)
    const q = new URL(url).searchParams
    const back = unpackScene(q.get('z')!)
    expect(back.ok && back.text).toBe(api.exportScenario())
  })

  it('refuses, quickly and with a reason, a scene that asks for more work than a tab can do (and changes nothing)', () => {
    const store = createLabStore(defaultScenario, { running: false })
    const api = createApi(store, location)
    const before = api.exportScenario()
    const flood = Array.from({ length: 40 }, (_, i) => ({
      atMs: 0,
      command: { type: 'addProducer' as const, topic: 'purchases', id: `F${i}`, ratePerSec: 1000 },
    }))
    const aYear = 365 * 86_400_000
    // In the run's commands: replaying them stops at the work limit.
    const t0 = performance.now()
    const inRun = api.importScenario(JSON.stringify(sceneOf(defaultScenario, flood, aYear)))
    expect(inRun.ok).toBe(false)
    if (!inRun.ok) expect(inRun.error).toMatch(/too much to replay: past 2,000,000 simulated steps/)
    // In the scenario itself, with a last command a year on: building it stops at the same limit.
    const built = {
      ...defaultScenario,
      commands: [...defaultScenario.commands, ...flood, { atMs: aYear, command: { type: 'addBroker' } }],
    }
    const inScene = api.importScenario(JSON.stringify(sceneOf(built as typeof defaultScenario, [], aYear)))
    expect(inScene.ok).toBe(false)
    if (!inScene.ok) expect(inScene.error).toMatch(/too much to build: past 2,000,000 simulated steps/)
    expect(performance.now() - t0).toBeLessThan(60_000) // a limit, not a benchmark: without it this never ends
    expect(api.exportScenario()).toBe(before)
  }, 90_000)
})
