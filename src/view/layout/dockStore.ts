import { createStore } from 'zustand/vanilla'

/** What the dock beside the stage holds, besides the lesson: the tools that are not the picture itself. */
export type DockTool = 'produce' | 'cli' | 'events'

export interface DockState {
  /** The dock is a column of tools beside the stage, rather than a rail of buttons. */
  open: boolean
  /** The tool last asked for (a rail button, a lesson step that needs it): scrolled into view when it changes. */
  wanted: DockTool | null
  /** Counts requests, so asking twice for the same tool scrolls to it twice. */
  request: number
}

/**
 * Where the dock starts: open beside the stage on a desktop screen wide enough to keep the stage
 * whole, folded to a rail on a laptop, a projector, in an embed and on narrow screens (the stage needs the room).
 */
export function dockStartsOpen(opts: { present: boolean; embed: boolean; width: number }): boolean {
  return !opts.present && !opts.embed && opts.width >= 1600
}

export const dockStore = createStore<DockState>()(() => ({ open: true, wanted: null, request: 0 }))

export function setDockOpen(open: boolean): void {
  dockStore.setState({ open })
}

export function toggleDock(): void {
  dockStore.setState((s) => ({ open: !s.open }))
}

/** Opens the dock and brings `tool` into view. */
export function revealTool(tool: DockTool): void {
  dockStore.setState((s) => ({ open: true, wanted: tool, request: s.request + 1 }))
}

/** Whether a step points only at the consumers' side of the stage (groups, members, adding a consumer). */
export function pointsAtGroups(highlight: readonly string[] | undefined): boolean {
  return (
    !!highlight?.length &&
    highlight.every((a) => a.startsWith('group:') || a.startsWith('member:') || a === 'control:addConsumer')
  )
}
