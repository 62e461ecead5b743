import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

const HOSTILE = '<img src=x onerror=alert(1)>'
const AUTOSAVE_KEY = 'kafka-lab:autosave'
const PROGRESS_KEY = 'kafka-lab:progress:v1'

/** Every console error of the page, for tests that expect a precise number of them. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** Fails the test if anything opens an alert, confirm or prompt (what an injected onerror=alert(1) would do). */
function forbidDialogs(page: Page): string[] {
  const opened: string[] = []
  page.on('dialog', (dialog) => {
    opened.push(dialog.message())
    void dialog.dismiss()
  })
  return opened
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

test.describe('content security policy', () => {
  // The refusals below are logged by Chromium as console errors: expected, and counted exactly.
  test.use({
    allowedConsoleErrors: [
      /^(Executing inline script|Executing inline event handler|Evaluating a string as JavaScript|Applying inline style) violates the following Content Security Policy directive/,
    ],
  })

  test('the built page forbids inline script, inline styles and eval, in its <meta> and in the header', async ({
    page,
  }) => {
    const errors = consoleErrors(page)
    const response = await gotoApp(page, 'paused=1')
    await new LabPage(page).ready()
    const header = response?.headers()['content-security-policy']
    const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]')
    await expect(meta).toHaveCount(1)
    const policy = (await meta.getAttribute('content')) ?? ''
    expect(policy).toBe(header)
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'self'"])
    expect(policy).not.toMatch(/unsafe|\*|frame-ancestors/)
    // A <meta> policy covers only what follows it: it comes before every script and stylesheet.
    const before = await page.evaluate(() => {
      const head = [...document.head.children]
      const at = head.findIndex((el) => el.getAttribute('http-equiv') === 'Content-Security-Policy')
      return head.slice(0, at).map((el) => el.outerHTML)
    })
    expect(before).toEqual(['<meta charset="UTF-8">'])

    // The attempts run in a task of the page's own (a timer), not inside the test's evaluate: the DevTools protocol
    // lets code it evaluates call eval whatever the policy says.
    const outcome = await page.evaluate(
      () =>
        new Promise<{ violations: string[]; ran: unknown[]; evalError: string; hidden: boolean }>((resolve) =>
          setTimeout(async () => {
            const w = window as unknown as Record<string, unknown>
            const violations: string[] = []
            document.addEventListener('securitypolicyviolation', (e) =>
              violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
            )
            const script = document.createElement('script')
            script.textContent = 'window.inlineScriptRan = true'
            document.body.append(script)
            const target = document.createElement('button')
            target.setAttribute('onclick', 'window.inlineHandlerRan = true')
            document.body.append(target)
            target.click()
            target.remove()
            let evalError = ''
            try {
              new Function('window.evalRan = true')()
            } catch (e) {
              evalError = e instanceof Error ? e.name : String(e)
            }
            const style = document.createElement('style')
            style.textContent = 'body { visibility: hidden }'
            document.head.append(style)
            await new Promise((resolve) => setTimeout(resolve, 200))
            style.remove()
            resolve({
              violations: violations.sort(),
              ran: [w.inlineScriptRan, w.inlineHandlerRan, w.evalRan],
              evalError,
              hidden: getComputedStyle(document.body).visibility === 'hidden',
            })
          }),
        ),
    )
    expect(outcome.ran).toEqual([undefined, undefined, undefined])
    expect(outcome.evalError).toBe('EvalError')
    expect(outcome.hidden).toBe(false)
    // The same policy arrives twice (the <meta> and the header), and each copy reports what it refused.
    expect(outcome.violations).toEqual(
      ['script-src-attr inline', 'script-src-elem inline', 'script-src eval', 'style-src-elem inline']
        .flatMap((v) => [v, v])
        .sort(),
    )
    // Chromium logs the inline refusals (once per copy of the policy); eval's refusal is the EvalError above.
    expect(errors).toHaveLength(6)
    // The app itself still works under the policy.
    await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible()
  })
})

/** Arms or disarms the fault that the crash journey's init script injects. */
function armFault(page: Page, armed: boolean): Promise<void> {
  return page.evaluate(
    (on) => void ((window as unknown as { kafkaLabTestFault?: boolean }).kafkaLabTestFault = on),
    armed,
  )
}

