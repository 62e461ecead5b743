import { createContext, createElement, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react'
import { sameValue } from './equality'
import type { LabActions, LabState, LabStore } from './simStore'

const StoreContext = createContext<LabStore | null>(null)

export function LabProvider({ store, children }: { store: LabStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children)
}

export function useLabStore(): LabStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useLabStore needs a LabProvider')
  return store
}

/**
 * Selects a small plain value from the store; the component re-renders only when that value changes
 * (structurally), not on every simulation frame.
 */
export function useLab<T>(
  selector: (s: LabState & LabActions) => T,
  equal: (a: T, b: T) => boolean = sameValue,
): T {
  const store = useLabStore()
  const last = useRef<{ value: T } | null>(null)
  const getSnapshot = () => {
    const next = selector(store.getState())
    if (last.current && equal(last.current.value, next)) return last.current.value
    last.current = { value: next }
    return next
  }
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

/** The store's actions (stable functions). */
export function useLabActions(): LabActions {
  return useLabStore().getState()
}
