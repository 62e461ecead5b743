import { useCallback, useSyncExternalStore } from 'react'
import { createStore } from 'zustand/vanilla'
import type { MessageKey } from './en'
import { translate, type Lang, type Params } from './translate'

/** The current language, outside React too (narration, the public API's lesson titles). */
export const langStore = createStore<{ lang: Lang }>()(() => ({ lang: 'en' as Lang }))

export function setLang(lang: Lang): void {
  langStore.setState({ lang })
  if (typeof document !== 'undefined') document.documentElement.lang = lang
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
