// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isNetworkTask } from '../../engine'
import { advanceTo } from '../../engine/testCluster'
import { defaultScenario } from '../../scenarios/builtins'
import { buildSimulation } from '../../scenarios/scenario'
import type { AnchorBox } from './anchors'
import { recordsCarried } from './flightLook'
import { FlightSprites } from './flightSprites'

/** A Web Animation as far as the flights use it (jsdom has none): its clock, its rate, paused or not. */
class FakeAnimation {
  currentTime: number | null = 0
  startTime: number | null = null
  playbackRate = 1
  playState: AnimationPlayState = 'running'
  cancelled = false
  constructor(
    readonly keyframes: Keyframe[],
    readonly duration: number,
  ) {}
  play() {
    this.playState = 'running'
  }
  pause() {
    this.playState = 'paused'
  }
  cancel() {
    this.cancelled = true
  }
}

const animations: FakeAnimation[] = []
beforeEach(() => {
  animations.length = 0
  Element.prototype.animate = function (keyframes, options) {
    const a = new FakeAnimation(
      keyframes as Keyframe[],
      Number((options as KeyframeAnimationOptions).duration),
    )
    animations.push(a)
    return a as unknown as Animation
  }
})
afterEach(() => {
  delete (Element.prototype as Partial<Element>).animate
})

const box = (x: number, y: number): AnchorBox => ({
  left: x,
  top: y,
  right: x + 40,
  bottom: y + 20,
  cx: x + 20,
  cy: y + 10,
})

function anchorsFor(producers: string[], brokers: number[]): Map<string, AnchorBox> {
  const anchors = new Map<string, AnchorBox>()
  producers.forEach((id, i) => anchors.set(`producer:${id}`, box(0, i * 100)))
  brokers.forEach((id, i) => anchors.set(`broker:${id}`, box(500, i * 200)))
  return anchors
}

const running = { running: true, speed: 1 }

function scene(atMs: number) {
  const sim = buildSimulation(defaultScenario)
  advanceTo(sim, atMs)
  return sim
}

