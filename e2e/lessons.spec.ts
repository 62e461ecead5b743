import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

type Lesson = { id: string; step: number; stepCount: number; completed: boolean; goalReached: boolean }
const lessonOf = async (lab: LabPage) => ((await lab.snapshot()) as unknown as { lesson?: Lesson }).lesson

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} nodes: ${v.nodes[0]?.target.join(' ')}`)
}

test.describe('lessons', () => {
  // Whole lessons, played by hand: longer than one action.
  test.setTimeout(120_000)

  test('a student finishes the keys lesson in Spanish with the mouse', async ({ page }) => {
    const lab = new LabPage(page)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page, 'lang=es')
    await lab.ready()
    await page.getByRole('button', { name: 'Lecciones' }).click()
    const menu = page.getByRole('dialog', { name: 'Lecciones' })
    await menu
      .getByRole('button', { name: /Llaves|Keys/i })
      .first()
      .click()
    const panel = page.getByRole('region', { name: 'Lección' })
    await expect(panel).toBeVisible()
    await expect.poll(async () => (await lessonOf(lab))?.id).toBe('keys')
    const form = page.getByRole('form', { name: 'Producir a mano' })
    const done = panel.getByText('¡Hecho!')

    // Step 1: predict, then three records without a key stick to one partition.
    await panel.getByRole('radio').nth(1).check()
    await panel.getByRole('button', { name: 'Comprobar' }).click()
    await form.getByLabel('Sin llave (null)').check()
    for (let i = 0; i < 3; i++) await form.getByRole('button', { name: 'Enviar' }).click()
    await expect(done).toBeVisible({ timeout: 15_000 })
    await panel.getByRole('button', { name: 'Siguiente' }).click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(1)

    // Step 2: the same key twice lands in the same partition.
    await form.getByLabel('Sin llave (null)').uncheck()
    await form.getByLabel('Llave (key)').fill('customer-7')
    for (let i = 0; i < 2; i++) await form.getByRole('button', { name: 'Enviar' }).click()
    await expect(done).toBeVisible({ timeout: 15_000 })
    await panel.getByRole('button', { name: 'Siguiente' }).click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(2)

    // Step 3: the same key in a topic with another partition count lands elsewhere (murmur2 % n).
    await page.getByRole('button', { name: 'Nuevo tema' }).click()
    const dialog = page.getByRole('dialog', { name: 'Crear un tema (topic)' })
    await dialog.getByLabel('Nombre').fill('orders')
    await dialog.getByLabel('Particiones').fill('4')
    await dialog.getByRole('button', { name: 'Crear tema' }).click()
    await expect(dialog).toBeHidden()
    await form.getByLabel('Llave (key)').fill('customer-7')
    await form.getByLabel('Tema (topic)').selectOption('purchases')
    await form.getByRole('button', { name: 'Enviar' }).click()
    await form.getByLabel('Tema (topic)').selectOption('orders')
    await form.getByRole('button', { name: 'Enviar' }).click()
    await expect(panel.getByText('Lección completada')).toBeVisible({ timeout: 15_000 })
    expect((await lessonOf(lab))?.completed).toBe(true)
    const lessons = await page.evaluate(() =>
      (
        window as unknown as { kafkaLab: { lessons(): { id: string; completed: boolean }[] } }
      ).kafkaLab.lessons(),
    )
    expect(lessons.find((l) => l.id === 'keys')?.completed).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a presenter finishes the topics lesson by hand in lecture mode at 1280x720, each control on screen as it is used', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const lab = new LabPage(page)
    await gotoApp(page, 'mode=present&lesson=topics')
    await lab.ready()
    const panel = page.getByRole('region', { name: 'Lesson' })
    const done = panel.getByText('Done!')
    const next = panel.getByRole('button', { name: /^Next/ })
    const onScreen = async (name: string, target: ReturnType<Page['locator']>) => {
      await expect(target, name).toBeInViewport()
      await target.click()
    }
    await expect(panel).toBeVisible()
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(1)

    // Step 2: predict, then two records in two formats from the produce form, which lecture mode docks beside.
    await panel.getByRole('radio').nth(1).check()
    await panel.getByRole('button', { name: 'Check' }).click()
    const form = page.getByRole('form', { name: 'Produce by hand' })
    await form.getByLabel('Format').selectOption('json')
    await onScreen('Send (JSON)', form.getByRole('button', { name: 'Send' }))
    await form.getByLabel('Format').selectOption('text')
    await form.getByLabel('Value').fill('hello, world')
    await onScreen('Send (text)', form.getByRole('button', { name: 'Send' }))
    await expect(done).toBeVisible({ timeout: 15_000 })
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(2)

    // Step 3: a second topic, from the cluster's "New topic".
    await panel.getByRole('radio').nth(1).check()
    await panel.getByRole('button', { name: 'Check' }).click()
    await onScreen('New topic', page.getByRole('button', { name: 'New topic' }))
    const dialog = page.getByRole('dialog', { name: 'Create a topic' })
    await dialog.getByLabel('Name').fill('logs')
    await onScreen('Create topic', dialog.getByRole('button', { name: 'Create topic' }))
    await expect(done).toBeVisible({ timeout: 15_000 })
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(3)

    // Step 4: a consumer reads the stream: a new group from the earliest offset.
    await onScreen('Add consumer', page.getByRole('button', { name: 'Add consumer' }))
    const add = page.getByRole('dialog', { name: 'Add a consumer' })
    await add.getByLabel('Consumer group (group.id)').fill('reader')
    await add.getByRole('radio', { name: /^earliest/ }).check()
    await onScreen('Add consumer (submit)', add.getByRole('button', { name: 'Add consumer' }))
    await expect.poll(async () => (await lessonOf(lab))?.completed, { timeout: 30_000 }).toBe(true)
    // Never a page scroll on the projector.
    expect(
      await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
      ]),
    ).toEqual([1280, 720])
  })

  test('a student finishes partitions and offsets by hand in Spanish at 1366x768, after a wrong partition that is refused', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const lab = new LabPage(page)
    await gotoApp(page, 'lang=es&lesson=partitions-offsets')
    await lab.ready()
    const panel = page.getByRole('region', { name: 'Lección' })
    const done = panel.getByText('¡Hecho!')
    const next = panel.getByRole('button', { name: /^Siguiente/ })
    const form = page.getByRole('form', { name: 'Producir a mano' })
    const send = form.getByRole('button', { name: 'Enviar' })
    await expect(panel).toBeVisible()
    await next.click()

    // Step 2: a record to partition 1, chosen in the form.
    await panel.getByRole('radio').first().check()
    await panel.getByRole('button', { name: 'Comprobar' }).click()
    await form.getByLabel('Partición').selectOption('1')
    await send.click()
    await expect(done).toBeVisible({ timeout: 15_000 })
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(2)

    // Step 3: offset 3 exists in partitions 0 and 1, two different records: one more to each (partition 1 has
    // offsets 0 to 2 so far; one alone is not enough).
    await form.getByLabel('Partición').selectOption('0')
    await form.getByLabel('Valor').fill('{"order":11,"item":"sofa"}')
    await send.click()
    await page.waitForTimeout(1500)
    expect((await lessonOf(lab))?.goalReached).toBe(false)
    await form.getByLabel('Partición').selectOption('1')
    await form.getByLabel('Valor').fill('{"order":12,"item":"rug"}')
    await send.click()
    await expect(done).toBeVisible({ timeout: 15_000 })
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(3)

    // Step 4: three records in a row to partition 2. One to partition 0 first is the wrong attempt: it is refused,
    // says why, and three more to partition 2 complete the step.
    await panel.getByRole('radio').nth(2).check()
    await panel.getByRole('button', { name: 'Comprobar' }).click()
    await form.getByLabel('Partición').selectOption('0')
    await send.click()
    await expect(panel.getByRole('status').filter({ hasText: 'Por qué todavía no cuenta' })).toContainText(
      'Partición 2',
      { timeout: 15_000 },
    )
    expect((await lessonOf(lab))?.goalReached).toBe(false)
    await form.getByLabel('Partición').selectOption('2')
    for (const value of ['primero', 'segundo', 'tercero']) {
      await form.getByLabel('Valor').fill(value)
      await send.click()
    }
    await expect(done).toBeVisible({ timeout: 15_000 })
    // The cells write the values the step talks about (shortened on the cell, whole in its name).
    const row = page.locator('[data-anchor^="replica:purchases:2:"]').first()
    await expect(row.getByRole('button', { name: /tercero/ })).toContainText('terce')
    await next.click()
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(4)

    // Step 5: a topic with six partitions.
    await page.getByRole('button', { name: 'Nuevo tema' }).click()
    const dialog = page.getByRole('dialog', { name: 'Crear un tema (topic)' })
    await dialog.getByLabel('Nombre').fill('clicks')
    await dialog.getByLabel('Particiones').fill('6')
    await dialog.getByRole('button', { name: 'Crear tema' }).click()
    await expect(panel.getByText('Lección completada')).toBeVisible({ timeout: 15_000 })
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a presenter walks producers-failover with the keyboard only, in lecture mode', async ({ page }) => {
    const lab = new LabPage(page)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page, 'mode=present')
    await lab.ready()
    await expect(page.locator('html')).toHaveClass(/present/)
    // Open the lessons menu from the keyboard: Tab to the header's Lessons button.
    const lessonsButton = page.getByRole('button', { name: 'Lessons' })
    for (let i = 0; i < 12 && !(await lessonsButton.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const menu = page.getByRole('dialog', { name: 'Lessons' })
    await expect(menu).toBeVisible()
    const item = menu.getByRole('button', { name: /broker failures/i }).first()
    await item.focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await lessonOf(lab))?.id).toBe('producers-failover')
    const panel = page.getByRole('region', { name: 'Lesson' })
    // The presenter speeds the clock up with + (1x → 2x → 4x → 8x).
    await page.locator('body').focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    await expect.poll(async () => await page.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('8')

    // Steps 1 and 2: the presenter lets "Show me" do the typing, then moves on with the clicker (→).
    for (const step of [0, 1]) {
      await panel.getByRole('button', { name: 'Show me' }).focus()
      await page.keyboard.press('Enter')
      await expect(panel.getByText('Done!')).toBeVisible({ timeout: 20_000 })
      await page.locator('body').focus()
      await page.keyboard.press('ArrowRight')
      await expect.poll(async () => (await lessonOf(lab))?.step).toBe(step + 1)
    }
    // Step 3: select the leader of purchases-0 with its digit and kill it with K.
    const leader = (await lab.partition('purchases', 0)).leader!
    await page.keyboard.press(String(leader))
    await page.keyboard.press('k')
    await expect
      .poll(async () => (await lab.snapshot()).brokers.find((b) => b.id === leader)?.alive)
      .toBe(false)
    await expect(panel.getByText('Done!')).toBeVisible({ timeout: 30_000 })
    await page.locator('body').focus()
    await page.keyboard.press('PageDown')
    await expect.poll(async () => (await lessonOf(lab))?.step).toBe(3)
    // Step 4: restart it with R; it rejoins the ISR.
    await page.keyboard.press(String(leader))
    await page.keyboard.press('r')
    await expect.poll(async () => (await lessonOf(lab))?.completed, { timeout: 30_000 }).toBe(true)
    // B blacks the screen out, Escape brings it back.
    await page.keyboard.press('b')
    await expect(page.locator('.blackout')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.locator('.blackout')).toBeHidden()
    expect(await seriousViolations(page)).toEqual([])
  })
})
