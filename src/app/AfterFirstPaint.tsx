import { Suspense, useEffect, useState, type ReactNode } from 'react'

/** Calls `done` once the browser has painted a frame (a frame, then a task after it). */
function afterPaint(done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(done, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(done, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Renders its children only after the first frame is on screen. The stage (producers, brokers, consumers) paints
 * first; the timeline, the event log and the overlays follow a frame later, their code loading meanwhile.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => afterPaint(() => setReady(true)), [])
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null
}