describe('FlightSprites', () => {
  it('shows each produce request in flight, where the simulated clock has it, and counts its records', () => {
    const sim = scene(120)
    const requests = sim.state.queue.filter(isNetworkTask).filter((t) => t.kind === 'produceRequest')
    expect(requests.length).toBeGreaterThan(0)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    const records = sprites.sync(sim.state, anchorsFor(['P1', 'P2'], [1, 2, 3]), running)
    expect(records).toBe(requests.reduce((n, t) => n + recordsCarried(t), 0))
    expect(layer.querySelectorAll('.flight').length).toBeGreaterThanOrEqual(requests.length)
    const first = requests[0]!
    const shown = animations.find((a) => a.duration === first.at - first.sentAt)!
    expect(shown.currentTime).toBe(sim.state.timeMs - first.sentAt)
    expect(layer.textContent).toContain('→ p')
  })

  it('shows nothing, and counts nothing, where it has no anchors', () => {
    const layer = document.createElement('div')
    expect(new FlightSprites(layer).sync(scene(120).state, new Map(), running)).toBe(0)
    expect(layer.childElementCount).toBe(0)
  })

  it('removes a message once it has landed, and leaves the others alone', () => {
    const sim = scene(120)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    const anchors = anchorsFor(['P1', 'P2'], [1, 2, 3])
    sprites.sync(sim.state, anchors, running)
    const before = [...layer.children]
    const created = animations.length
    advanceTo(sim, 2000)
    sprites.sync(sim.state, anchors, running)
    const landed = before.filter((el) => el.parentNode !== layer)
    expect(landed.length).toBeGreaterThan(0)
    expect(animations.slice(0, created).filter((a) => a.cancelled).length).toBe(landed.length)
    // Nothing new happened: nothing is touched.
    const count = animations.length
    sprites.sync(sim.state, anchors, running)
    expect(animations.length).toBe(count)
  })

  it('keeps a landed message at its destination until the view shows a newer revision, and no longer', () => {
    const sim = scene(120)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    const anchors = anchorsFor(['P1', 'P2'], [1, 2, 3])
    sprites.sync(sim.state, anchors, running, false, 7)
    const before = [...layer.children]
    const onWire = sprites.recordsInFlight
    advanceTo(sim, 2000)
    // Same revision: the log does not show the records yet, so the flights that brought them stay (not counted).
    const records = sprites.sync(sim.state, anchors, running, false, 7)
    expect(records).toBeLessThan(onWire)
    expect(before.every((el) => el.parentNode === layer)).toBe(true)
    // The next revision is on screen: they go.
    sprites.sync(sim.state, anchors, running, false, 8)
    expect(before.filter((el) => el.parentNode !== layer).length).toBeGreaterThan(0)
    expect(layer.querySelectorAll('.flight').length).toBe(animations.filter((a) => !a.cancelled).length)
  })

  it('drops, without waiting, a message that left the wire before its instant (the past changed)', () => {
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    const anchors = anchorsFor(['P1', 'P2'], [1, 2, 3])
    sprites.sync(scene(120).state, anchors, running, false, 1)
    expect(layer.childElementCount).toBeGreaterThan(0)
    // Another run at an earlier instant: its queue holds other messages, nothing of the first one has landed.
    sprites.sync(scene(0).state, anchors, running, false, 1)
    expect(animations.filter((a) => a.cancelled).length).toBeGreaterThan(0)
    expect(layer.querySelectorAll('.flight').length).toBe(animations.filter((a) => !a.cancelled).length)
  })

  it('follows the clock: paused flights hang at the instant, the speed sets their rate', () => {
    const sim = scene(120)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    const anchors = anchorsFor(['P1', 'P2'], [1, 2, 3])
    sprites.sync(sim.state, anchors, running)
    sprites.sync(sim.state, anchors, { running: false, speed: 1 })
    expect(animations.every((a) => a.playState === 'paused')).toBe(true)
    sprites.sync(sim.state, anchors, { running: true, speed: 4 })
    expect(animations.every((a) => a.playbackRate === 4)).toBe(true)
    expect(animations.filter((a) => a.playState === 'running').length).toBeGreaterThan(0)
  })

  it('leaves running flights alone while their start time says they are in step, though currentTime is a stale frame behind', () => {
    let wall = 10_000
    const sim = scene(120)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer, undefined, () => wall)
    const anchors = anchorsFor(['P1', 'P2'], [1, 2, 3])
    sprites.sync(sim.state, anchors, running)
    // Started where the clock had them: the start time on the wall clock follows.
    for (const a of animations) a.startTime = wall - Number(a.currentTime)
    const before = animations.map((a) => a.currentTime)
    // 100 ms later on both clocks, and no frame drawn on the main thread: currentTime still reads the last frame's.
    wall += 100
    advanceTo(sim, 220)
    sprites.sync(sim.state, anchors, running)
    expect(animations.slice(0, before.length).map((a) => a.currentTime)).toEqual(before)
    // Flights that really fell behind (they started 100 ms late) are put back where the clock has them.
    for (const a of animations) if (a.startTime !== null) a.startTime += 100
    wall += 10
    advanceTo(sim, 230)
    sprites.sync(sim.state, anchors, running)
    const old = animations.slice(0, before.length).filter((a) => !a.cancelled)
    expect(old.length).toBeGreaterThan(0)
    for (const a of old)
      expect(Number(a.currentTime)).toBeGreaterThan(Number(before[animations.indexOf(a)]) + 100)
  })

  it('flies again from the new ends when the stage moved', () => {
    const sim = scene(120)
    const layer = document.createElement('div')
    const sprites = new FlightSprites(layer)
    sprites.sync(sim.state, anchorsFor(['P1', 'P2'], [1, 2, 3]), running)
    const first = animations.length
    const moved = anchorsFor(['P1', 'P2'], [1, 2, 3])
    moved.set('producer:P1', box(0, 300))
    sprites.sync(sim.state, moved, running, true)
    expect(animations.length).toBeGreaterThan(first)
    expect(layer.querySelectorAll('.flight').length).toBe(animations.filter((a) => !a.cancelled).length)
  })
})
