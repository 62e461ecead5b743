import { createStore } from 'zustand/vanilla'

export type Dialog =
  | 'createTopic'
  | 'addProducer'
  | 'addConsumer'
  | 'help'
  | 'lessons'
  | 'share'
  | 'embedCode'
  | 'welcome'
  | null

/** The stage's regions a course author can choose to show (`panels=`). */
export const STAGE_PANELS = ['producers', 'cluster', 'consumers'] as const
export type StagePanel = (typeof STAGE_PANELS)[number]

/** How a notice reads: something went wrong or was refused, something worked, or something to know. */
export type NoticeTone = 'error' | 'success' | 'info'

export interface Notice {
  id: number
  /** An i18n key and its parameters: notices are translated when shown. */
  key: string
  params?: Record<string, string>
}

const SUCCESS_NOTICES = new Set(['app.notice.sceneOpened', 'lessonUi.resumed'])

/**
 * The tone of a notice by its key: what the app refused, ignored or lost (a bad address, a file it could not open,
 * work it could not save) is an error; a scene opened or a lesson resumed is a success; anything else informs.
 */
export function noticeTone(key: string): NoticeTone {
  if (SUCCESS_NOTICES.has(key)) return 'success'
  if (/^app\.notice\.(bad|autosave|progressIgnored|sceneRefused)/.test(key)) return 'error'
  return 'info'
}

/** View state that is not the simulation: open dialogs, notices, the lecture and embed layouts. */
export interface UiState {
  dialog: Dialog
  notices: Notice[]
  present: boolean
  embed: boolean
  /** Playback controls and the timeline are shown (`controls=0` hides them in an embed). */
  controls: boolean
  /** Animations off: the user asked for reduced motion (or a test did). */
  reducedMotion: boolean
  /** Lecture mode: the screen goes black until B or Escape. */
  blackout: boolean
  /** `panels=`: the stage regions shown; null shows all three. */
  panels: readonly StagePanel[] | null
  /** `focus=`: a topic (`purchases`) or one partition (`purchases-2`), as written; null shows every topic. */
  focus: string | null
  /** "View as compacted": the partition (`topic-partition`) whose logs mark what a full compaction would remove. */
  compactedView: string | null
}

export const uiStore = createStore<UiState>()(() => ({
  dialog: null,
  notices: [],
  present: false,
  embed: false,
  controls: true,
  reducedMotion: false,
  blackout: false,
  panels: null,
  focus: null,
  compactedView: null,
}))

export function setPanels(panels: readonly StagePanel[] | null): void {
  uiStore.setState({ panels })
  // The stage's grid keeps columns only for the regions shown (share.css: html.panels-no-<region>).
  if (typeof document !== 'undefined')
    for (const p of STAGE_PANELS)
      document.documentElement.classList.toggle(`panels-no-${p}`, panels !== null && !panels.includes(p))
}

export function setFocus(focus: string | null): void {
  uiStore.setState({ focus })
}

export function setPresent(present: boolean): void {
  uiStore.setState({ present, blackout: false })
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('present', present)
}

let noticeId = 0
export function addNotice(key: string, params?: Record<string, string>): void {
  const notice: Notice = params ? { id: ++noticeId, key, params } : { id: ++noticeId, key }
  uiStore.setState((s) => ({ notices: [...s.notices, notice] }))
}

export function dismissNotice(id: number): void {
  uiStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
}

/** Closes `dialog` if it is the one open (a late close must not shut another dialog). */
export function closeDialog(dialog: Dialog): void {
  if (uiStore.getState().dialog === dialog) uiStore.setState({ dialog: null })
}

export function openDialog(dialog: Dialog): void {
  uiStore.setState({ dialog })
}
