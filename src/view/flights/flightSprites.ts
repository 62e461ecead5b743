import { isNetworkTask, type NetworkTask, type SimState } from '../../engine'
import type { AnchorBox } from './anchors'
import { flightLook, LABEL_LIMIT, recordsCarried, type FlightLook, type FormatLabel } from './flightLook'
import { routeOf, sameRoute, type Route } from './flightRoutes'
import { arcPoints } from './geometry'

/** The simulated clock as the flights follow it: paused or running, and how many simulated ms per wall ms. */
export interface FlightClock {
  running: boolean
  speed: number
}

interface Sprite {
  task: NetworkTask
  route: Route
  el: HTMLElement
  anim: Animation
  records: number
}

/** A running flight further than this (in wall ms) from the simulated instant is put back in step. */
const DRIFT_WALL_MS = 40

/**
 * Every message on the wire as an element of `layer`, flown by the compositor: a Web Animation along its arc whose
 * current time is the simulated time since the message was sent, played at the simulation's speed. The main thread
 * touches the page only when a message leaves or lands, the clock is paused, sped up or seeked, or the stage moves;
 * between those, frames cost it nothing.
 */
export class FlightSprites {
  private sprites = new Map<number, Sprite>()
  /** Flights that have landed, kept at their destination until the view shows what they brought (see sync). */
  private landed: Sprite[] = []
  private revision = -1
  private seen: { state: SimState | null; seq: number; length: number } = { state: null, seq: -1, length: -1 }
  private clock: FlightClock = { running: true, speed: 1 }
  private records = 0

  constructor(
    private readonly layer: HTMLElement,
    private readonly formatLabel?: FormatLabel,
    /** The page's clock, on the document timeline's origin (performance.now). */
    private readonly wallNow: () => number = () => performance.now(),
  ) {}

  /** Records carried by the messages shown. */
  get recordsInFlight(): number {
    return this.records
  }

  /**
   * Brings the layer to `state` at its instant. `anchorsMoved`: the stage moved, every route is checked.
   * `revision`: the one the rest of the view shows; it is published a few times a second, so a flight that has
   * landed stays where it landed until a newer revision (the log with its record) is shown, rather than leaving a
   * gap between the two. Returns the records carried by the messages on the wire.
   */
  sync(
    state: SimState,
    anchors: Map<string, AnchorBox>,
    clock: FlightClock,
    anchorsMoved = false,
    revision = -1,
  ): number {
    if (revision !== this.revision || anchorsMoved) this.release()
    this.revision = revision
    const clockChanged = clock.running !== this.clock.running || clock.speed !== this.clock.speed
    this.clock = { running: clock.running, speed: clock.speed }
    const seen = this.seen
    const queueChanged = seen.state !== state || seen.seq !== state.seq || seen.length !== state.queue.length
    if (queueChanged || anchorsMoved) {
      this.seen = { state, seq: state.seq, length: state.queue.length }
      this.update(state, anchors, anchorsMoved)
    }
    if (clockChanged) for (const s of this.sprites.values()) this.time(s, state.timeMs)
    else if (clock.running) this.keepInStep(state.timeMs)
    return this.records
  }

  /** Removes every flight (reduced motion, unmount). */
  clear(): void {
    for (const s of this.sprites.values()) this.drop(s)
    this.release()
    this.sprites.clear()
    this.seen = { state: null, seq: -1, length: -1 }
    this.records = 0
  }

