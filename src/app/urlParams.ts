import { builtinScenario } from '../scenarios/builtins'
import type { Scenario } from '../scenarios/scenario'
import { browserLang, isLang, type Lang } from '../i18n/translate'

export interface StartOptions {
  lang: Lang
  present: boolean
  embed: boolean
  scenario: Scenario
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
  return { lang, present: mode === 'present', embed, scenario, ignored }
}
