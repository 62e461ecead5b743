import { useEffect } from 'react'
import type { LabStore } from '../../store/simStore'
import { uiStore } from '../../store/uiStore'
import { ACTIONS } from './actions'

/** Keys typed into a field or a dialog belong to it, not to the simulator. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}

export function useShortcuts(store: LabStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return
      const dialog = uiStore.getState().dialog
      if (dialog !== null && dialog !== 'help') return
      // Space on a focused button presses that button; it is not play/pause.
      if (e.key === ' ' && e.target instanceof HTMLElement && e.target.closest('button, a, [role="button"]'))
        return
      const action = ACTIONS.find((a) => a.matches(e))
      if (!action) return
      if (dialog === 'help' && action.id !== 'help') return
      e.preventDefault()
      if (action.id === 'selectBroker') {
        const id = Number(e.key)
        const exists = store.getState().sim.state.brokers.some((b) => b.id === id)
        if (exists) {
          store.getState().select({ kind: 'broker', brokerId: id })
          document.querySelector<HTMLElement>(`[data-broker-card="${id}"]`)?.focus()
        }
        return
      }
      action.perform(store)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store])
}
