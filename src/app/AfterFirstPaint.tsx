import { Suspense, useEffect, useState, type ReactNode } from 'react'

/** Longest wait for an idle moment: on a machine that is never idle, the deferred parts still come. */
const IDLE_TIMEOUT_MS = 1200

/** Calls `done` once a frame has been painted and the main thread is idle (the first flights are drawn by then). */
function afterPaint(done: () => void): () => void {
  let idle: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS })
    else timer = setTimeout(done, 0)
  }
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(whenIdle) : undefined
  if (frame === undefined) whenIdle()
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
    clearTimeout(timer)
  }
}

/**
 * Renders its children only after the first frame is on screen and the page has a quiet moment. The stage
 * (producers, brokers, consumers, the first records flying) comes first; the timeline, the event log and the
 * overlays follow, their code loading meanwhile.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => afterPaint(() => setReady(true)), [])
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null
}
