import { useLayoutEffect, type RefObject } from 'react'
import { useLabStore } from '../../store/react'
import { stageEm } from './stageFit'

/** Changes of the stage's height in em smaller than this are not worth a new font size. */
const HYSTERESIS_EM = 0.25

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
    let current = stageEm(store.getState().sim.state)
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
      const em = (tallest + padding) / font + 0.2
      if (Math.abs(em - current) < HYSTERESIS_EM) return
      current = em
      stage.style.setProperty('--stage-em', em.toFixed(2))
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
