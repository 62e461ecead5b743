import { test as base, expect, type Page, type Response } from '@playwright/test'

type Fixtures = {
  /**
   * The first visit's welcome opens as for a new student (`test.use({ welcome: true })`); otherwise the browser is
   * one that has dismissed it before, as most journeys assume.
   */
  welcome: boolean
  /** Marks the welcome as seen in every page of the test, unless `welcome` is set. */
  seenWelcome: void
  /** Console errors matching one of these are tolerated (set with `test.use({ allowedConsoleErrors: [...] })`). */
  allowedConsoleErrors: RegExp[]
  /** Every console error and uncaught page error seen so far in this test. */
  pageErrors: string[]
}

/**
 * Playwright's `test`, failing any test whose page logged a console error or threw an uncaught error.
 * The check runs at teardown, after the test body, so it also catches errors the test did not look for.
 */
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  welcome: [false, { option: true }],
  seenWelcome: [
    async ({ context, welcome }, provide) => {
      if (!welcome)
        await context.addInitScript(() => {
          try {
            window.localStorage.setItem('kafka-lab:welcomed', '1')
          } catch {
            // No storage (a sandboxed frame): nothing to mark.
          }
        })
      await provide()
    },
    { auto: true },
  ],
  pageErrors: [
    // `provide` rather than the usual `use`: the React hooks lint rule would take `use(...)` for React's hook.
    async ({ page, allowedConsoleErrors }, provide, testInfo) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return
        const { url, lineNumber } = message.location()
        errors.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`)
      })
      page.on('pageerror', (error) => {
        errors.push(`uncaught ${error.name}: ${error.message}`)
      })

      await provide(errors)

      if (errors.length > 0 && testInfo.status !== 'skipped') {
        throw new Error(
          `The page reported ${errors.length} error(s) during "${testInfo.title}":\n` +
            errors.map((error) => `  - ${error}`).join('\n'),
        )
      }
    },
    { auto: true },
  ],
})

export { expect }

/** Opens the app (relative to baseURL, as the build uses base './'), with an optional query string. */
export function gotoApp(page: Page, query = ''): Promise<Response | null> {
  const search = query.replace(/^\?/, '')
  return page.goto(`./?${search}`)
}
