import AxeBuilder from '@axe-core/playwright'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import type { Frame, FrameLocator, Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage, type Snap } from './labPage'

const EXAMPLES = join(process.cwd(), 'examples')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** A second origin: examples/ served on another port of 127.0.0.1. */
function serveExamples(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
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

  test('?embed=1 is compact, with an "Open in full app" link to the same scene', async ({
    page,
    context,
  }) => {
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
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])
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
    const snap = await page.evaluate(() =>
      (window as unknown as { kafkaLab: { snapshot(): { lesson?: { id: string } } } }).kafkaLab.snapshot(),
    )
    expect(snap.lesson?.id).toBe('topics')
  })

  test('a lesson drawer never hides what its step points at, nor the playbar (700x450)', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 450 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const lab = new LabPage(page)
    /** Whether the middle of each element is the element itself (or inside it), not the drawer lying over it. */
    const uncovered = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect()
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20))
          return r.width > 0 && !!hit && el.contains(hit)
        }),
      )
    // The consumers lesson points at the groups (on the stage's right): the drawer lies over the producers' side.
    await gotoApp(page, 'embed=1&lesson=consumers&lang=es')
    await lab.ready()
    await expect(page.locator('.lesson-panel')).toBeVisible()
    await expect(page.locator('[data-anchor^="group:"]')).toHaveCount(3)
    expect(await uncovered('[data-anchor^="group:"]')).toEqual([true, true, true])
    expect(await uncovered('.controls-play')).toEqual([true])
    await expect(page.locator('.lesson-task')).toBeInViewport({ ratio: 1 })
    // The keys lesson points at the producers and the produce form: the drawer lies on the right, as before.
    await gotoApp(page, 'embed=1&lesson=keys&lang=es')
    await lab.ready()
    await expect(page.locator('.lesson-panel')).toBeVisible()
    expect(await uncovered('[data-anchor^="producer:"]')).toEqual([true, true])
    expect(await uncovered('.controls-play')).toEqual([true])
  })

  test('"Embed" in the full app gives an iframe snippet with the chosen options', async ({
    page,
    baseURL,
  }) => {
    await gotoApp(page)
    await new LabPage(page).ready()
    await page.getByRole('button', { name: 'Embed', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Embed this scene in a page' })
    await dialog.getByLabel('Language').selectOption('es')
    await dialog.getByLabel('Show the playback controls and the timeline').uncheck()
    await dialog.getByRole('radio', { name: 'playing' }).check()
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()
    expect(
      code.startsWith(
        `<iframe src="${new URL('./', baseURL).href}?embed=1&amp;lang=es&amp;controls=0&amp;paused=0&amp;z=`,
      ),
    ).toBe(true)
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"')
    // The snippet's address opens that scene.
    const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')
    await page.goto(src)
    await expect(page.getByRole('link', { name: 'Abrir en la aplicación completa' })).toBeVisible()
    await expect(page.getByRole('toolbar')).toHaveCount(0)
  })

  test('the example page on another origin drives the embedded simulator through postMessage', async ({
    page,
    baseURL,
  }) => {
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
      await expect(
        page.frameLocator('#sim-b').getByRole('link', { name: 'Abrir en la aplicación completa' }),
      ).toBeVisible()

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

/** Waits for what mounts after the first paint (the consumers among them): two frames, then an idle moment. */
async function mounted(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => 'kafkaLab' in window, undefined, { timeout: 15_000 })
  await target.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => done(null), { timeout: 2000 })),
        ),
      ),
  )
}

/** The stage's regions, by their accessible names. */
const regions = (root: Page | FrameLocator) => ({
  producers: root.getByRole('region', { name: 'Producers' }),
  cluster: root.getByRole('region', { name: /^Cluster/ }),
  consumers: root.getByRole('region', { name: 'Consumers' }),
})

type Region = keyof ReturnType<typeof regions>
const SIZES = [
  { width: 800, height: 500 },
  { width: 700, height: 450 },
]
const CASES: { query: string; shown: Region[]; replicas: string[] }[] = [
  {
    query: 'embed=1',
    shown: ['producers', 'cluster', 'consumers'],
    replicas: ['purchases-0', 'purchases-1', 'purchases-2'],
  },
  {
    query: 'embed=1&panels=cluster',
    shown: ['cluster'],
    replicas: ['purchases-0', 'purchases-1', 'purchases-2'],
  },
  {
    query: 'embed=1&focus=purchases-1',
    shown: ['producers', 'cluster', 'consumers'],
    replicas: ['purchases-1'],
  },
]

/** The replicas each broker card shows, as topic-partition names (Kafka's form), broker by broker. */
async function replicasByBroker(root: Page | FrameLocator): Promise<string[][]> {
  const out: string[][] = []
  for (const broker of await root.locator('[data-broker-card]').all()) {
    const anchors = await broker
      .locator('[data-anchor^="replica:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-anchor')!))
    out.push(anchors.map((a) => a.split(':').slice(1, 3).join('-')))
  }
  return out
}

