import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

// A simulated minute at 16x takes about 10 s of frames on a quiet machine, and several times that on a loaded CI
// runner (the clock simulates at most 100 ms a frame): room for it, whatever the machine.
test.describe.configure({ timeout: 150_000 })

/**
 * Accessibility after a scene has run a simulated minute (groups assigned, records retained, notices shown):
 * axe finds no serious or critical WCAG 2.2 A/AA violation on any screen the app promises, in English and Spanish.
 * Colour contrast of the palettes themselves (including non-text marks axe cannot see) is unit-tested in
 * src/view/contrast.test.ts.
 */

type Screen = {
  name: string
  query: string
  viewport: { width: number; height: number }
  mobile?: boolean
}

const SCREENS: Screen[] = [
  { name: 'laptop 1366x768', query: '', viewport: { width: 1366, height: 768 } },
  { name: 'lecture 1280x720', query: 'mode=present', viewport: { width: 1280, height: 720 } },
  { name: 'lecture 1920x1080', query: 'mode=present', viewport: { width: 1920, height: 1080 } },
  { name: 'embed 800x500', query: 'embed=1', viewport: { width: 800, height: 500 } },
  { name: 'phone 390x844', query: '', viewport: { width: 390, height: 844 }, mobile: true },
]

const LANGS = ['en', 'es'] as const

/** The first lesson of the course (src/lessons/catalog.ts). */
const FIRST_LESSON = 'topics'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Plays the scene at 16x until its clock has reached `untilMs`, then back to real time. */
async function runUntil(page: Page, untilMs: number): Promise<void> {
  const lab = new LabPage(page)
  await lab.ready()
  expect((await lab.dispatch({ type: 'play' })).ok).toBe(true)
  expect((await lab.dispatch({ type: 'setSpeed', factor: 16 })).ok).toBe(true)
  await page.waitForFunction(
    (t) =>
      (window as unknown as { kafkaLab: { snapshot(): { timeMs: number } } }).kafkaLab.snapshot().timeMs >= t,
    untilMs,
    { timeout: 90_000, polling: 250 },
  )
  expect((await lab.dispatch({ type: 'setSpeed', factor: 1 })).ok).toBe(true)
}

/** A simulated minute: the groups are assigned and the logs hold records. */
async function runOneMinute(page: Page): Promise<void> {
  await runUntil(page, 60_000)
  const snap = await new LabPage(page).snapshot()
  expect(
    snap.topics.some((t) => t.partitions.some((p) => p.highWatermark > 0)),
    'records retained',
  ).toBe(true)
}

/** Serious and critical violations, one line each, naming the first few elements and why they fail. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 3)
        .map(
          (n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''})`,
        )
      return `${v.id} [${v.impact}] ${v.nodes.length} node(s): ${nodes.join(' | ')}`
    })
}

async function openAndCheck(page: Page, query: string, then?: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await gotoApp(page, query)
  await runOneMinute(page)
  await then?.()
  expect(await seriousViolations(page)).toEqual([])
}

/** Kills broker 2 and plays on until its replicas have left the ISR: offline and out-of-sync marks, new leaders,
    the timeline's kill and election markers, the narration's danger tone. */
async function brokerDown(page: Page): Promise<void> {
  const lab = new LabPage(page)
  expect((await lab.dispatch({ type: 'killBroker', brokerId: 2 })).ok).toBe(true)
  await runUntil(page, (await lab.snapshot()).timeMs + 30_000)
  const snap = await lab.snapshot()
  expect(snap.brokers.find((b) => b.id === 2)?.alive).toBe(false)
  expect(
    snap.topics.flatMap((t) => t.partitions).some((p) => p.isr.length < p.replicas.length),
    'an ISR shrank',
  ).toBe(true)
}

for (const screen of SCREENS) {
  test.describe(`accessibility on the ${screen.name}`, () => {
    test.use({
      viewport: screen.viewport,
      isMobile: screen.mobile ?? false,
      hasTouch: screen.mobile ?? false,
      deviceScaleFactor: 1,
    })
    for (const lang of LANGS) {
      test(`the default scene after a minute, ${lang}`, async ({ page }) => {
        await openAndCheck(page, [screen.query, `lang=${lang}`].filter(Boolean).join('&'))
      })
    }
  })
}

test.describe('accessibility with a lesson, a broker down and at scale', () => {
  for (const screen of [SCREENS[0]!, SCREENS[1]!]) {
    test.describe(screen.name, () => {
      test.use({ viewport: screen.viewport, deviceScaleFactor: 1 })
      test(`a lesson running, ${screen.name === SCREENS[0]!.name ? 'en' : 'es'}`, async ({ page }) => {
        const lang = screen.name === SCREENS[0]!.name ? 'en' : 'es'
        await openAndCheck(
          page,
          [screen.query, `lesson=${FIRST_LESSON}`, `lang=${lang}`].filter(Boolean).join('&'),
        )
        await expect(page.locator('.lesson-panel')).toBeVisible()
      })
      test(`a broker down, ${screen.name === SCREENS[0]!.name ? 'es' : 'en'}`, async ({ page }) => {
        const lang = screen.name === SCREENS[0]!.name ? 'es' : 'en'
        await openAndCheck(page, [screen.query, `lang=${lang}`].filter(Boolean).join('&'), () =>
          brokerDown(page),
        )
      })
      test(`the stress scene, ${screen.name === SCREENS[0]!.name ? 'es' : 'en'}`, async ({ page }) => {
        const lang = screen.name === SCREENS[0]!.name ? 'es' : 'en'
        await openAndCheck(page, [screen.query, 'scenario=stress', `lang=${lang}`].filter(Boolean).join('&'))
      })
    })
  }
})
