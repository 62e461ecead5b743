import { useCallback, useSyncExternalStore } from 'react'
import { createStore } from 'zustand/vanilla'
import type { MessageKey } from './en'
import { hasDictionary, loadDictionary, translate, type Lang, type Params } from './translate'

/** The current language, outside React too (narration, the public API's lesson titles). */
export const langStore = createStore<{ lang: Lang }>()(() => ({ lang: 'en' as Lang }))

let asked: Lang = 'en'

/**
 * Switches the language: at once if its messages are loaded, else as soon as they are (the page stays in the
 * current language meanwhile, never half-translated). The last language asked for wins.
 */
export function setLang(lang: Lang): void {
  void changeLang(lang)
}

/** `setLang`, resolved once the language shows (or another one was asked for since). */
export function changeLang(lang: Lang): Promise<void> {
  asked = lang
  const apply = () => {
    if (asked !== lang) return
    langStore.setState({ lang })
    if (typeof document !== 'undefined') document.documentElement.lang = lang
  }
  if (hasDictionary(lang)) {
    apply()
    return Promise.resolve()
  }
  return loadDictionary(lang).then(apply)
}

export function useLang(): Lang {
  return useSyncExternalStore(langStore.subscribe, () => langStore.getState().lang)
}

export type TFunction = (key: MessageKey, params?: Params) => string

/** `t(key, params)` in the current language; components re-render when the language changes. */
export function useT(): TFunction {
  const lang = useLang()
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang])
}
