import { useLayoutEffect, useRef } from 'react'
import { useLabStore } from '../../store/react'
import { useUi } from '../../store/useUi'
import { readAnchors, type AnchorBox } from './anchors'
import { drawFlights } from './drawFlights'
import { drawOwnership } from './drawOwnership'

/** How often anchor positions are re-read while things move (layout rarely changes between). */
const ANCHOR_REFRESH_MS = 120

/**
 * One canvas over the stage draws every message on the wire from the engine's own queue, at the simulated
 * instant: pause and the records hang in the air; seek and they are where they were. With reduced motion,
 * nothing flies: the logs and the narration tell the same story.
 */
export function FlightLayer() {
  const store = useLabStore()
  const reducedMotion = useUi((s) => s.reducedMotion)
  const ref = useRef<HTMLCanvasElement>(null)
  // Subscribed before the first paint, so that paint already has the flights (the clock has run the scene's first
  // moments by then: see main.tsx).
  useLayoutEffect(() => {
    const canvas = ref.current
    const stage = canvas?.parentElement
    const ctx = canvas?.getContext('2d')
    if (!canvas || !stage || !ctx) return
    let anchors = new Map<string, AnchorBox>()
    let anchorsAt = -Infinity
    let frame = 0
    const draw = () => {
      frame = 0
      // The canvas covers the viewport only: a page-sized canvas would cost more to clear than to draw.
      const dpr = window.devicePixelRatio || 1
      const w = window.innerWidth
      const h = window.innerHeight
      if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
        canvas.width = Math.round(w * dpr)
        canvas.height = Math.round(h * dpr)
        canvas.style.width = `${w}px`
        canvas.style.height = `${h}px`
        anchorsAt = -Infinity
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
      ctx.clearRect(0, 0, w, h)
      const wall = performance.now()
      if (wall - anchorsAt > ANCHOR_REFRESH_MS) {
        anchors = readAnchors(stage)
        anchorsAt = wall
      }
      if (reducedMotion) {
        drawOwnership(ctx, store.getState().sim.state, anchors)
        canvas.dataset.recordsInFlight = '0'
        return
      }
      const state = store.getState().sim.state
      drawOwnership(ctx, state, anchors)
      const { records } = drawFlights(ctx, state, anchors)
      // Records on the wire, for tests and the start-up benchmark (the canvas itself cannot be queried).
      const label = String(records)
      if (canvas.dataset.recordsInFlight !== label) canvas.dataset.recordsInFlight = label
    }
    const request = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }
    const unsubscribe = store.subscribe(request)
    // The clock ticks inside a requestAnimationFrame callback: draw there and then, so the canvas shows the
    // instant the clock has just reached, not the one before.
    const drawNow = () => {
      if (frame) cancelAnimationFrame(frame)
      draw()
    }
    const unsubscribeFrame = store.getState().subscribeFrame(drawNow)
    const onResize = () => {
      anchorsAt = -Infinity
      request()
    }
    window.addEventListener('resize', onResize)
    window.addEventListener('scroll', onResize, { passive: true })
    request()
    return () => {
      unsubscribe()
      unsubscribeFrame()
      window.removeEventListener('resize', onResize)
      window.removeEventListener('scroll', onResize)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [store, reducedMotion])
  return <canvas ref={ref} className="flight-layer" aria-hidden="true" />
}
