import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceTo, clusterView, type SimState } from '../engine'
import { defaultScenario } from '../scenarios/builtins'
import { buildSimulation } from '../scenarios/scenario'
import { createLabStore, type LabStore, type LoggedCommand } from './simStore'

/** A fresh replay from the scene's start: the reference the checkpointed seek must match exactly. */
function freshReplay(log: readonly LoggedCommand[], timeMs: number): SimState {
  const sim = buildSimulation(defaultScenario)
  for (const { atMs, command } of log) {
    if (atMs > timeMs) break
    advanceTo(sim.state, atMs, sim.takeEvents())
    expect(sim.dispatch(command).ok).toBe(true)
  }
  advanceTo(sim.state, timeMs, sim.takeEvents())
  return sim.state
}

/** Plays the store like a browser: frames of wall time at a speed, with commands in between. */
function play(store: LabStore, frames: number, wallMs = 100) {
  for (let i = 0; i < frames; i++) store.getState().tick(wallMs)
}

const COMMANDS = [
  { type: 'killBroker', brokerId: 1 },
  { type: 'restartBroker', brokerId: 1 },
  { type: 'killBroker', brokerId: 2 },
  { type: 'restartBroker', brokerId: 2 },
  { type: 'produce', topic: 'purchases', key: 'alice', value: '{"n":1}' },
  { type: 'produce', topic: 'purchases', key: null, value: 'x' },
  { type: 'addBroker' },
  { type: 'setProducerRate', producerId: 'P1', ratePerSec: 5 },
] as const

function recordedRun(seed: number, minutes: number): LabStore {
  const store = createLabStore(defaultScenario, { running: true })
  store.getState().setSpeed(16)
  let rng = seed
  const next = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const frames = Math.round((minutes * 60_000) / 1600)
  for (let i = 0; i < frames; i++) {
    store.getState().tick(100)
    if (next() < 0.02) store.getState().dispatch(COMMANDS[Math.floor(next() * COMMANDS.length)])
  }
  return store
}

