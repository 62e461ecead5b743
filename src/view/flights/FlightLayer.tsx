import { useLayoutEffect, useRef } from 'react'
import { translate } from '../../i18n/translate'
import { useLang } from '../../i18n/useT'
import { useLabStore } from '../../store/react'
import { useUi } from '../../store/useUi'
import { readAnchors, sameAnchors, toLocal, type AnchorBox } from './anchors'
import { drawOwnership, linesKey, ownershipLines } from './drawOwnership'
import { FlightSprites } from './flightSprites'
import './flights.css'

/** How often anchor positions are re-read while the scene runs (layout rarely changes between). */
const ANCHOR_REFRESH_MS = 120

/**
 * Every message on the wire, from the engine's own queue, at the simulated instant: pause and the records hang in
 * the air; seek and they are where they were. Each flight is an element the compositor moves along its arc (see
 * FlightSprites), so a running scene costs the main thread nothing between engine events; the group ownership lines
 * are SVG paths, redrawn only when they change. With reduced motion, nothing flies: the logs and the
 * narration tell the same story.
 */
export function FlightLayer() {
  const store = useLabStore()
  const reducedMotion = useUi((s) => s.reducedMotion)
  const lang = useLang()
  const layerRef = useRef<HTMLDivElement>(null)
  const linesRef = useRef<SVGSVGElement>(null)
  // Subscribed before the first paint, so that paint already has the flights (the clock has run the scene's first
  // moments by then: see main.tsx).
  useLayoutEffect(() => {
    const layer = layerRef.current
    const svg = linesRef.current
    const stage = layer?.parentElement
    if (!layer || !svg || !stage) return
    const sprites = new FlightSprites(layer, (f) => translate(lang, `inspector.format.${f}`))
    let anchors = new Map<string, AnchorBox>()
    let anchorsAt = -Infinity
    let moved = true
    let linesDrawn: string | null = null
    let linesRevision = -1
    let frame = 0

    const refreshAnchors = () => {
      const wall = performance.now()
      if (wall - anchorsAt < ANCHOR_REFRESH_MS) return
      anchorsAt = wall
      // In the layer's own coordinates: the layout may place it anywhere, or scale the stage it is in.
      const origin = layer.getBoundingClientRect()
      const scale = layer.offsetWidth > 0 ? origin.width / layer.offsetWidth : 1
      const next = toLocal(readAnchors(stage), origin, scale)
      if (sameAnchors(anchors, next)) return
      anchors = next
      moved = true
    }
    // The lines change only when a group's members, a leader or the stage do.
    const drawLines = () => {
      const lines = ownershipLines(store.getState().sim.state, anchors)
      const key = linesKey(lines)
      if (key === linesDrawn) return
      linesDrawn = key
      drawOwnership(svg, lines)
    }
    const update = () => {
      frame = 0
      refreshAnchors()
      const s = store.getState()
      if (moved || s.revision !== linesRevision) {
        linesRevision = s.revision
        drawLines()
      }
      let records = 0
      if (reducedMotion) sprites.clear()
      else
        records = sprites.sync(
          s.sim.state,
          anchors,
          { running: s.running, speed: s.speed },
          moved,
          s.revision,
        )
      moved = false
      // Records on the wire, for tests and the start-up benchmark.
      const label = String(records)
      if (layer.dataset.recordsInFlight !== label) layer.dataset.recordsInFlight = label
    }
    const request = () => {
      if (frame === 0) frame = requestAnimationFrame(update)
    }
    const unsubscribe = store.subscribe(request)
    // Follow the clock's tick there and then, so that new messages leave in the frame after the tick that sent them.
    const updateNow = () => {
      if (frame) cancelAnimationFrame(frame)
      update()
    }
    const unsubscribeFrame = store.getState().subscribeFrame(updateNow)
    const onMove = () => {
      anchorsAt = -Infinity
      request()
    }
    window.addEventListener('resize', onMove)
    // Capture: the stage's own scrolling regions as well as the page's.
    document.addEventListener('scroll', onMove, { capture: true, passive: true })
    update()
    return () => {
      unsubscribe()
      unsubscribeFrame()
      window.removeEventListener('resize', onMove)
      document.removeEventListener('scroll', onMove, { capture: true })
      if (frame) cancelAnimationFrame(frame)
      sprites.clear()
    }
  }, [store, reducedMotion, lang])
  return (
    <div ref={layerRef} className="flight-layer" aria-hidden="true">
      <svg ref={linesRef} className="flight-lines" />
    </div>
  )
}