test.describe('a view that crashes', () => {
  // The fault is injected by the test, not built into the app: while armed, String.prototype.padStart throws, and
  // the record inspector calls it while rendering (its day-and-clock timestamp).
  test.use({ allowedConsoleErrors: [/Injected fault/] })

  test('the recovery panel saves the scene and starts again; the error is logged exactly once', async ({
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      const original = String.prototype.padStart
      const w = window as unknown as { kafkaLabTestFault?: boolean }
      Object.defineProperty(String.prototype, 'padStart', {
        configurable: true,
        writable: true,
        value: function padStart(this: string, ...args: [number, string?]) {
          if (w.kafkaLabTestFault) throw new Error('Injected fault: padStart is broken')
          return original.apply(this, args)
        },
      })
    })
    const errors = consoleErrors(page)
    const lab = new LabPage(page)
    await gotoApp(page, 'paused=1')
    await lab.ready()
    // Some work worth keeping: a record of the student's own.
    const produced = await lab.dispatch({ type: 'produce', topic: 'purchases', key: 'mine', value: 'kept' })
    expect(produced.ok).toBe(true)
    expect((await lab.dispatch({ type: 'advance', ms: 6000 })).ok).toBe(true)
    const record = page.getByRole('button', { name: /^Offset \d+, key .+, committed$/ }).first()
    await expect(record).toBeVisible()
    const before = await lab.exportScenario()
    expect(errors).toEqual([])
    // The parts that mount once the page is idle are in (they format times too): only the click may crash a view.
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    // The command line docks beside the stage; unfold it as a student would, so it too has rendered.
    await page.getByRole('button', { name: 'Command line' }).click()
    await expect(page.getByRole('region', { name: 'Command line' })).toBeVisible()

    await armFault(page, true)
    // A plain click event: no pointer moves or scrolling that could make some other view render (and crash) first.
    await record.dispatchEvent('click')
    const panel = page.getByRole('main', { name: 'Something in the simulator broke' })
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(page.getByRole('banner')).toHaveCount(0)
    await armFault(page, false)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('Kafka Lab: a view crashed')
    expect(errors[0]).toContain('Injected fault: padStart is broken')
    await panel.getByText('Details for a bug report').click()
    await expect(panel.getByText('Error: Injected fault: padStart is broken')).toBeVisible()
    const axe = await new AxeBuilder({ page }).analyze()
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])

    // The work is still there: saved as a file, it is exactly the scene before the crash.
    const downloading = page.waitForEvent('download')
    await panel.getByRole('button', { name: 'Save the scene as a file' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('kafka-lab-scene.json')
    const path = testInfo.outputPath('crashed-scene.json')
    await download.saveAs(path)
    expect(await readFile(path, 'utf8')).toBe(before)
    await expect(panel.getByRole('status')).toHaveText('The scene was saved as kafka-lab-scene.json.')

    // A fresh start: the simulator is back with the default scene at time 0.
    await panel.getByRole('button', { name: 'Start again with a fresh scene' }).click()
    await expect(panel).toBeHidden()
    await expect(page.getByRole('banner')).toBeVisible()
    const snap = await lab.snapshot()
    expect(snap.timeMs).toBe(0)
    expect(JSON.parse(await lab.exportScenario()).commands).toEqual([])
    expect(errors).toHaveLength(1)
  })
})