describe('seek with checkpoints', () => {
  it('gives exactly the state a fresh replay has at that time, anywhere in the run', () => {
    const store = recordedRun(7, 12)
    const s = store.getState()
    expect(s.commandLog.length).toBeGreaterThan(3)
    expect(s.historyStats().checkpoints).toBeGreaterThan(5)
    const end = s.sim.state.timeMs
    const log = [...s.commandLog]
    const times = [
      0,
      1,
      59_999,
      60_000,
      61_234.5,
      end / 3,
      end / 2,
      log[1]!.atMs,
      log[2]!.atMs - 0.25,
      end - 1,
      end,
    ]
    for (const t of times) {
      store.getState().seek(t)
      const sought = store.getState().sim.state
      const fresh = freshReplay(log, t)
      expect(clusterView(sought)).toEqual(clusterView(fresh))
      expect(JSON.stringify(sought)).toBe(JSON.stringify(fresh))
    }
  }, 30_000)

  it('plays the recorded future on after a seek back, exactly as it went', () => {
    const store = recordedRun(11, 6)
    const end = store.getState().sim.state.timeMs
    const finalJson = JSON.stringify(store.getState().sim.state)
    const logLength = store.getState().commandLog.length
    store.getState().seek(end / 4)
    expect(store.getState().running).toBe(false)
    expect(store.getState().cursor).toBeLessThan(logLength)
    // Play (frame by frame, as the browser does) up to the old end: the commands come back at their times.
    store.getState().play()
    while (store.getState().sim.state.timeMs + 1600 < end) store.getState().tick(100)
    store.getState().seek(end)
    expect(store.getState().commandLog).toHaveLength(logLength)
    expect(store.getState().cursor).toBe(logLength)
    expect(JSON.stringify(store.getState().sim.state)).toBe(finalJson)
  })

  it('forks on a command in the past, and the old future can be brought back', () => {
    const store = recordedRun(3, 5)
    const s0 = store.getState()
    const end = s0.sim.state.timeMs
    const oldLog = [...s0.commandLog]
    const oldMilestones = s0.milestones.length
    const oldJson = JSON.stringify(s0.sim.state)
    const at = 30_000
    store.getState().seek(at)
    expect(store.getState().dispatch({ type: 'killBroker', brokerId: 3 }).ok).toBe(true)
    const s1 = store.getState()
    expect(s1.commandLog.every((c) => c.atMs <= at)).toBe(true)
    expect(s1.commandLog[s1.commandLog.length - 1]!.command).toEqual({ type: 'killBroker', brokerId: 3 })
    expect(s1.horizonMs).toBe(at)
    expect(s1.branch?.atMs).toBe(at)
    expect(s1.milestones.some((m) => m.kind === 'kill' && m.brokerId === 3 && m.t === at)).toBe(true)
    store.getState().play()
    play(store, 20)
    // Swap back: the old log, the old end; replaying to the old end gives the old state.
    expect(store.getState().restoreBranch().ok).toBe(true)
    expect(store.getState().commandLog).toEqual(oldLog)
    expect(store.getState().milestones).toHaveLength(oldMilestones)
    store.getState().seek(end)
    expect(JSON.stringify(store.getState().sim.state)).toBe(oldJson)
    // And forth again: the new future is the branch now.
    expect(store.getState().branch?.commands[0]?.command).toEqual({ type: 'killBroker', brokerId: 3 })
  })

  it('keeps dispatch({ type: "seek" }) and refuses a bad time without changing anything', () => {
    const store = recordedRun(5, 2)
    const before = store.getState().sim.state.timeMs
    expect(store.getState().dispatch({ type: 'seek', timeMs: -1 }).ok).toBe(false)
    expect(store.getState().dispatch({ type: 'seek', timeMs: 'soon' }).ok).toBe(false)
    expect(store.getState().sim.state.timeMs).toBe(before)
    expect(store.getState().dispatch({ type: 'seek', timeMs: 10_000 })).toEqual({ ok: true })
    expect(store.getState().sim.state.timeMs).toBe(10_000)
  })

  it('records kills, restarts, elections and rebalances as milestones, in time order', () => {
    const store = createLabStore(defaultScenario, { running: true })
    store.getState().setSpeed(16)
    play(store, 10)
    store.getState().dispatch({ type: 'killBroker', brokerId: 1 })
    play(store, 20)
    store.getState().dispatch({ type: 'restartBroker', brokerId: 1 })
    play(store, 20)
    const kinds = new Set(store.getState().milestones.map((m) => m.kind))
    expect(kinds).toContain('kill')
    expect(kinds).toContain('restart')
    expect(kinds).toContain('election')
    const ts = store.getState().milestones.map((m) => m.t)
    expect(ts).toEqual([...ts].sort((a, b) => a - b))
    // Seeking back and forth does not record them twice.
    const count = store.getState().milestones.length
    store.getState().seek(1000)
    store.getState().seek(store.getState().horizonMs)
    expect(store.getState().milestones).toHaveLength(count)
  })

  it('step and skip walk through the recorded future, applying its commands on the way', () => {
    const store = createLabStore(defaultScenario, { running: false })
    const s = () => store.getState()
    s().dispatch({ type: 'advance', ms: 5000 })
    s().dispatch({ type: 'killBroker', brokerId: 3 })
    s().dispatch({ type: 'advance', ms: 60_000 })
    const end = JSON.stringify(s().sim.state)
    s().seek(4000)
    for (let i = 0; i < 5000 && s().cursor < s().commandLog.length; i++) s().step()
    expect(s().cursor).toBe(1)
    expect(s().sim.state.brokers.find((b) => b.id === 3)?.alive).toBe(false)
    expect(s().sim.state.timeMs).toBe(5000)
    s().seek(4000)
    for (let i = 0; i < 20 && s().cursor < 1; i++) s().skip()
    expect(s().cursor).toBe(1)
    expect(s().sim.state.timeMs).toBeLessThanOrEqual(5000 + 10 * 60_000)
    expect(s().commandLog).toHaveLength(1)
    s().seek(65_000)
    expect(JSON.stringify(s().sim.state)).toBe(end)
  })

  it('marks lesson steps on the timeline', () => {
    const store = createLabStore(defaultScenario, { running: false })
    expect(store.getState().startLesson('topics').ok).toBe(true)
    const first = store.getState().milestones.find((m) => m.kind === 'lesson')
    expect(first).toMatchObject({ kind: 'lesson', lessonId: 'topics', step: 0 })
  })

  it('random runs: seek to random times equals a fresh replay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (seed, fractions) => {
          const store = recordedRun(seed, 3)
          const log = [...store.getState().commandLog]
          const end = store.getState().sim.state.timeMs
          for (const f of fractions) {
            const t = f * end
            store.getState().seek(t)
            expect(JSON.stringify(store.getState().sim.state)).toBe(JSON.stringify(freshReplay(log, t)))
          }
        },
      ),
      { numRuns: 6 },
    )
  }, 30_000)
})

describe('one simulated hour of the default scene', () => {
  // How fast a seek is, is a benchmark figure (scripts/bench-browser.mjs: seek), not a timed test.
  it('seeks anywhere in an hour, with checkpoints under 50 MB', () => {
    const store = createLabStore(defaultScenario, { running: true })
    store.getState().setSpeed(64)
    // 6.4 simulated seconds a frame: an hour is 563 frames, with a kill and a restart on the way.
    for (let i = 0; i < 563; i++) {
      store.getState().tick(100)
      if (i === 100) store.getState().dispatch({ type: 'killBroker', brokerId: 2 })
      if (i === 130) store.getState().dispatch({ type: 'restartBroker', brokerId: 2 })
    }
    const end = store.getState().sim.state.timeMs
    expect(end).toBeGreaterThanOrEqual(3_600_000)
    const stats = store.getState().historyStats()
    for (let k = 0; k < 40; k++) {
      const f = ((k * 37) % 40) / 40
      // Just before the next checkpoint: the longest replay.
      const target = Math.min(end, Math.round(f * end) + 29_000)
      store.getState().seek(target)
      expect(store.getState().sim.state.timeMs).toBe(target)
    }
    expect(stats.checkpoints).toBeGreaterThan(100)
    expect(stats.bytes).toBeLessThan(50 * 1024 * 1024)
  }, 30_000)
})
