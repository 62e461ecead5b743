import { en, type MessageKey } from './en'

export type Lang = 'en' | 'es'
export const LANGS: readonly Lang[] = ['en', 'es']
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' }

/**
 * The dictionaries loaded so far. English is always there; Spanish is a chunk of its own, loaded when asked for
 * (`loadDictionary`): most visits never need it, and it would weigh on every first screen.
 */
const DICTS: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = { en }

/**
 * Adds English messages that load with the code that shows them (the lessons' steps come with the lesson panel).
 * Spanish has them already: its chunk is loaded whole, when asked for.
 */
export function addMessages(messages: Partial<Record<MessageKey, string>>): void {
  DICTS.en = { ...DICTS.en, ...messages }
}

export function hasDictionary(lang: Lang): boolean {
  return DICTS[lang] !== undefined
}

const loading: Partial<Record<Lang, Promise<void>>> = {}

/** Loads the language's messages (at once if they are there). */
export function loadDictionary(lang: Lang): Promise<void> {
  if (hasDictionary(lang)) return Promise.resolve()
  return (loading[lang] ??= import('./es').then((m) => {
    DICTS.es = m.es
  }))
}

export type Params = Record<string, string | number>

/** The message for `key` in `lang`, with {placeholders} filled in. The result is plain text, never HTML. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = DICTS[lang]?.[key] ?? DICTS.en?.[key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  )
}

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'es'
}

/** The browser's preferred language among ours, English otherwise. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0]
    if (isLang(base)) return base
  }
  return 'en'
}

/** A number in the language's own format (1,234.5 / 1.234,5). */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return n.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  })
}
