import { useEffect } from 'react'
import { useLabStore } from '../../store/react'

export const HIGHLIGHT_CLASS = 'lesson-highlight'
/** How often, at most, the highlight is re-applied while the simulation runs (wall-clock ms). */
export const HIGHLIGHT_REFRESH_MS = 250

/** Marks every element whose data-anchor starts with one of the prefixes; returns the marked elements. */
export function markAnchors(
  root: ParentNode,
  prefixes: readonly string[],
  previous: ReadonlySet<Element>,
): Set<Element> {
  const marked = new Set<Element>()
  if (prefixes.length > 0) {
    root.querySelectorAll<HTMLElement>('[data-anchor]').forEach((el) => {
      const anchor = el.dataset.anchor ?? ''
      if (!prefixes.some((p) => anchor.startsWith(p))) return
      marked.add(el)
      if (!el.classList.contains(HIGHLIGHT_CLASS)) el.classList.add(HIGHLIGHT_CLASS)
    })
  }
  for (const el of previous) if (!marked.has(el)) el.classList.remove(HIGHLIGHT_CLASS)
  return marked
}

/**
 * Points at the step's screen elements: adds the highlight class to every element whose data-anchor starts with
 * one of `prefixes`, and takes it away when the step changes. Elements come and go (and React may rewrite a
 * class list) as the cluster changes, so the marks are re-applied after store changes and after elements are
 * added to the page (parts of the first screen mount a frame late), a few times a second at most.
 */
export function useLessonHighlights(prefixes: readonly string[] | undefined): void {
  const store = useLabStore()
  const key = prefixes && prefixes.length > 0 ? prefixes.join('\n') : ''
  useEffect(() => {
    if (!key || typeof document === 'undefined') return
    const list = key.split('\n')
    let marked: Set<Element> = new Set()
    let timer: ReturnType<typeof setTimeout> | null = null
    let disposed = false
    let shown = false
    const apply = () => {
      if (disposed) return
      marked = markAnchors(document, list, marked)
      // Once per step, the first thing it points at on the stage is brought into view (a partition on a broker
      // further down, on a phone or at scale); controls are the dock's business. Never again in the step, so the
      // student scrolls freely.
      if (!shown) {
        const target = [...marked].find((el) => !(el as HTMLElement).dataset.anchor?.startsWith('control:'))
        if (target) {
          shown = true
          target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
        }
      }
    }
    apply()
    // Once more after the browser has laid out what this render added (a dialog closing, a new topic's rows).
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(apply) : null
    const refresh = () => {
      if (timer !== null) return
      timer = setTimeout(() => {
        timer = null
        apply()
      }, HIGHLIGHT_REFRESH_MS)
    }
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.revision !== prev.revision) refresh()
    })
    const added = typeof MutationObserver === 'function' ? new MutationObserver(refresh) : null
    added?.observe(document.body, { childList: true, subtree: true })
    return () => {
      disposed = true
      unsubscribe()
      added?.disconnect()
      if (timer !== null) clearTimeout(timer)
      if (frame !== null) cancelAnimationFrame(frame)
      marked = markAnchors(document, [], marked)
    }
  }, [key, store])
}
