import { describe, expect, it } from 'vitest'
import { defaultScenario } from '../scenarios/builtins'
import { UI_UPDATE_MS } from './eventFeed'
import { MAX_FRAME_MS, MAX_SPEED, MIN_SPEED, validSpeed } from './playback'
import { createLabStore } from './simStore'

describe('playback', () => {
  it('runs wall time × speed a frame at a time, at most MAX_FRAME_MS of wall time a frame', () => {
    const store = createLabStore(defaultScenario, { running: true })
    const t0 = store.getState().sim.state.timeMs
    store.getState().tick(40)
    expect(store.getState().sim.state.timeMs).toBe(t0 + 40)
    store.getState().setSpeed(8)
    // A background tab comes back after a minute: one frame, not a minute.
    store.getState().tick(60_000)
    expect(store.getState().sim.state.timeMs).toBe(t0 + 40 + MAX_FRAME_MS * 8)
  })

  it('does nothing paused, or for a frame of no time', () => {
    const store = createLabStore(defaultScenario, { running: false })
    const before = store.getState()
    store.getState().tick(50)
    store.getState().play()
    store.getState().tick(0)
    store.getState().tick(Number.NaN)
    store.getState().tick(-5)
    expect(store.getState().sim.state.timeMs).toBe(before.sim.state.timeMs)
    expect(store.getState().revision).toBe(before.revision)
  })

  it('tells the canvas every frame and React about every UI_UPDATE_MS', () => {
    const store = createLabStore(defaultScenario, { running: true })
    // Past the start, where groups join and balance (notable events are told at once).
    for (let i = 0; i < 200; i++) store.getState().tick(50)
    let frames = 0
    const unsubscribe = store.getState().subscribeFrame(() => frames++)
    const revision = store.getState().revision
    const frameMs = UI_UPDATE_MS / 5
    for (let i = 0; i < 50; i++) store.getState().tick(frameMs)
    expect(frames).toBe(50)
    expect(store.getState().revision - revision).toBe(10)
    unsubscribe()
    store.getState().tick(frameMs)
    expect(frames).toBe(50)
  })

  it('takes speeds from MIN_SPEED to MAX_SPEED and refuses the rest without a change', () => {
    const store = createLabStore(defaultScenario, { running: false })
    expect(store.getState().setSpeed(MIN_SPEED)).toEqual({ ok: true })
    expect(store.getState().setSpeed(MAX_SPEED)).toEqual({ ok: true })
    for (const bad of [0, MAX_SPEED * 2, Number.NaN, Number.POSITIVE_INFINITY, '4' as unknown as number]) {
      expect(store.getState().setSpeed(bad).ok).toBe(false)
      expect(validSpeed(bad)).toBe(false)
    }
    expect(store.getState().speed).toBe(MAX_SPEED)
  })

  it('toggles, and a step or a skip pauses', () => {
    const store = createLabStore(defaultScenario, { running: false })
    store.getState().togglePlay()
    expect(store.getState().running).toBe(true)
    store.getState().step()
    expect(store.getState().running).toBe(false)
    store.getState().play()
    store.getState().skip()
    expect(store.getState().running).toBe(false)
  })
})
