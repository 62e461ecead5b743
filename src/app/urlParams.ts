import { builtinScenario } from '../scenarios/builtins'
import type { Scenario } from '../scenarios/scenario'
import { browserLang, isLang, type Lang } from '../i18n/translate'
import { sceneFromQuery } from '../api/permalink'
import { topicNameError } from '../engine'
import { STAGE_PANELS, type StagePanel } from '../store/uiStore'

export interface StartOptions {
  lang: Lang
  present: boolean
  embed: boolean
  /** `controls=0`: no playback controls or timeline (an embed that only shows). */
  controls: boolean
  /** `paused=1` starts paused, `paused=0` playing; undefined: the default (a scene plays, a permalink waits). */
  paused?: boolean
  /** `lesson=<id>`: start that lesson (checked against the catalog by the caller). */
  lesson?: string
  scenario: Scenario
  /** `?scenario=` was given (an explicit choice: no autosave restore). */
  scenarioChosen: boolean
  /** The address carried a scene (`z` or `scene`), readable or not: the saved work is not what was asked for. */
  sceneAsked: boolean
  /** The scene file carried by a permalink (?z= or the older ?scene=), decoded but not yet checked. */
  sceneText?: string
  /** `panels=producers,cluster,consumers`: the stage regions to show; undefined shows all of them. */
  panels?: StagePanel[]
  /**
   * `focus=<topic>` or `focus=<topic>-<partition>`, checked only for its form here: whether it names a topic or a
   * partition depends on the scene (view/layout/panels.ts, resolveFocus).
   */
  focus?: string
  /** What was ignored, as i18n keys with parameters, to show as notices. */
  ignored: { key: string; params: Record<string, string> }[]
}

const shown = (v: string) => v.slice(0, 40)

const isPanel = (v: string): v is StagePanel => (STAGE_PANELS as readonly string[]).includes(v)

/** `panels=cluster,consumers`: the regions in stage order, each once; undefined for garbage (then all are shown). */
export function parsePanels(raw: string): StagePanel[] | undefined {
  const names = raw
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '')
  if (names.length === 0 || !names.every(isPanel)) return undefined
  return STAGE_PANELS.filter((p) => names.includes(p))
}

/** `focus=`: a legal Kafka topic name, optionally with Kafka's `-<partition>` suffix (itself part of a legal name). */
export function parseFocus(raw: string): string | undefined {
  const v = raw.trim()
  return topicNameError(v) === undefined ? v : undefined
}

/**
 * Reads ?lang, ?mode, ?embed, ?controls, ?paused, ?lesson, ?scenario, ?panels, ?focus and the permalink (?z, ?scene);
 * unknown values fall back to defaults and are reported.
 */
export function readStartOptions(search: string, languages: readonly string[]): StartOptions {
  const q = new URLSearchParams(search)
  const ignored: StartOptions['ignored'] = []
  const fallbackLang = browserLang(languages)
  let lang = fallbackLang
  const rawLang = q.get('lang')
  if (rawLang !== null) {
    if (isLang(rawLang)) lang = rawLang
    else
      ignored.push({
        key: 'app.notice.badLang',
        params: { value: shown(rawLang), lang: fallbackLang === 'es' ? 'Español' : 'English' },
      })
  }
  const mode = q.get('mode')
  if (mode !== null && mode !== 'present')
    ignored.push({ key: 'app.notice.badMode', params: { value: shown(mode) } })
  const flag = (name: string): boolean | undefined => {
    const raw = q.get(name)
    if (raw === null) return undefined
    if (raw === '1' || raw === 'true') return true
    if (raw === '0' || raw === 'false') return false
    ignored.push({ key: 'app.notice.badFlag', params: { name, value: shown(raw) } })
    return undefined
  }
  const embed = flag('embed') ?? false
  const controls = flag('controls') ?? true
  const paused = flag('paused')
  const rawLesson = q.get('lesson')
  const lesson = rawLesson !== null && rawLesson !== '' ? rawLesson.slice(0, 100) : undefined
  let scenario = builtinScenario('default')!
  const rawScenario = q.get('scenario')
  if (rawScenario !== null) {
    const found = builtinScenario(rawScenario)
    if (found) scenario = found
    else ignored.push({ key: 'app.notice.badScenario', params: { value: shown(rawScenario) } })
  }
  const rawPanels = q.get('panels')
  const panels = rawPanels === null ? undefined : parsePanels(rawPanels)
  if (rawPanels !== null && !panels)
    ignored.push({ key: 'app.notice.badPanels', params: { value: shown(rawPanels) } })
  const rawFocus = q.get('focus')
  const focus = rawFocus === null ? undefined : parseFocus(rawFocus)
  if (rawFocus !== null && !focus)
    ignored.push({ key: 'app.notice.badFocus', params: { value: shown(rawFocus) } })
  const scene = sceneFromQuery(q)
  let sceneText: string | undefined
  if (scene) {
    if (scene.ok) sceneText = scene.text
    else ignored.push({ key: 'app.notice.badScene', params: { error: scene.error } })
  }
  return {
    lang,
    present: mode === 'present',
    embed,
    controls,
    scenario,
    scenarioChosen: rawScenario !== null,
    sceneAsked: scene !== undefined,
    ignored,
    ...(paused === undefined ? {} : { paused }),
    ...(lesson === undefined ? {} : { lesson }),
    ...(sceneText === undefined ? {} : { sceneText }),
    ...(panels === undefined ? {} : { panels }),
    ...(focus === undefined ? {} : { focus }),
  }
}
