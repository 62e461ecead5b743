import { useLayoutEffect, type RefObject } from 'react'
import { useLabStore } from '../../store/react'
import { uiStore } from '../../store/uiStore'
import { stageEm } from './stageFit'

/** A column that got shorter by less than this (in em) is not worth a bigger font. */
const HYSTERESIS_EM = 0.25
/** After the stage scrolled at a size its columns said would fit (wrapping), at the same width. */
const WRAP_HYSTERESIS_EM = 2
/** Growths in a row that did not change the font before the stage is taken as being at its smallest text. */
const MAX_IDLE_GROWTHS = 8

/**
 * Keeps the stage's `--stage-em` (its tallest column's height, in units of its own font size) true, so that CSS
 * can pick the font size that fits the screen (layout.css). The first value is estimated from the scene; after
 * that the columns are observed (not polled): everything on the stage is sized in em, so a column's height in em
 * does not change when the font does, and setting it cannot loop. Text that wraps differently (Spanish is
 * longer), a group gaining members, a lesson narrowing the stage: each refits once.
 */
export function useStageFit(ref: RefObject<HTMLElement | null>): void {
  const store = useLabStore()
  useLayoutEffect(() => {
    const stage = ref.current
    if (!stage) return
    const { present, embed } = uiStore.getState()
    let current = stageEm(store.getState().sim.state, { legend: !present && !embed })
    let width = stage.clientWidth
    let hysteresis = HYSTERESIS_EM
    // Growths for an overflow that left the font size as it was. A few are normal (the font may be bound by the
    // width until the height catches up); many mean the font is at its floor (a scene taller than any font fits),
    // and growing again would change nothing but restyle the page every frame (it did: the stress scene fell from 60
    // to 15 fps).
    let lastFont = Number.NaN
    let idleGrowths = 0
    stage.style.setProperty('--stage-em', String(current))
    if (typeof ResizeObserver === 'undefined') return
    const fit = () => {
      const style = getComputedStyle(stage)
      const font = parseFloat(style.fontSize)
      if (!(font > 0)) return
      let tallest = 0
      for (const column of stage.children) {
        // The flight layer and anything else laid over the stage is not a column.
        if (!(column instanceof HTMLElement) || getComputedStyle(column).position !== 'static') continue
        tallest = Math.max(tallest, column.offsetHeight)
      }
      if (tallest === 0) return
      const padding = (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0)
      let em = (tallest + padding) / font + 0.2
      // Text wraps at one size and not at a slightly bigger one: a stage that fits, told to grow, can then scroll.
      // Whatever the columns say, a stage that scrolls needs more room; and once that happened at this width, it
      // grows again only for a real change (a column much shorter), not to flip back and forth.
      if (stage.clientWidth !== width) {
        width = stage.clientWidth
        hysteresis = HYSTERESIS_EM
        idleGrowths = 0
      }
      if (font !== lastFont) idleGrowths = 0
      lastFont = font
      const overflow = stage.scrollHeight - stage.clientHeight
      if (overflow > 1 && idleGrowths < MAX_IDLE_GROWTHS) {
        em = Math.max(em, current + overflow / font + 0.1)
        hysteresis = WRAP_HYSTERESIS_EM
        idleGrowths++
      }
      // Taller than the room: refit at once (even by a hair, or the stage scrolls). Shorter: only when it is worth it.
      if (em <= current && current - em < hysteresis) return
      current = em
      stage.style.setProperty('--stage-em', em.toFixed(2))
      // Check once more when the new size is laid out (the columns' observer fires only if their size changed).
      requestAnimationFrame(fit)
    }
    const resize = new ResizeObserver(fit)
    const watch = () => {
      resize.disconnect()
      for (const column of stage.children) if (column instanceof HTMLElement) resize.observe(column)
    }
    watch()
    // Columns mount late (the groups come a frame after the first paint) or come and go (panels=).
    const columns = new MutationObserver(() => {
      watch()
      fit()
    })
    columns.observe(stage, { childList: true })
    return () => {
      resize.disconnect()
      columns.disconnect()
    }
  }, [ref, store])
}
