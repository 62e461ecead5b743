import { builtinScenario } from '../scenarios/builtins'
import type { Scenario } from '../scenarios/scenario'
import { browserLang, isLang, type Lang } from '../i18n/translate'
import { fromBase64Url, SCENE_PARAM } from '../api/permalink'

export interface StartOptions {
  lang: Lang
  present: boolean
  embed: boolean
  scenario: Scenario
  /** The scene file carried by a permalink (?scene=), decoded but not yet checked. */
  sceneText?: string
  /** What was ignored, as i18n keys with parameters, to show as notices. */
  ignored: { key: string; params: Record<string, string> }[]
}

/** Reads ?lang, ?mode, ?embed and ?scenario; unknown values fall back to defaults and are reported. */
export function readStartOptions(search: string, languages: readonly string[]): StartOptions {
  const q = new URLSearchParams(search)
  const ignored: StartOptions['ignored'] = []
  const fallbackLang = browserLang(languages)
  let lang = fallbackLang
  const rawLang = q.get('lang')
  if (rawLang !== null) {
    if (isLang(rawLang)) lang = rawLang
    else ignored.push({ key: 'app.notice.badLang', params: { value: rawLang.slice(0, 40), lang: fallbackLang === 'es' ? 'Español' : 'English' } })
  }
  const mode = q.get('mode')
  if (mode !== null && mode !== 'present') ignored.push({ key: 'app.notice.badMode', params: { value: mode.slice(0, 40) } })
  const embed = q.get('embed') === '1'
  let scenario = builtinScenario('default')!
  const rawScenario = q.get('scenario')
  if (rawScenario !== null) {
    const found = builtinScenario(rawScenario)
    if (found) scenario = found
    else ignored.push({ key: 'app.notice.badScenario', params: { value: rawScenario.slice(0, 40) } })
  }
  const rawScene = q.get(SCENE_PARAM)
  let sceneText: string | undefined
  if (rawScene !== null) {
    sceneText = fromBase64Url(rawScene)
    if (sceneText === undefined) ignored.push({ key: 'app.notice.badScene', params: { error: 'not base64url text' } })
  }
  return { lang, present: mode === 'present', embed, scenario, ignored, ...(sceneText === undefined ? {} : { sceneText }) }
}