  private update(state: SimState, anchors: Map<string, AnchorBox>, checkRoutes: boolean): void {
    const now = state.timeMs
    let messages = 0
    for (const t of state.queue) if (isNetworkTask(t)) messages++
    const labels = messages <= LABEL_LIMIT
    const live = new Set<number>()
    let records = 0
    for (const task of state.queue) {
      if (!isNetworkTask(task)) continue
      let sprite = this.sprites.get(task.seq)
      if (sprite && !sameMessage(sprite.task, task)) {
        this.drop(sprite)
        sprite = undefined
      }
      if (sprite && checkRoutes) {
        const route = routeOf(task, anchors)
        if (!route || !sameRoute(route, sprite.route)) {
          this.drop(sprite)
          sprite = undefined
        }
      }
      if (!sprite) {
        const route = routeOf(task, anchors)
        const look = route && flightLook(task, labels, this.formatLabel)
        if (!route || !look) continue
        sprite = this.create(task, route, look, now)
        this.sprites.set(task.seq, sprite)
      }
      live.add(task.seq)
      records += sprite.records
    }
    for (const [seq, s] of this.sprites)
      if (!live.has(seq)) {
        // Landed (its instant has come): it waits for the view to show its records. Otherwise (the past changed,
        // the scene was replaced) it goes at once.
        if (now >= s.task.at && this.revision >= 0) this.landed.push(s)
        else this.drop(s)
        this.sprites.delete(seq)
      }
    this.records = records
  }

  private create(task: NetworkTask, route: Route, look: FlightLook, now: number): Sprite {
    const el = document.createElement('div')
    if (look.kind === 'pill') {
      el.className = 'flight flight-pill'
      el.textContent = look.text
      el.style.color = look.ink
    } else {
      el.className = 'flight flight-dot'
      el.style.width = el.style.height = `${look.radius * 2}px`
    }
    el.style.background = look.fill
    const keyframes = arcPoints(route.from, route.to).map((p) => ({
      transform: `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`,
    }))
    const anim = el.animate(keyframes, {
      duration: Math.max(1, task.at - task.sentAt),
      fill: 'both',
      easing: 'linear',
    })
    const sprite: Sprite = { task, route, el, anim, records: recordsCarried(task) }
    this.time(sprite, now)
    this.layer.append(el)
    return sprite
  }

  /** Puts a flight at the simulated instant `now`, paused or playing at the clock's speed. */
  private time(s: Sprite, now: number): void {
    const { anim, task } = s
    if (anim.playbackRate !== this.clock.speed) anim.playbackRate = this.clock.speed
    const elapsed = Math.max(0, now - task.sentAt)
    anim.currentTime = elapsed
    // play() on an animation at its end would start it over: one that has arrived stays there until it is removed.
    if (this.clock.running) {
      if (anim.playState === 'paused' && elapsed < task.at - task.sentAt) anim.play()
    } else if (anim.playState !== 'paused') anim.pause()
  }

  /** A frame the clock could not keep up with (a slow machine: it simulates at most 100 ms a frame) puts flights back in step. */
  private keepInStep(now: number): void {
    const first = this.sprites.values().next()
    if (first.done) return
    const s = first.value
    const at = this.animationTime(s.anim)
    const want = now - s.task.sentAt
    const end = s.task.at - s.task.sentAt
    if (Math.abs(Math.min(at, end) - Math.min(want, end)) <= DRIFT_WALL_MS * this.clock.speed) return
    for (const x of this.sprites.values()) this.time(x, now)
  }

  /**
   * Where a running flight really is: its currentTime is the document timeline's time at the last frame the main
   * thread drew, which lags behind while the compositor flies the flights alone (nothing else to draw). Read from
   * its start time instead, or every check would find it late and put it back, costing a frame each time.
   */
  private animationTime(anim: Animation): number {
    const start = anim.startTime
    if (anim.playState === 'running' && typeof start === 'number')
      return (this.wallNow() - start) * anim.playbackRate
    return Number(anim.currentTime ?? 0)
  }

  /** Flights that landed before the revision now shown: what they brought is on screen. */
  private release(): void {
    for (const s of this.landed) this.drop(s)
    this.landed = []
  }

  private drop(s: Sprite): void {
    s.anim.cancel()
    s.el.remove()
  }
}

/** The same message: the same sequence number is a different message in another future (after a change of the past). */
function sameMessage(a: NetworkTask, b: NetworkTask): boolean {
  return a.kind === b.kind && a.sentAt === b.sentAt && a.at === b.at
}
