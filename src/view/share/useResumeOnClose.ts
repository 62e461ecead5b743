import { useEffect } from 'react'
import type { LabStore } from '../../store/simStore'

/**
 * The share and embed dialogs hold the scene still while they are open, so that the link matches what is on screen;
 * closing them leaves playback as it was before (a running scene runs on).
 */
export function useResumeOnClose(store: LabStore, wasRunning: boolean): void {
  useEffect(() => {
    // Held still while open (again, if React mounts the dialog a second time in development).
    if (wasRunning) store.getState().pause()
    return () => {
      if (wasRunning) store.getState().play()
    }
  }, [store, wasRunning])
}
