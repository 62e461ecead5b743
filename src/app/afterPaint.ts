/** Longest wait for an idle moment: on a machine that is never idle, the deferred parts still come. */
const IDLE_TIMEOUT_MS = 1200

/**
 * Calls `done` once a frame has been painted: at once after it (`frame`), or when the main thread is next idle
 * (`idle`). Returns a function that cancels the call.
 */
export function afterPaint(done: () => void, when: 'frame' | 'idle'): () => void {
  let idle: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const next = () => {
    // A task queued from a frame callback runs after that frame is painted.
    if (when === 'idle' && typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS })
    else timer = setTimeout(done, 0)
  }
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(next) : undefined
  if (frame === undefined) next()
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
    clearTimeout(timer)
  }
}
