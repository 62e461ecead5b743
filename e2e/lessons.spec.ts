import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

type Lesson = { id: string; step: number; stepCount: number; completed: boolean }
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
    await menu.getByRole('button', { name: /Llaves|Keys/i }).first().click()
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
    const lessons = await page.evaluate(() => (window as unknown as { kafkaLab: { lessons(): { id: string; completed: boolean }[] } }).kafkaLab.lessons())
    expect(lessons.find((l) => l.id === 'keys')?.completed).toBe(true)
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
    for (let i = 0; i < 12 && !(await lessonsButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
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
    await expect.poll(async () => (await page.getByRole('combobox', { name: 'Speed' }).inputValue())).toBe('8')

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
    await expect.poll(async () => (await lab.snapshot()).brokers.find((b) => b.id === leader)?.alive).toBe(false)
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
