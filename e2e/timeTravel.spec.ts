import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import { expect, gotoApp, test } from './fixtures'
import { LabPage, type Snap } from './labPage'

const withoutRunning = (s: Snap) => {
  const { running: _running, ...rest } = s
  return rest
}

/** Plays the app fast for a moment (real frames), then pauses and lets the rest of the time up to `ms` pass. */
async function runUntil(lab: LabPage, ms: number): Promise<void> {
  await lab.dispatch({ type: 'setSpeed', factor: 64 })
  await lab.dispatch({ type: 'play' })
  await lab.page.waitForTimeout(400)
  await lab.dispatch({ type: 'pause' })
  const now = (await lab.snapshot()).timeMs
  if (now < ms) expect((await lab.dispatch({ type: 'advance', ms: ms - now + 123.5 })).ok).toBe(true)
}

test.describe('time travel', () => {
  test.describe.configure({ timeout: 60_000 })
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
  })

  test('seeking back gives exactly the snapshot the run had then', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await runUntil(lab, 20_000)
    const at = await lab.snapshot()
    // The run goes on, with a kill and records that came later (a command at t itself is part of the state at t).
    expect((await lab.dispatch({ type: 'advance', ms: 1500 })).ok).toBe(true)
    expect((await lab.dispatch({ type: 'killBroker', brokerId: 2 })).ok).toBe(true)
    await runUntil(lab, at.timeMs + 30_000)
    expect((await lab.snapshot()).brokers.find((b) => b.id === 2)?.alive).toBe(false)

    expect(await lab.dispatch({ type: 'seek', timeMs: at.timeMs })).toEqual({ ok: true })
    const back = await lab.snapshot()
    expect(back.running).toBe(false)
    expect(withoutRunning(back)).toEqual(withoutRunning(at))

    // The timeline shows the kill, and steps to it from the keyboard-reachable marker button.
    const timeline = page.getByRole('region', { name: 'Timeline' })
    const next = timeline.getByRole('button', { name: /^On to the next marker: Broker 2 killed/ })
    await next.click()
    expect((await lab.snapshot()).brokers.find((b) => b.id === 2)?.alive).toBe(false)
    // The slider answers the arrow keys: one second back.
    const t = (await lab.snapshot()).timeMs
    await timeline.getByRole('slider', { name: 'Simulated time of the run' }).press('ArrowLeft')
    await expect.poll(async () => (await lab.snapshot()).timeMs).toBe(t - 1000)
    await expect(timeline.getByRole('button', { name: 'Back to the present' })).toBeVisible()
  })

  test('a permalink opened in a fresh browser gives the identical snapshot, paused', async ({
    page,
    browser,
  }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await runUntil(lab, 8_000)
    expect(
      (await lab.dispatch({ type: 'produce', topic: 'purchases', key: 'alice', value: 'hello ☕' })).ok,
    ).toBe(true)
    expect((await lab.dispatch({ type: 'killBroker', brokerId: 3 })).ok).toBe(true)
    await runUntil(lab, 15_000)
    const snap = await lab.snapshot()

    // The Share dialog shows the same link, with a QR code.
    await page.getByRole('button', { name: 'Share', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Share this scene' })
    await expect(dialog).toBeVisible()
    const url = await dialog.getByRole('textbox', { name: 'Link' }).inputValue()
    expect(url).toBe(await lab.shareUrl())
    expect(url.length).toBeLessThan(2048)
    await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible()
    const axe = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    const other = await browser.newContext()
    const fresh = await other.newPage()
    await fresh.goto(url)
    const lab2 = new LabPage(fresh)
    await lab2.ready()
    const opened = await lab2.snapshot()
    expect(opened.running).toBe(false)
    expect(withoutRunning(opened)).toEqual(withoutRunning(snap))
    expect(await lab2.records('purchases', 0)).toEqual(await lab.records('purchases', 0))
    await other.close()
  })

  test('a reload keeps the work, paused', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await runUntil(lab, 5_000)
    expect((await lab.dispatch({ type: 'killBroker', brokerId: 1 })).ok).toBe(true)
    await runUntil(lab, 12_000)
    const snap = await lab.snapshot()
    await page.reload()
    await lab.ready()
    const after = await lab.snapshot()
    expect(after.running).toBe(false)
    expect(withoutRunning(after)).toEqual(withoutRunning(snap))
    // A URL that asks for a scene wins over the saved work.
    await gotoApp(page, 'scenario=default')
    await lab.ready()
    expect((await lab.snapshot()).brokers.every((b) => b.alive)).toBe(true)
    // ...without overwriting it: a page opened on something else keeps the saved work until the student acts.
    await page.waitForTimeout(3500) // past an autosave interval
    await gotoApp(page)
    await lab.ready()
    expect(withoutRunning(await lab.snapshot())).toEqual(withoutRunning(snap))
  })

  test('a corrupted save gives a notice and the default scene', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    // Written before the app starts again (after the old page saved its work on the way out).
    await page.addInitScript(() =>
      localStorage.setItem('kafka-lab:autosave', '{"format":"kafka-lab-scene","version":2,"scen'),
    )
    await page.reload()
    await lab.ready()
    await expect(page.getByText('Your saved work could not be read')).toBeVisible()
    expect((await lab.snapshot()).running).toBe(true)
  })

  test('save to a file and open it again; a bad file is refused with a notice', async ({
    page,
  }, testInfo) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await runUntil(lab, 6_000)
    const snap = await lab.snapshot()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save as a file' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('kafka-lab-scene.json')
    const path = testInfo.outputPath('scene.json')
    await download.saveAs(path)
    const text = await readFile(path, 'utf8')
    expect(JSON.parse(text)).toMatchObject({ format: 'kafka-lab-scene', version: 2 })

    await lab.dispatch({ type: 'reset' })
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) })
    await expect(page.getByText('Opened “mine.json”, paused.')).toBeVisible()
    expect(withoutRunning(await lab.snapshot())).toEqual(withoutRunning(snap))

    // Dropped on the page: refused, with where the problem is, and nothing changes.
    const bad = JSON.stringify({ ...JSON.parse(text), timeMs: -1 })
    await page.evaluate((content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], 'broken.json', { type: 'application/json' }))
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }))
    }, bad)
    await expect(page.getByText(/Could not open “broken.json”: timeMs: expected 0 or more/)).toBeVisible()
    expect(withoutRunning(await lab.snapshot())).toEqual(withoutRunning(snap))
  })
})
