import AxeBuilder from '@axe-core/playwright'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { expect, gotoApp, test } from './fixtures'
import { LabPage, type Snap } from './labPage'

const EXAMPLES = join(process.cwd(), 'examples')
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }

/** A second origin: examples/ served on another port of 127.0.0.1. */
function serveExamples(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(EXAMPLES, path)
    if (!file.startsWith(EXAMPLES)) return void res.writeHead(403).end()
    stat(file).then(
      (s) => {
        if (!s.isFile()) return void res.writeHead(404).end()
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        createReadStream(file).pipe(res)
      },
      () => void res.writeHead(404).end(),
    )
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, origin: `http://127.0.0.1:${port}` })
    })
  })
}

type Api = { kafkaLab: { snapshot(): Snap; shareUrl(): string } }

test.describe('embedding', () => {
  test.describe.configure({ timeout: 60_000 })
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
  })

  test('?embed=1 is compact, with an "Open in full app" link to the same scene', async ({ page, context }) => {
    const lab = new LabPage(page)
    await gotoApp(page, 'embed=1&paused=1')
    await lab.ready()
    expect((await lab.snapshot()).running).toBe(false)
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0)
    await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    const open = page.getByRole('link', { name: 'Open in full app' })
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
    await expect(open).toHaveAttribute('target', '_blank')
    await expect(open).toHaveAttribute('rel', 'noopener')
    await lab.dispatch({ type: 'advance', ms: 7000 })
    await lab.dispatch({ type: 'killBroker', brokerId: 2 })
    const snap = await lab.snapshot()
    const opening = context.waitForEvent('page')
    await open.click()
    const full = await opening
    const fullLab = new LabPage(full)
    await fullLab.ready()
    expect(full.url()).not.toContain('embed=1')
    await expect(full.getByRole('banner')).toBeVisible()
    const { running: _a, ...expected } = snap
    const { running: _b, ...got } = await fullLab.snapshot()
    expect(got).toEqual(expected)
  })

  test('controls=0 hides the controls; lesson=<id> starts that lesson', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page, 'embed=1&controls=0&lesson=topics&lang=es')
    await lab.ready()
    await expect(page.getByRole('toolbar')).toHaveCount(0)
    await expect(page.getByRole('slider')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Abrir en la aplicación completa' })).toBeVisible()
    const snap = (await page.evaluate(() => (window as unknown as { kafkaLab: { snapshot(): { lesson?: { id: string } } } }).kafkaLab.snapshot()))
    expect(snap.lesson?.id).toBe('topics')
  })

  test('"Embed" in the full app gives an iframe snippet with the chosen options', async ({ page, baseURL }) => {
    await gotoApp(page)
    await new LabPage(page).ready()
    await page.getByRole('button', { name: 'Embed', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Embed this scene in a page' })
    await dialog.getByLabel('Language').selectOption('es')
    await dialog.getByLabel('Show the playback controls and the timeline').uncheck()
    await dialog.getByRole('radio', { name: 'playing' }).check()
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()
    expect(code.startsWith(`<iframe src="${new URL('./', baseURL).href}?embed=1&amp;lang=es&amp;controls=0&amp;paused=0&amp;z=`)).toBe(true)
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"')
    // The snippet's address opens that scene.
    const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')
    await page.goto(src)
    await expect(page.getByRole('link', { name: 'Abrir en la aplicación completa' })).toBeVisible()
    await expect(page.getByRole('toolbar')).toHaveCount(0)
  })

  test('the example page on another origin drives the embedded simulator through postMessage', async ({ page, baseURL }) => {
    // The simulator as `npm run preview` serves it (http://127.0.0.1:4173/ by default).
    const SIMULATOR = new URL('./', baseURL).href
    const { server, origin } = await serveExamples()
    try {
      await page.goto(`${origin}/embed.html?sim=${encodeURIComponent(SIMULATOR)}`)
      const log = page.locator('#log')
      await expect(log).toContainText('A event ready', { timeout: 15_000 })
      await expect(log).toContainText('B event ready')
      const frameA = page.frameLocator('#sim-a')
      await expect(frameA.getByRole('link', { name: 'Open in full app' })).toBeVisible()
      await expect(page.frameLocator('#sim-b').getByRole('link', { name: 'Abrir en la aplicación completa' })).toBeVisible()

      const last = page.locator('#last-reply')
      await page.getByRole('button', { name: 'Kill broker 1' }).click()
      await expect(last).toHaveText('{"ok":true}')
      await page.getByRole('button', { name: 'Produce a record' }).click()
      await expect(log).toContainText('A ← dispatch: {\n "ok": true\n}')
      await page.getByRole('button', { name: 'Snapshot' }).click()
      await expect(last).toContainText('"version":1')
      await expect(log).toContainText('A ← snapshot:')
      // The reply matches the simulator's own state: broker 1 is dead in frame A, alive in frame B.
      const frame = page.frames().find((f) => f.url().startsWith(SIMULATOR) && f.url().includes('lang=en'))!
      const snapA = await frame.evaluate(() => (window as unknown as Api).kafkaLab.snapshot())
      expect(snapA.brokers.find((b) => b.id === 1)?.alive).toBe(false)
      const frameB = page.frames().find((f) => f.url().includes('lang=es'))!
      const snapB = await frameB.evaluate(() => (window as unknown as Api).kafkaLab.snapshot())
      expect(snapB.brokers.find((b) => b.id === 1)?.alive).toBe(true)
      expect(snapB.running).toBe(false)

      await page.getByRole('button', { name: 'Call an unknown method' }).click()
      await expect(last).toHaveText(/^error: Unknown method "formatDisk"/)
      // The resize events sized the iframes to their content.
      const height = await page.locator('#sim-b').evaluate((el) => el.getBoundingClientRect().height)
      expect(height).toBeGreaterThan(200)
    } finally {
      server.close()
    }
  })
})
