import { watchHeight, type Bridge, type HeightSample } from './postMessageBridge'

type Win = Window & typeof globalThis

/** The box whose font fits the height it is given (the stage). */
const FIT_SELECTOR = '.stage'

/** How deep the walk looks for boxes that stretch (app, its body and main column, workspace, stage, then the stage's regions). */
const DEPTH = 6

const inFlow = (el: Element, win: Win): boolean => {
  const style = win.getComputedStyle(el)
  return style.display !== 'none' && style.position !== 'fixed' && style.position !== 'absolute'
}

const px = (v: string) => parseFloat(v) || 0

/**
 * A box whose height comes from the room it was given rather than from what it holds: the app's root, a scroll box
 * (the stage scrolls inside the one-screen app), a box that grows to fill a column (flex-grow), a box stretched
 * across a row or a grid line (the dock beside the stage). What it needs is what it holds; any other box (a bar
 * with centred buttons) needs its own size.
 */
function stretches(
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | undefined,
  depth: number,
): boolean {
  if (depth === 0 || (style.overflowY !== 'visible' && style.overflowY !== 'clip')) return true
  if (!parent) return false
  const flex = parent.display.includes('flex')
  const column = parent.flexDirection.startsWith('column')
  if (flex && column) return px(style.flexGrow) > 0
  const align = style.alignSelf === 'auto' || style.alignSelf === '' ? parent.alignItems : style.alignSelf
  const stretched = align === 'normal' || align === 'stretch' || align === ''
  return (flex || parent.display.includes('grid')) && stretched
}

/**
 * The bottom of what an element needs, in the document's coordinates: a box that stretches (see above) ends below
 * the lowest of its children (each measured the same way) plus its padding and border, counting content scrolled
 * away inside it; any other box ends where it ends. `visit` sees each box measured.
 */
function contentBottom(
  el: Element,
  win: Win,
  depth: number,
  visit?: (el: Element) => void,
  parent?: CSSStyleDeclaration,
): number {
  visit?.(el)
  const rect = el.getBoundingClientRect()
  const style = win.getComputedStyle(el)
  const kids =
    depth < DEPTH && stretches(style, parent, depth)
      ? Array.from(el.children).filter((k) => inFlow(k, win))
      : []
  if (kids.length === 0) return rect.bottom + win.scrollY
  const top = rect.top + win.scrollY
  let bottom = top
  for (const k of kids)
    bottom = Math.max(
      bottom,
      contentBottom(k, win, depth + 1, visit, style) + px(win.getComputedStyle(k).marginBottom),
    )
  const inner = bottom + el.scrollTop + px(style.paddingBottom) + px(style.borderBottomWidth) - top
  return top + inner * fitScale(el, style)
}

/**
 * The stage fits its font to the height it is given (layout.css: between --fit-min and --fit-max). What it needs is
 * its height at its full size, --fit-max: its content scaled by --fit-max over the font it has now. So the number
 * does not depend on the iframe's height: a host that sets the frame to it gets it back, with no loop that would
 * shrink the stage step by step. 1 for any other box, or a --fit-max that is not plain pixels.
 */
function fitScale(el: Element, style: CSSStyleDeclaration): number {
  if (!el.matches(FIT_SELECTOR)) return 1
  const max = /^\s*(\d+(?:\.\d+)?)px\s*$/.exec(style.getPropertyValue('--fit-max'))
  const font = px(style.fontSize)
  if (!max || !(font > 0)) return 1
  // The font is bounded by the width as well (its container's width over --stage-wem): a taller frame would not
  // grow it past that, so neither does the height it needs.
  const wem = px(style.getPropertyValue('--stage-wem'))
  const width = el.parentElement?.clientWidth ?? 0
  const full = wem > 0 && width > 0 ? Math.min(Number(max[1]), width / wem) : Number(max[1])
  return Math.max(1, full / font)
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
