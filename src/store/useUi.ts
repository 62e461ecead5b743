import { useRef, useSyncExternalStore } from 'react'
import { sameValue } from './equality'
import { uiStore, type UiState } from './uiStore'

export function useUi<T>(selector: (s: UiState) => T): T {
  const last = useRef<{ value: T } | null>(null)
  const get = () => {
    const next = selector(uiStore.getState())
    if (last.current && sameValue(last.current.value, next)) return last.current.value
    last.current = { value: next }
    return next
  }
  return useSyncExternalStore(uiStore.subscribe, get, get)
}
