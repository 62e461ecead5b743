import { describe, expect, it, vi } from 'vitest'

// The test setup loads Spanish for every other test; these import fresh copies of the i18n modules, as a page has.
async function freshI18n() {
  vi.resetModules()
  const translate = await import('./translate')
  const useT = await import('./useT')
  return { ...translate, ...useT }
}

describe('Spanish on demand', () => {
  it('is not loaded until asked for; the page stays in English until it is, then switches', async () => {
    const i18n = await freshI18n()
    expect(i18n.hasDictionary('en')).toBe(true)
    expect(i18n.hasDictionary('es')).toBe(false)
    const shown = i18n.changeLang('es')
    expect(i18n.langStore.getState().lang).toBe('en')
    await shown
    expect(i18n.langStore.getState().lang).toBe('es')
    expect(i18n.hasDictionary('es')).toBe(true)
  })

  it('the last language asked for wins, even when an earlier one loads later', async () => {
    const i18n = await freshI18n()
    const es = i18n.changeLang('es')
    await i18n.changeLang('en')
    await es
    expect(i18n.langStore.getState().lang).toBe('en')
  })

  it('translates with the Spanish messages once loaded, and falls back to English before', async () => {
    const i18n = await freshI18n()
    const { es } = await import('./es')
    const key = Object.keys(es).find(
      (k) => es[k as keyof typeof es] !== i18n.translate('en', k as never),
    )! as never
    expect(i18n.translate('es', key)).toBe(i18n.translate('en', key))
    await i18n.loadDictionary('es')
    expect(i18n.translate('es', key)).toBe(es[key])
  })
})
