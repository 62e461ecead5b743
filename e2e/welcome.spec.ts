import AxeBuilder from '@axe-core/playwright'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

/** A new student's first minute: the welcome names what runs on screen and offers three ways in, once. */
test.describe('the first visit', () => {
  test.use({ welcome: true })

  test('a new student is welcomed in Spanish at 1366x768, starts the first lesson, and is not welcomed again', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const lab = new LabPage(page)
    await gotoApp(page, 'lang=es')
    await lab.ready()
    const welcome = page.getByRole('dialog', { name: 'Bienvenido a Kafka Lab' })
    await expect(welcome).toBeVisible()
    for (const part of ['Los productores', 'Los brokers', 'Los grupos de consumidores'])
      await expect(welcome.getByText(part)).toBeVisible()
    // The scene runs behind it: the welcome talks about what moves.
    expect((await lab.snapshot()).running).toBe(true)
    const box = (await welcome.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(768)
    const axe = await new AxeBuilder({ page })
      .include('dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])
    // The first lesson is the one the focus is on.
    const first = welcome.getByRole('button', { name: /La primera lección/ })
    await expect(first).toBeFocused()
    await first.click()
    await expect(welcome).toBeHidden()
    await expect
      .poll(async () =>
        page.evaluate(
          () =>
            (
              window as unknown as { kafkaLab: { snapshot(): { lesson: { id: string } | null } } }
            ).kafkaLab.snapshot().lesson?.id,
        ),
      )
      .toBe('topics')
    await page.reload()
    await lab.ready()
    await expect(page.locator('.lesson-panel')).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Bienvenido a Kafka Lab' })).toHaveCount(0)
  })

  test('free play closes it for good; Help brings it back; lecture mode from it turns the projector layout on', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Kafka Lab' })
    await welcome.getByRole('button', { name: /Explore on my own/ }).click()
    await expect(welcome).toBeHidden()
    expect((await lab.snapshot()).running).toBe(true)
    await page.reload()
    await lab.ready()
    await expect(page.locator('.app')).toBeVisible()
    await page.waitForTimeout(500)
    await expect(welcome).toHaveCount(0)
    // The way back.
    await page.keyboard.press('?')
    await page.getByRole('button', { name: 'Show the welcome again' }).click()
    await expect(welcome).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
    await welcome.getByRole('button', { name: /Lecture mode/ }).click()
    await expect(welcome).toBeHidden()
    await expect(page.locator('html')).toHaveClass(/present/)
  })

  test('Escape dismisses it, and it is remembered', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Kafka Lab' })
    await expect(welcome).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(welcome).toBeHidden()
    expect(await page.evaluate(() => localStorage.getItem('kafka-lab:welcomed'))).toBe('1')
  })

  test('on a phone it fits the width, and its choices are thumb-sized', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
    const page = await context.newPage()
    await gotoApp(page)
    const welcome = page.getByRole('dialog', { name: 'Welcome to Kafka Lab' })
    await expect(welcome).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    for (const choice of await welcome.locator('.welcome-choice').all()) {
      const b = (await choice.boundingBox())!
      expect(b.height).toBeGreaterThanOrEqual(44)
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(390)
    }
    await welcome.getByRole('button', { name: /Explore on my own/ }).tap()
    await expect(welcome).toBeHidden()
    await context.close()
  })

  test('a link to a lesson or a scene, an embed and lecture mode go straight in', async ({ page }) => {
    const lab = new LabPage(page)
    for (const query of ['lesson=keys', 'scenario=stress', 'embed=1', 'mode=present']) {
      await gotoApp(page, query)
      await lab.ready()
      await page.waitForTimeout(400)
      await expect(page.locator('.welcome'), query).toHaveCount(0)
    }
  })

  test('a mistyped link opens with its notice readable, not hidden behind the welcome', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page, 'mode=lecture')
    await lab.ready()
    await page.waitForTimeout(400)
    await expect(page.locator('.welcome')).toHaveCount(0)
    await expect(page.locator('.notice').filter({ hasText: 'Unknown mode “lecture”' })).toBeVisible()
  })
})