test.describe('storage that is corrupted or full', () => {
  test('hostile and malformed saves are ignored with notices that quote them as text, once', async ({
    page,
  }) => {
    const dialogs = forbidDialogs(page)
    await page.addInitScript(
      ([autosaveKey, progressKey, hostile]) => {
        if (sessionStorage.getItem('seeded')) return
        sessionStorage.setItem('seeded', '1')
        localStorage.setItem(autosaveKey, `${'['.repeat(500_000)}${hostile}`)
        localStorage.setItem(
          progressKey,
          JSON.stringify({ completed: ['topics', hostile, 42], extra: { nested: [1] } }),
        )
      },
      [AUTOSAVE_KEY, PROGRESS_KEY, HOSTILE] as const,
    )
    const lab = new LabPage(page)
    await gotoApp(page, 'paused=1')
    await lab.ready()
    const notices = page.locator('.notice')
    await expect(
      notices.filter({ hasText: 'Your saved work could not be read, so it was discarded' }),
    ).toHaveCount(1)
    await expect(
      notices.filter({
        hasText: `Saved lesson progress that could not be read was ignored: “["${HOSTILE}",42]”.`,
      }),
    ).toHaveCount(1)
    await expect(notices).toHaveCount(2)
    await expect(page.locator('img')).toHaveCount(0)
    // What was good is kept: the lessons menu still knows "topics" was completed.
    const lessons = await page.evaluate(() =>
      (
        window as unknown as { kafkaLab: { lessons(): { id: string; completed: boolean }[] } }
      ).kafkaLab.lessons(),
    )
    expect(lessons.filter((l) => l.completed).map((l) => l.id)).toEqual(['topics'])
    // The garbage is gone (autosave may already have written the current scene in its place).
    expect(
      await page.evaluate((key) => localStorage.getItem(key)?.startsWith('[') ?? false, AUTOSAVE_KEY),
    ).toBe(false)

    // A reload finds nothing more to complain about.
    await page.reload()
    await lab.ready()
    await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible()
    await expect(notices).toHaveCount(0)
    expect(dialogs).toEqual([])
  })

  test('a saved scene with hostile record text opens, and the text is shown as text', async ({ page }) => {
    const dialogs = forbidDialogs(page)
    const lab = new LabPage(page)
    await gotoApp(page, 'paused=1')
    await lab.ready()
    expect(
      (
        await lab.dispatch({
          type: 'produce',
          topic: 'purchases',
          partition: 0,
          key: HOSTILE,
          value: HOSTILE,
          format: 'text',
        })
      ).ok,
    ).toBe(true)
    expect((await lab.dispatch({ type: 'advance', ms: 3000 })).ok).toBe(true)
    const scene = await lab.exportScenario()
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [AUTOSAVE_KEY, scene] as const)
    // Reopened without parameters, so that the saved work is restored (autosave writes the same scene meanwhile).
    await gotoApp(page)
    await lab.ready()
    expect(await lab.exportScenario()).toBe(scene)
    const offset = (await lab.records('purchases', 0)).find((r) => r.key === HOSTILE)?.offset
    expect(offset).toBeDefined()
    await page
      .getByRole('button', { name: `Offset ${offset}, key ${HOSTILE}, committed` })
      .first()
      .click()
    const inspector = page.getByRole('complementary', { name: /^Record purchases-0, offset \d+$/ })
    await expect(inspector.getByText(HOSTILE).first()).toBeVisible()
    await expect(page.locator('img')).toHaveCount(0)
    expect(dialogs).toEqual([])
  })

  test('a full store: one notice, whoever writes, and the simulator keeps working', async ({ page }) => {
    await page.addInitScript(
      ([progressKey, hostile]) => {
        const realSetItem = Storage.prototype.setItem
        realSetItem.call(localStorage, progressKey, hostile)
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
      },
      [PROGRESS_KEY, HOSTILE] as const,
    )
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    const full = page.locator('.notice').filter({ hasText: 'Your work could not be saved in this browser' })
    await expect(full).toHaveCount(1)
    await expect(page.locator('.notice').filter({ hasText: `ignored: “${HOSTILE}”` })).toHaveCount(1)
    // Autosave tries every 3 s and when the page is hidden: each try fails, none adds a notice.
    for (const brokerId of [1, 2]) {
      expect((await lab.dispatch({ type: 'killBroker', brokerId })).ok).toBe(true)
      await page.waitForTimeout(3500)
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    }
    await expect(full).toHaveCount(1)
    await expect(page.locator('.notice')).toHaveCount(2)
    // The simulator goes on: the cluster reacts, the notices can be dismissed.
    await expect.poll(async () => (await lab.snapshot()).brokers.filter((b) => !b.alive).length).toBe(2)
    await full.getByRole('button', { name: 'Dismiss' }).click()
    await expect(full).toHaveCount(0)
    await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible()
  })
})
