import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

/** The cluster at scale: the broker strip and the partition heatmap of the stress and large scenes. */

const SCENES = [
  { id: 'stress', topic: 'clicks', partitions: 100, brokers: 12 },
  { id: 'large', topic: 'telemetry', partitions: 1000, brokers: 30 },
] as const

const SCREENS = [
  { name: 'laptop 1366x768', width: 1366, height: 768, query: '' },
  { name: 'lecture mode 1280x720', width: 1280, height: 720, query: 'mode=present' },
] as const

/** A partition's square (its centre) within the heatmap, from the grid the heatmap says it drew. */
async function cellPosition(page: Page, topic: string, partition: number): Promise<{ x: number; y: number }> {
  const box = page.locator(`[data-heatmap="${topic}"] .heatmap-box`)
  const [cell, cols] = (
    await Promise.all([box.getAttribute('data-cell'), box.getAttribute('data-cols')])
  ).map(Number) as [number, number]
  return {
    x: (partition % cols) * cell + cell / 2 - 1,
    y: Math.floor(partition / cols) * cell + cell / 2 - 1,
  }
}

const heatmapBox = (page: Page, topic: string) =>
  page.locator(`[data-heatmap="${topic}"] .heatmap-box canvas`)

/** The colours drawn inside a partition's square, as #rrggbb. */
function cellColours(page: Page, topic: string, partition: number): Promise<string[]> {
  return page.evaluate(
    ([t, p]) => {
      const box = document.querySelector<HTMLElement>(`[data-heatmap="${t}"] .heatmap-box`)!
      const canvas = box.querySelector('canvas')!
      const cell = Number(box.dataset.cell)
      const cols = Number(box.dataset.cols)
      const scale = canvas.width / canvas.getBoundingClientRect().width
      const x = Math.round((p % cols) * cell * scale)
      const y = Math.round(Math.floor(p / cols) * cell * scale)
      const size = Math.max(1, Math.floor((cell - 2) * scale))
      const data = canvas.getContext('2d')!.getImageData(x, y, size, size).data
      const seen = new Set<string>()
      for (let i = 0; i < data.length; i += 4)
        seen.add(
          `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`,
        )
      return [...seen]
    },
    [topic, partition] as const,
  )
}

// A live 1000-partition scene on a shared 2-core machine: give each journey two minutes.
test.describe.configure({ timeout: 120_000 })

