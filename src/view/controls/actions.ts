import { toggleDock } from '../layout/dockStore'
import type { MessageKey } from '../../i18n/en'
import { langStore, setLang } from '../../i18n/useT'
import type { LabStore } from '../../store/simStore'
import { SPEEDS } from '../../store/simStore'
import { openDialog, setPresent, uiStore } from '../../store/uiStore'

export const DAY_MS = 86400000

/**
 * Every user action with a keyboard shortcut, in one registry: the toolbar, the keyboard handler and the help
 * overlay all read it, so a shortcut cannot exist without a label or vice versa.
 */
export interface LabAction {
  id: string
  labelKey: MessageKey
  /** Keys as shown in the help overlay. */
  keys: string[]
  /** Does this key event trigger it? */
  matches(e: KeyboardEvent): boolean
  perform(store: LabStore): void
}

const key =
  (...names: string[]) =>
  (e: KeyboardEvent) =>
    !e.ctrlKey && !e.metaKey && !e.altKey && names.includes(e.key)

function nextSpeed(current: number, dir: 1 | -1): number {
  const i = SPEEDS.findIndex((s) => s >= current)
  const at = i < 0 ? SPEEDS.length - 1 : i
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + dir))]!
}

/** The selected broker (digits select one), for kill and restart from the keyboard. */
function selectedBroker(store: LabStore): number | undefined {
  const sel = store.getState().selection
  return sel?.kind === 'broker' ? sel.brokerId : undefined
}

export const ACTIONS: LabAction[] = [
  {
    id: 'togglePlay',
    labelKey: 'controls.playPause',
    keys: ['Space'],
    matches: key(' '),
    perform: (s) => s.getState().togglePlay(),
  },
  {
    id: 'next',
    labelKey: 'controls.next',
    keys: ['→', 'PageDown', '.'],
    matches: key('.', 'ArrowRight', 'PageDown'),
    // In a lesson the presenter's clicker walks the steps; otherwise it steps the simulation.
    perform: (s) => (s.getState().lesson ? s.getState().nextStep() : s.getState().step()),
  },
  {
    id: 'previous',
    labelKey: 'controls.previous',
    keys: ['←', 'PageUp'],
    matches: key('ArrowLeft', 'PageUp'),
    perform: (s) => s.getState().previousStep(),
  },
  {
    id: 'skip',
    labelKey: 'controls.skip',
    keys: ['S'],
    matches: key('s', 'S'),
    perform: (s) => s.getState().skip(),
  },
  {
    id: 'faster',
    labelKey: 'controls.faster',
    keys: ['+'],
    matches: key('+', '='),
    perform: (s) => void s.getState().setSpeed(nextSpeed(s.getState().speed, 1)),
  },
  {
    id: 'slower',
    labelKey: 'controls.slower',
    keys: ['−'],
    matches: key('-', '_'),
    perform: (s) => void s.getState().setSpeed(nextSpeed(s.getState().speed, -1)),
  },
  {
    id: 'warpDay',
    labelKey: 'controls.warpDay',
    keys: ['D'],
    matches: (e) => key('d', 'D')(e) && !e.shiftKey,
    perform: (s) => s.getState().warp(DAY_MS),
  },
  {
    id: 'dock',
    labelKey: 'controls.dock',
    keys: ['Shift+D'],
    matches: (e) => key('d', 'D')(e) && e.shiftKey,
    perform: () => toggleDock(),
  },
  {
    id: 'warpWeek',
    labelKey: 'controls.warpWeek',
    keys: ['W'],
    matches: key('w', 'W'),
    perform: (s) => s.getState().warp(7 * DAY_MS),
  },
  {
    id: 'selectBroker',
    labelKey: 'controls.selectBroker',
    keys: ['1…9'],
    matches: key('1', '2', '3', '4', '5', '6', '7', '8', '9'),
    perform: () => undefined, // handled with the digit in useShortcuts
  },
  {
    id: 'kill',
    labelKey: 'controls.killSelected',
    keys: ['K'],
    matches: key('k', 'K'),
    perform: (s) => {
      const id = selectedBroker(s)
      if (id !== undefined) s.getState().dispatch({ type: 'killBroker', brokerId: id })
    },
  },
  {
    id: 'restart',
    labelKey: 'controls.restartSelected',
    keys: ['R'],
    matches: (e) => key('r')(e) || (key('R')(e) && !e.shiftKey),
    perform: (s) => {
      const id = selectedBroker(s)
      if (id !== undefined) s.getState().dispatch({ type: 'restartBroker', brokerId: id })
    },
  },
  {
    id: 'addBroker',
    labelKey: 'cluster.addBroker',
    keys: ['A'],
    matches: key('a', 'A'),
    perform: (s) => void s.getState().dispatch({ type: 'addBroker' }),
  },
  {
    id: 'createTopic',
    labelKey: 'cluster.createTopic',
    keys: ['T'],
    matches: key('t', 'T'),
    perform: () => openDialog('createTopic'),
  },
  {
    id: 'addProducer',
    labelKey: 'producers.add',
    keys: ['P'],
    matches: key('p', 'P'),
    perform: () => openDialog('addProducer'),
  },
  {
    id: 'addConsumer',
    labelKey: 'consumers.addGroup',
    keys: ['C'],
    matches: key('c', 'C'),
    perform: () => openDialog('addConsumer'),
  },
  {
    id: 'reset',
    labelKey: 'controls.reset',
    keys: ['0', 'Shift+R'],
    matches: (e) =>
      key('0')(e) || (!e.ctrlKey && !e.metaKey && e.shiftKey && (e.key === 'R' || e.key === 'r')),
    perform: (s) => s.getState().reset(),
  },
  {
    id: 'present',
    labelKey: 'controls.present',
    keys: ['M'],
    matches: key('m', 'M'),
    perform: () => setPresent(!uiStore.getState().present),
  },
  {
    id: 'fullscreen',
    labelKey: 'controls.fullscreen',
    keys: ['F'],
    matches: key('f', 'F'),
    perform: () => {
      if (document.fullscreenElement) void document.exitFullscreen?.()
      else void document.documentElement.requestFullscreen?.().catch(() => undefined)
    },
  },
  {
    id: 'blackout',
    labelKey: 'controls.blackout',
    keys: ['B'],
    matches: key('b', 'B'),
    perform: () => uiStore.setState({ blackout: !uiStore.getState().blackout }),
  },
  {
    id: 'back',
    labelKey: 'controls.back',
    keys: ['Esc'],
    matches: key('Escape'),
    perform: (s) => {
      const ui = uiStore.getState()
      if (ui.blackout) uiStore.setState({ blackout: false })
      else if (s.getState().selection) s.getState().select(null)
      else if (ui.present) setPresent(false)
    },
  },
  {
    id: 'language',
    labelKey: 'controls.toggleLanguage',
    keys: ['L'],
    matches: key('l', 'L'),
    perform: () => setLang(langStore.getState().lang === 'en' ? 'es' : 'en'),
  },
  {
    id: 'help',
    labelKey: 'controls.help',
    keys: ['?'],
    matches: key('?'),
    perform: () => openDialog(uiStore.getState().dialog === 'help' ? null : 'help'),
  },
]
