import { useEffect } from 'react'
import type { LabStore } from '../store/simStore'

/**
 * How often the simulated clock advances, in wall ms. Not every display frame: the flights are flown by the
 * compositor and the view is published ten times a second, so a frame needs nothing from the main thread. Ticking in
 * requestAnimationFrame made Chromium run a main-thread frame 60 times a second for nothing (a fifth of what a
 * playing scene cost it).
 */
const TICK_MS = 1000 / 30

/** The clock: wall time × speed, advanced on a timer; a hidden page's clock waits (as it did in animation frames). */
export function usePlaybackLoop(store: LabStore): void {
  useEffect(() => {
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      if (document.visibilityState !== 'hidden') store.getState().tick(now - last)
      last = now
    }, TICK_MS)
    return () => clearInterval(timer)
  }, [store])
}
