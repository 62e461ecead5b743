import AxeBuilder from '@axe-core/playwright'
import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

test.describe('the simulator screen', () => {
  test('opens on the running default scene and offsets increase', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    const first = await lab.snapshot()
    expect(first.running).toBe(true)
    expect(first.brokers.map((b) => b.id)).toEqual([1, 2, 3])
    const topic = first.topics.find((t) => t.name === 'purchases')!
    expect(topic.partitions).toHaveLength(3)
    expect(topic.partitions.every((p) => p.replicas.length === 3)).toBe(true)
    // Records fly before they land: the flight layer counts the ones it shows.
    await expect(page.locator('.flight-layer')).toHaveAttribute('data-records-in-flight', /^[1-9]/, {
      timeout: 2000,
    })
    // The first record lands within 2 s of opening.
    await expect
      .poll(
        async () => (await lab.snapshot()).topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset, 0),
        { timeout: 2000 },
      )
      .toBeGreaterThan(0)
    const before = (await lab.snapshot()).topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset, 0)
    await expect
      .poll(async () => (await lab.snapshot()).topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset, 0))
      .toBeGreaterThan(before + 2)
    await expect(page.getByRole('group', { name: 'Broker 1' })).toBeVisible()
    await expect(page.getByRole('list', { name: /Log of purchases-0 on broker 1/ })).toBeVisible()
  })

  test('the first frame already shows records flying; consumers and the produce form follow a frame later', async ({
    page,
  }) => {
    // Noted by the page itself, before the app starts: when the flight layer first shows a record, and what is on the page
    // in the frame where the stage first appears.
    await page.addInitScript(() => {
      const seen: Record<string, number | boolean> = {}
      Object.assign(window, { __firstFrame: seen })
      new MutationObserver(() => {
        const layer = document.querySelector<HTMLElement>('.flight-layer')
        if (seen.recordDrawn === undefined && Number(layer?.dataset.recordsInFlight ?? 0) > 0)
          seen.recordDrawn = performance.now()
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-records-in-flight'] })
      requestAnimationFrame(function frame() {
        if (!document.querySelector('.stage')) return void requestAnimationFrame(frame)
        seen.consumersInFirstFrame = document.querySelector('.consumers-panel') !== null
      })
    })
    await gotoApp(page, 'scenario=default')
    await expect(page.locator('.consumers-panel')).toBeVisible()
    // The produce form is mounted in the dock (folded beside the stage at this size), one click away.
    await expect(page.locator('[data-anchor="control:produce"]')).toBeAttached()
    const marks = await page.evaluate(() => {
      const seen = (
        window as unknown as { __firstFrame: { recordDrawn?: number; consumersInFirstFrame?: boolean } }
      ).__firstFrame
      return {
        recordDrawn: seen.recordDrawn,
        consumersInFirstFrame: seen.consumersInFirstFrame,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      }
    })
    expect(typeof marks.recordDrawn).toBe('number')
    expect(typeof marks.firstPaint).toBe('number')
    // Drawn before the first frame with content was presented: that frame has it.
    expect(marks.recordDrawn!).toBeLessThan(marks.firstPaint!)
    expect(marks.consumersInFirstFrame).toBe(false)
  })

  test('killing the leader elects a new one from the ISR, the producer reroutes, offsets go on without a gap', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await expect.poll(async () => (await lab.partition('purchases', 0)).logEndOffset).toBeGreaterThan(1)
    const before = await lab.partition('purchases', 0)
    const oldLeader = before.leader!
    const isrBefore = before.isr
    await page
      .getByRole('group', { name: `Broker ${oldLeader}` })
      .getByRole('button', { name: `Kill broker ${oldLeader}` })
      .click()
    await expect(
      page
        .getByRole('group', { name: `Broker ${oldLeader}` })
        .getByRole('button', { name: `Restart broker ${oldLeader}` }),
    ).toBeVisible()
    expect((await lab.dispatch({ type: 'setSpeed', factor: 8 })).ok).toBe(true)

    await expect
      .poll(async () => (await lab.partition('purchases', 0)).leader, { timeout: 15_000 })
      .not.toBe(oldLeader)
    const after = await lab.partition('purchases', 0)
    expect(after.leader).not.toBeNull()
    expect(isrBefore).toContain(after.leader)
    expect(after.isr).not.toContain(oldLeader)
    // Producer P1 (keyed) refreshed its metadata: it now sends purchases-0 to the new leader.
    await expect
      .poll(async () => (await lab.snapshot()).producers.find((p) => p.id === 'P1')!.leaders['purchases-0'], {
        timeout: 10_000,
      })
      .toBe(after.leader)
    // Records go on at the next offsets, with no gap and no duplicate.
    await expect
      .poll(async () => (await lab.partition('purchases', 0)).highWatermark, { timeout: 10_000 })
      .toBeGreaterThan(before.logEndOffset + 1)
    const offsets = (await lab.records('purchases', 0)).map((r) => r.offset)
    expect(offsets).toEqual(offsets.map((_, i) => offsets[0]! + i))
    // The narration says who leads now.

    await page.getByRole('button', { name: `Restart broker ${oldLeader}` }).click()
    await expect
      .poll(async () => (await lab.partition('purchases', 0)).isr, { timeout: 15_000 })
      .toContain(oldLeader)
    await expect(
      page
        .getByRole('group', { name: `Broker ${oldLeader}` })
        .getByRole('button', { name: `Kill broker ${oldLeader}` }),
    ).toBeVisible()
  })

  test('the Spanish screen is Spanish', async ({ page }) => {
    await gotoApp(page, 'lang=es')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { name: 'Productores' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Detener broker 1' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Broker 2' })).toBeVisible()
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('button', { name: 'Kill broker 1' })).toBeVisible()
  })

  test('keyboard: space pauses, the help overlay lists the shortcuts', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await page.locator('body').press('Space')
    await expect.poll(async () => (await lab.snapshot()).running).toBe(false)
    const t = (await lab.snapshot()).timeMs
    await page.keyboard.press('.')
    await expect.poll(async () => (await lab.snapshot()).timeMs).toBeGreaterThan(t)
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  })

  test('an unknown URL value falls back with a visible notice', async ({ page }) => {
    await gotoApp(page, 'lang=xx&scenario=nope')
    await expect(page.getByText('Unknown scenario “nope” in the address')).toBeVisible()
    await expect(page.getByText('Unknown language “xx”')).toBeVisible()
    await expect(page.getByRole('group', { name: 'Broker 1' })).toBeVisible()
  })

  test('a garbage or truncated permalink opens the default scene, saying what was wrong', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await gotoApp(page, 'scenario=default')
    await lab.ready()
    expect((await lab.dispatch({ type: 'killBroker', brokerId: 2 })).ok).toBe(true)
    const link = new URL(await lab.shareUrl())
    const z = link.searchParams.get('z')!
    for (const broken of [
      z.slice(0, Math.floor(z.length / 2)),
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '!!!!',
    ]) {
      await gotoApp(page, `z=${broken}`)
      await expect(
        page.getByText(/The shared link could not be opened \(.+\); showing the default scene\./),
      ).toBeVisible()
      await lab.ready()
      const snap = await lab.snapshot()
      expect(
        snap.brokers.every((b) => b.alive),
        `${broken.slice(0, 20)}: ${JSON.stringify(snap.brokers)} at ${snap.timeMs}`,
      ).toBe(true)
      expect(await page.locator('script:not([src])').count()).toBe(0)
    }
  })

  test('has no serious or critical accessibility violation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page)
    await expect(page.getByRole('group', { name: 'Broker 1' })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} nodes: ${v.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    )
  })
})
