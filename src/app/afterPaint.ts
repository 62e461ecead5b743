/** Longest wait for an idle moment: on a machine that is never idle, the deferred parts still come. */
const IDLE_TIMEOUT_MS = 1200
/** Longest wait for the first contentful paint to be reported. */
const FIRST_PAINT_TIMEOUT_MS = 3000

/** Calls `done` once the page's first contentful paint is on screen (at once if it is, or if the browser cannot tell). */
function afterFirstContentfulPaint(done: () => void): () => void {
  const supported =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')
  if (!supported || performance.getEntriesByName('first-contentful-paint').length > 0) {
    done()
    return () => {}
  }
  let finished = false
  const stop = () => {
    finished = true
    observer.disconnect()
    clearTimeout(timer)
  }
  const finish = () => {
    if (finished) return
    stop()
    done()
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) finish()
  })
  observer.observe({ type: 'paint', buffered: true })
  const timer = setTimeout(finish, FIRST_PAINT_TIMEOUT_MS)
  return stop
}

/**
 * Calls `done` once a frame has been painted: at once after it (`frame`), or, once the first frame with content
 * is on screen, when the main thread is next idle (`idle`: loading and evaluating code then does not delay the
 * first screen's presentation). Returns a function that cancels the call.
 */
export function afterPaint(done: () => void, when: 'frame' | 'idle'): () => void {
  let idle: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  let cancelFirstPaint = () => {}
  const next = () => {
    // A task queued from a frame callback runs after that frame is painted.
    if (when === 'idle' && typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS })
    else timer = setTimeout(done, 0)
  }
  const start = () => {
    frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(next) : undefined
    if (frame === undefined) next()
  }
  if (when === 'idle') cancelFirstPaint = afterFirstContentfulPaint(start)
  else start()
  return () => {
    cancelFirstPaint()
    if (frame !== undefined) cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
    clearTimeout(timer)
  }
}
