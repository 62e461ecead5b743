import { useEffect, useRef } from 'react'
import { useLabActions } from '../../store/react'
import { uiStore } from '../../store/uiStore'

/**
 * What every inspector drawer does: opening moves focus to its heading, closing gives it back to whatever had it
 * (a record in a log), and Escape closes it unless a dialog is open.
 */
export function useInspectorDrawer() {
  const { select } = useLabActions()
  const panelRef = useRef<HTMLElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const panel = panelRef.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    headingRef.current?.focus()
    return () => {
      const active = document.activeElement
      const focusWasHere = !active || active === document.body || (panel?.contains(active) ?? false)
      if (focusWasHere && previous?.isConnected) previous.focus()
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || uiStore.getState().dialog !== null) return
      e.preventDefault()
      select(null)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [select])

  return { panelRef, headingRef, close: () => select(null) }
}
