import { watchHeight, type Bridge, type HeightSample } from './postMessageBridge'

type Win = Window & typeof globalThis

/** How deep the walk looks for boxes that stretch (app, workspace, stage, then the stage's regions). */
const DEPTH = 4

const inFlow = (el: Element, win: Win): boolean => {
  const style = win.getComputedStyle(el)
  return style.display !== 'none' && style.position !== 'fixed' && style.position !== 'absolute'
}

const px = (v: string) => parseFloat(v) || 0

/**
 * A box whose height comes from the room it was given rather than from what it holds: the app's root, a box that
 * grows to fill (flex-grow), a scroll box (the stage scrolls inside the one-screen app). What it needs is what it
 * holds; any other box needs its own size.
 */
function stretches(style: CSSStyleDeclaration, depth: number): boolean {
  return depth === 0 || px(style.flexGrow) > 0 || (style.overflowY !== 'visible' && style.overflowY !== 'clip')
}

/**
 * The bottom of what an element needs, in the document's coordinates: a box that stretches (see above) ends below
 * the lowest of its children (each measured the same way) plus its padding and border, counting content scrolled
 * away inside it; any other box ends where it ends. `visit` sees each box measured.
 */
function contentBottom(el: Element, win: Win, depth: number, visit?: (el: Element) => void): number {
  visit?.(el)
  const rect = el.getBoundingClientRect()
  const style = win.getComputedStyle(el)
  const kids = depth < DEPTH && stretches(style, depth) ? Array.from(el.children).filter((k) => inFlow(k, win)) : []
  if (kids.length === 0) return rect.bottom + win.scrollY
  let bottom = rect.top + win.scrollY
  for (const k of kids) bottom = Math.max(bottom, contentBottom(k, win, depth + 1, visit) + px(win.getComputedStyle(k).marginBottom))
  return bottom + el.scrollTop + px(style.paddingBottom) + px(style.borderBottomWidth)
}

/** The height the page's content needs (not the viewport's), from the app's root element. */
export function contentHeight(root: Element, win: Win, visit?: (el: Element) => void): number {
  return contentBottom(root, win, 0, visit) + px(win.getComputedStyle(win.document.body).paddingBottom)
}

/**
 * Posts `resize` with the content's height to the embedding page, now and whenever it changes: a ResizeObserver on
 * the app's boxes (the regions mount after the first paint, so each check observes what is new), and a slow poll
 * for what no box's size shows (fonts arriving). Returns the stop function.
 */
export function watchContentHeight(bridge: Bridge, win: Win, selector = '.app'): () => void {
  // Checks wait for the next frame: measuring (and observing new boxes) inside the observer's callback would loop.
  let pending = 0
  let check = () => {}
  const later = () => {
    if (pending === 0) {
      pending = win.requestAnimationFrame(() => {
        pending = 0
        check()
      })
    }
  }
  const observer = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(later) : undefined
  const observed = new WeakSet<Element>()
  // Each box measured is observed (once): the regions mount after the first paint, so each measure adds what is new.
  const observe = (box: Element) => {
    if (observer && !observed.has(box)) {
      observed.add(box)
      observer.observe(box)
    }
  }
  const measure = (): HeightSample => {
    const el = win.document.querySelector(selector)
    return {
      content: el ? contentHeight(el, win, observe) : win.document.documentElement.scrollHeight,
      viewport: win.innerHeight,
    }
  }
  return watchHeight(bridge, measure, (onChange) => {
    check = onChange
    later()
    const timer = win.setInterval(later, 1000)
    win.addEventListener('resize', later)
    return () => {
      observer?.disconnect()
      if (pending !== 0) win.cancelAnimationFrame(pending)
      win.clearInterval(timer)
      win.removeEventListener('resize', later)
    }
  })
}
