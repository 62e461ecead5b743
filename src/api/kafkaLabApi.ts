import { recordViews, type CommandResult, type RecordView } from '../engine'
import { translate } from '../i18n/translate'
import { langStore } from '../i18n/useT'
import { LESSONS } from '../lessons/catalog'
import { parseScene } from '../scenarios/sceneFile'
import { currentScene } from '../store/currentScene'
import type { LabStore } from '../store/simStore'
import { shareUrlFor } from './permalink'
import { snapshotOf, type Snapshot } from './snapshot'

/** window.kafkaLab, version 1 (../shared/API.md). Every method is safe to call with anything. */
export interface KafkaLabApi {
  version: 1
  snapshot(): Snapshot
  records(topic: string, partition: number): RecordView[]
  dispatch(command: unknown): CommandResult
  lessons(): { id: string; title: string; completed: boolean }[]
  startLesson(id: string): CommandResult
  /** Puts the current lesson step back exactly as it began (the scene, the clock, the forms). */
  restartStep(): CommandResult
  shareUrl(): string
  exportScenario(): string
  importScenario(json: string): CommandResult
}

/** The method names, for the postMessage bridge. */
export const API_METHODS = [
  'snapshot',
  'records',
  'dispatch',
  'lessons',
  'startLesson',
  'restartStep',
  'shareUrl',
  'exportScenario',
  'importScenario',
] as const
export type ApiMethod = (typeof API_METHODS)[number]

function guard<T>(fallback: (e: unknown) => T, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    return fallback(e)
  }
}

const failure = (e: unknown): CommandResult => ({
  ok: false,
  error: `Internal error: ${e instanceof Error ? e.message : String(e)}`,
})

/** The current state as scene JSON (the format of scenarios/sceneFile). */
export function exportSceneText(store: LabStore): string {
  return JSON.stringify(currentScene(store.getState()))
}

/** Checks and opens a scene (file, permalink, autosave): paused, exact; a refusal changes nothing. */
export function importSceneText(store: LabStore, json: unknown): CommandResult {
  const parsed = parseScene(json)
  if (!parsed.ok) return parsed
  const { scenario, commands, timeMs, speed } = parsed.scene
  return store.getState().load(scenario, commands, timeMs, speed)
}

export function createApi(store: LabStore, location: { origin: string; pathname: string }): KafkaLabApi {
  return {
    version: 1,
    snapshot: () => snapshotOf(store.getState()),
    records: (topic, partition) =>
      guard(
        () => [],
        () =>
          typeof topic === 'string' && typeof partition === 'number'
            ? recordViews(store.getState().sim.state, topic, partition)
            : [],
      ),
    dispatch: (command) => guard(failure, () => store.getState().dispatch(command)),
    lessons: () => {
      const done = store.getState().completedLessons
      const lang = langStore.getState().lang
      return LESSONS.map((l) => ({
        id: l.id,
        title: translate(lang, l.title),
        completed: done.includes(l.id),
      }))
    },
    startLesson: (id) => guard(failure, () => store.getState().startLesson(id)),
    restartStep: () => guard(failure, () => store.getState().restartStep()),
    shareUrl: () => shareUrlFor(location, exportSceneText(store)),
    exportScenario: () => exportSceneText(store),
    importScenario: (json) => guard(failure, () => importSceneText(store, json)),
  }
}

export function installApi(win: Window & { kafkaLab?: KafkaLabApi }, store: LabStore): KafkaLabApi {
  const api = createApi(store, win.location)
  Object.defineProperty(win, 'kafkaLab', { value: Object.freeze(api), configurable: false, writable: false })
  return api
}
