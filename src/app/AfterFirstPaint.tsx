import { Suspense, useEffect, useState, type ReactNode } from 'react'
import { afterPaint } from './afterPaint'

/**
 * Renders its children only after the first frame is on screen. The first frame has the cluster with its first
 * records flying from the producers; the consumer groups and the produce form come in the frame after
 * (`when="frame"`); the timeline, the event log and the overlays once the page has a quiet moment (`idle`, the
 * default), their code loading meanwhile.
 */
export function AfterFirstPaint({
  children,
  when = 'idle',
}: {
  children: ReactNode
  when?: 'frame' | 'idle'
}) {
  const [ready, setReady] = useState(false)
  useEffect(() => afterPaint(() => setReady(true), when), [when])
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null
}