for (const screen of SCREENS) {
  for (const scene of SCENES) {
    test.describe(`${scene.id} scene, ${screen.name}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height } })

      test('the overview fits the screen, and a partition shows its details on hover and on keyboard focus', async ({
        page,
      }) => {
        const lab = new LabPage(page)
        await gotoApp(page, [screen.query, `scenario=${scene.id}`].filter(Boolean).join('&'))
        await lab.ready()
        const heatmap = page.getByRole('group', { name: new RegExp(`Partitions of ${scene.topic}`) })
        await expect(heatmap).toBeVisible()
        await expect(page.locator('.broker-tile')).toHaveCount(scene.brokers)
        await expect(page.locator(`[data-heatmap="${scene.topic}"] .heatmap-summary`)).toHaveText(
          `${scene.partitions} partitions · 0 under-replicated · 0 offline`,
        )

        // No page scroll; the strip and the whole heatmap on screen.
        const size = await page.evaluate(() => ({
          w: document.documentElement.scrollWidth,
          h: document.documentElement.scrollHeight,
          iw: innerWidth,
          ih: innerHeight,
        }))
        expect(size.w).toBeLessThanOrEqual(size.iw)
        expect(size.h).toBeLessThanOrEqual(size.ih)
        for (const el of [page.locator('.broker-strip'), page.locator('.heatmap-box')]) {
          const b = (await el.boundingBox())!
          expect(b.y).toBeGreaterThanOrEqual(0)
          expect(b.y + b.height).toBeLessThanOrEqual(screen.height)
          expect(b.x + b.width).toBeLessThanOrEqual(screen.width)
        }
        // The flights still land on brokers: every broker keeps its anchor.
        await expect(page.locator('[data-anchor^="broker:"]')).toHaveCount(scene.brokers)

        // Hover: the square's partition, with its leader as the engine has it.
        const p = scene.partitions - 3
        await heatmapBox(page, scene.topic).hover({ position: await cellPosition(page, scene.topic, p) })
        const detail = page.locator(`[data-partition-detail="${p}"]`)
        await expect(detail).toBeVisible()
        await expect(detail.getByRole('heading', { name: `Partition ${scene.topic}-${p}` })).toBeVisible()
        const leader = (await lab.partition(scene.topic, p)).leader
        await expect(detail).toContainText(`Broker ${leader}`)
        await expect(detail).toContainText('ISR')
        await expect(detail.getByRole('table', { name: 'Consumer groups' })).toBeVisible()
        const inView = (await detail.boundingBox())!
        expect(inView.x).toBeGreaterThanOrEqual(0)
        expect(inView.x + inView.width).toBeLessThanOrEqual(screen.width)
        await page.mouse.move(2, 2)
        await expect(detail).toBeHidden()

        // Keyboard: Tab reaches the heatmap, arrows move the focus, a live region says where it is.
        await heatmap.focus()
        await expect(page.locator('[data-partition-detail="0"]')).toBeVisible()
        await page.keyboard.press('ArrowRight')
        await page.keyboard.press('ArrowRight')
        await expect(page.locator('[data-partition-detail="2"]')).toBeVisible()
        await expect(
          page.locator('[aria-live="polite"]', { hasText: `Partition ${scene.topic}-2: leader` }),
        ).toHaveCount(1)
        await page.keyboard.press('End')
        await expect(page.locator(`[data-partition-detail="${scene.partitions - 1}"]`)).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(page.locator('[data-partition-detail]')).toHaveCount(0)

        // The number field opens a partition too.
        await page.getByRole('spinbutton', { name: 'Partition' }).fill('7')
        await expect(page.locator('[data-partition-detail="7"]')).toBeVisible()
      })

      test('killing a broker moves the partitions it led to other leaders, drawn under-replicated', async ({
        page,
      }) => {
        const lab = new LabPage(page)
        await gotoApp(page, [screen.query, `scenario=${scene.id}`].filter(Boolean).join('&'))
        await lab.ready()
        await expect(page.locator('.heatmap-box')).toBeVisible()
        const before = (await lab.snapshot()).topics.find((t) => t.name === scene.topic)!.partitions
        const victim = before[0]!.leader!
        const led = before.filter((p) => p.leader === victim).map((p) => p.partition)
        expect(led.length).toBeGreaterThan(0)
        // The in-sync squares are painted from the lag ramp, with no amber of the under-replicated state.
        expect(await cellColours(page, scene.topic, led[0]!)).not.toContain('#fbbf24')

        await page.getByRole('button', { name: `Kill broker ${victim}`, exact: true }).click()
        await expect(
          page.getByRole('button', { name: `Restart broker ${victim}`, exact: true }),
        ).toBeVisible()
        // Pointing at a broker dims the squares it does not lead: move away to see them all plainly.
        await page.mouse.move(2, 2)
        await lab.dispatch({ type: 'setSpeed', factor: 64 })
        // Past the session timeout (9 s), the controller fences it and elects new leaders from the ISR.
        await expect
          .poll(
            async () => {
              const parts = (await lab.snapshot()).topics.find((t) => t.name === scene.topic)!.partitions
              return led.every(
                (i) => parts[i]!.leader !== null && parts[i]!.leader !== victim && parts[i]!.isr.length < 3,
              )
            },
            { timeout: 30_000 },
          )
          .toBe(true)
        await lab.dispatch({ type: 'pause' })
        const after = (await lab.snapshot()).topics.find((t) => t.name === scene.topic)!.partitions
        const under = after.filter((p) => p.isr.length < p.replicas.length).length
        await expect(page.locator(`[data-heatmap="${scene.topic}"] .heatmap-summary`)).toHaveText(
          `${scene.partitions} partitions · ${under} under-replicated · 0 offline`,
        )
        // The square is now striped amber, and its detail names the new leader and the missing replica.
        await expect
          .poll(() => cellColours(page, scene.topic, led[0]!))
          .toEqual(expect.arrayContaining(['#fbbf24', '#92400e']))
        await heatmapBox(page, scene.topic).hover({
          position: await cellPosition(page, scene.topic, led[0]!),
        })
        const detail = page.locator(`[data-partition-detail="${led[0]}"]`)
        await expect(detail).toContainText(`Broker ${after[led[0]!]!.leader}`)
        await expect(detail).toContainText(`out of sync: ${victim}`)
      })
    })
  }
}

test.describe('the large scene on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the overview has no sideways scroll and a tap opens a partition', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page, 'scenario=large')
    await lab.ready()
    const box = page.locator('.heatmap-box')
    await box.scrollIntoViewIfNeeded()
    for (const el of [page.locator('.broker-strip'), box, page.locator('.heatmap-legend')]) {
      const b = (await el.boundingBox())!
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(390)
    }
    const kill = page.getByRole('button', { name: 'Kill broker 1', exact: true })
    const k = (await kill.boundingBox())!
    expect(Math.min(k.width, k.height)).toBeGreaterThanOrEqual(24)
    await heatmapBox(page, 'telemetry').tap({ position: await cellPosition(page, 'telemetry', 41) })
    await expect(page.locator('[data-partition-detail="41"]')).toBeVisible()
    await page.getByRole('button', { name: 'Close the details of telemetry-41' }).tap()
    await expect(page.locator('[data-partition-detail]')).toHaveCount(0)
  })
})

test.describe('a scene taller than any font fits', () => {
  for (const scene of SCENES)
    test(`the ${scene.id} scene settles: the stage stops refitting once its text is at its smallest`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1440, height: 900 })
      await gotoApp(page, `scenario=${scene.id}`)
      await new LabPage(page).ready()
      await page.waitForTimeout(2000)
      // Every restyle of the stage while the scene plays: a fit that loops rewrites --stage-em each frame.
      const rewrites = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const stage = document.querySelector('main.stage, main#main')!
            let n = 0
            const seen = new MutationObserver(
              (list) => (n += list.filter((m) => m.attributeName === 'style').length),
            )
            seen.observe(stage, { attributes: true })
            setTimeout(() => {
              seen.disconnect()
              resolve(n)
            }, 2000)
          }),
      )
      expect(rewrites).toBeLessThanOrEqual(2)
    })
})
