import { useSyncExternalStore } from 'react'
import type { motion } from 'framer-motion'

/** framer-motion's animated `<li>`: a log cell that enters with an animation. */
export type MotionLi = (typeof motion)['li']

let loaded: MotionLi | null = null
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

/**
 * Loads the animation code (framer-motion) once. The app asks for it after its first frame is painted: the first
 * screen does not wait for it, and until it comes records simply appear.
 */
export function loadCellMotion(): Promise<void> {
  loading ??= import('./motionCellChunk').then((module) => {
    loaded = module.MotionCell
    for (const listener of listeners) listener()
  })
  return loading
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The animated cell once its code has loaded, null before. */
export function useCellMotion(): MotionLi | null {
  return useSyncExternalStore(subscribe, () => loaded)
}
