import { useEffect } from 'react'
import type { LabStore } from '../store/simStore'

/** One requestAnimationFrame loop drives the simulated clock: wall time × speed, a frame at a time. */
export function usePlaybackLoop(store: LabStore): void {
  useEffect(() => {
    let last = performance.now()
    let frame = requestAnimationFrame(function loop(now) {
      store.getState().tick(now - last)
      last = now
      frame = requestAnimationFrame(loop)
    })
    return () => cancelAnimationFrame(frame)
  }, [store])
}