/** A host page on its own (opaque) origin with one iframe; it records each resize and, if asked, obeys it. */
function hostPage(src: string, width: number, height: number, obey: boolean): string {
  return `<!doctype html><html><body style="margin:0">
<iframe id="sim" src="${src.replace(/&/g, '&amp;')}" title="Kafka Lab" style="display:block;border:0;width:${width}px;height:${height}px"></iframe>
<script>
window.heights = []
const frame = document.getElementById('sim')
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || !e.data || e.data.kafkaLab !== 1 || e.data.event !== 'resize') return
  window.heights.push(e.data.data.height)
  if (${obey}) frame.style.height = e.data.data.height + 'px'
})
</script></body></html>`
}

/** Waits until the host has heard no new resize for `quiet` ms; returns every height heard. */
async function settledHeights(page: Page, quiet = 1500): Promise<number[]> {
  let seen = -1
  let since = Date.now()
  for (let i = 0; i < 60; i++) {
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights)
    if (heights.length > 0 && heights.length === seen && Date.now() - since >= quiet) return heights
    if (heights.length !== seen) {
      seen = heights.length
      since = Date.now()
    }
    await page.waitForTimeout(250)
  }
  throw new Error(
    `the resize messages never settled: ${(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).join(' ')}`,
  )
}

/** What the embedded document needs and holds, measured in the frame. */
function frameLayout(frame: Frame) {
  return frame.evaluate(() => {
    const doc = document.documentElement
    const overflow = (el: Element | null) => (el ? el.scrollHeight - el.clientHeight : 0)
    const stage = document.querySelector('.stage')
    // The lowest of the stage's regions, and of everything above it.
    let bottom = 0
    for (const el of document.querySelectorAll('.app > *, .app-main > *, .stage > *')) {
      const style = getComputedStyle(el)
      if (style.position === 'fixed' || style.position === 'absolute' || style.display === 'none') continue
      // The boxes that only stretch to the frame (the body, its main column, the workspace): what they hold counts.
      if (['workspace', 'app-body', 'app-main'].some((c) => el.classList.contains(c))) continue
      bottom = Math.max(bottom, el.getBoundingClientRect().bottom + scrollY)
    }
    return {
      viewport: innerHeight,
      docHeight: doc.scrollHeight,
      overflow: Math.max(overflow(doc), overflow(document.querySelector('.app')), overflow(stage)),
      bottom,
      scrollWidth: doc.scrollWidth,
      width: innerWidth,
    }
  })
}

test.describe('embeds that show what the author chose', () => {
  test.describe.configure({ timeout: 90_000 })
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
  })

  for (const size of SIZES) {
    for (const c of CASES) {
      test(`${c.query} at ${size.width}x${size.height}: the chosen regions show, the others are absent`, async ({
        page,
      }) => {
        await page.setViewportSize(size)
        const lab = new LabPage(page)
        await gotoApp(page, `${c.query}&paused=1`)
        await lab.ready()
        await mounted(page)
        const r = regions(page)
        for (const name of Object.keys(r) as Region[]) {
          if (c.shown.includes(name)) await expect(r[name]).toBeVisible()
          else await expect(r[name]).toHaveCount(0)
        }
        expect(await replicasByBroker(page)).toEqual([c.replicas, c.replicas, c.replicas])
        if (c.shown.includes('producers'))
          await expect(page.locator('[data-anchor^="producer:"]')).toHaveCount(2)
        if (c.shown.includes('consumers'))
          await expect(page.locator('[data-anchor^="group:"]')).toHaveCount(3)
        await expect(page.locator('.notice')).toHaveCount(0)
        const { scrollWidth, width } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          width: innerWidth,
        }))
        expect(scrollWidth).toBeLessThanOrEqual(width)
        await page.screenshot({
          path: test.info().outputPath(`embed-${size.width}-${c.query.replace(/[^a-z0-9]+/gi, '_')}.png`),
        })
      })
    }
  }

  test('resize reports what the content needs, not the height of a taller iframe, and changes with the content', async ({
    page,
    baseURL,
  }) => {
    const src = `${new URL('./', baseURL).href}?embed=1&panels=cluster&focus=purchases-1&paused=1`
    await page.setContent(hostPage(src, 800, 1400, false))
    const frame = (await (await page.locator('#sim').elementHandle())!.contentFrame())!
    await mounted(frame)
    const first = (await settledHeights(page)).at(-1)!
    const layout = await frameLayout(frame)
    expect(layout.viewport).toBe(1400)
    expect(first).toBeLessThan(1400)
    // The reported height is where the content ends (the stage's padding below its lowest region at most).
    expect(first).toBeGreaterThanOrEqual(layout.bottom)
    expect(first - layout.bottom).toBeLessThanOrEqual(16)
    // A new broker adds a card (with no replica yet): the content grows, and so does the reported height.
    await frame.evaluate(() =>
      (window as unknown as { kafkaLab: { dispatch(c: unknown): unknown } }).kafkaLab.dispatch({
        type: 'addBroker',
      }),
    )
    await expect
      .poll(async () => (await settledHeights(page)).at(-1)!, { timeout: 10_000 })
      .toBeGreaterThan(first)
  })
})
