import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

type Group = {
  groupId: string
  phase: string
  members: { memberId: string; partitions: string[]; status: string }[]
  committed: Record<string, number>
}

async function groups(lab: LabPage): Promise<Group[]> {
  return ((await lab.snapshot()) as unknown as { groups: Group[] }).groups
}
const group = async (lab: LabPage, id: string) => (await groups(lab)).find((g) => g.groupId === id)!

test.describe('consumer groups', () => {
  test('three groups read the same stream, each at its own position', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    for (const id of ['location-service', 'email-service', 'push-notifications']) {
      await expect(page.getByRole('heading', { name: id })).toBeVisible()
    }
    // Simulated time, not wall time: two minutes of the run, ten seconds at a time, whatever the machine's load.
    await lab.dispatch({ type: 'pause' })
    for (let i = 0; i < 12; i++) await lab.dispatch({ type: 'advance', ms: 10_000 })
    const after = await groups(lab)
    for (const g of after) {
      expect(Object.keys(g.committed)).toHaveLength(3)
      expect(g.members.every((m) => m.partitions.length === 3)).toBe(true)
    }
    const sum = (g: Group) => Object.values(g.committed).reduce((n, o) => n + o, 0)
    // The fastest service is ahead of the slowest one: positions are independent.
    const committed = (id: string) => sum(after.find((g) => g.groupId === id)!)
    expect(committed('location-service') - committed('push-notifications')).toBeGreaterThan(3)
    await expect(page.getByRole('article', { name: 'push-notifications' }).getByText('Stable')).toBeVisible()
  })

  test('a static member crashes and comes back with its group.instance.id: the same partition, no rebalance', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page)
    await lab.ready()
    await lab.dispatch({ type: 'pause' })
    const addStatic = async (instance: string) => {
      await page.getByRole('button', { name: 'Add consumer' }).click()
      const dialog = page.getByRole('dialog', { name: 'Add a consumer' })
      await dialog.getByLabel('Consumer group (group.id)').fill('billing')
      await dialog.getByLabel('group.instance.id (optional)').fill(instance)
      await dialog.getByRole('button', { name: 'Add consumer' }).click()
      await expect(dialog).toBeHidden()
    }
    await addStatic('billing-a')
    await addStatic('billing-b')
    for (let i = 0; i < 3; i++) await lab.dispatch({ type: 'advance', ms: 5_000 })
    const before = (await lab.snapshot()) as unknown as { groups: { groupId: string; generation: number }[] }
    const generation = before.groups.find((g) => g.groupId === 'billing')!.generation
    const card = page.getByRole('article', { name: 'billing' })
    await expect(card.getByText('static')).toHaveCount(2)
    const owned = (await group(lab, 'billing')).members.find((m) => m.memberId === 'billing-2')!.partitions
    await card.getByRole('button', { name: 'Crash billing-2' }).click()
    await lab.dispatch({ type: 'advance', ms: 10_000 })
    await addStatic('billing-b')
    await lab.dispatch({ type: 'advance', ms: 5_000 })
    const after = await group(lab, 'billing')
    expect(after.members.map((m) => m.memberId)).toEqual(['billing-1', 'billing-3'])
    expect(after.members.find((m) => m.memberId === 'billing-3')!.partitions).toEqual(owned)
    const now = (await lab.snapshot()) as unknown as { groups: { groupId: string; generation: number }[] }
    expect(now.groups.find((g) => g.groupId === 'billing')!.generation).toBe(generation)
    // The narration tells why nothing moved.
    await page.getByRole('button', { name: 'Event log' }).click()
    await expect(
      page
        .locator('.event-log')
        .getByText(/took the place of billing-2/)
        .first(),
    ).toBeVisible()
  })

  test('a fourth consumer on a three-partition group sits idle', async ({ page }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    const card = page.getByRole('article', { name: 'email-service' })
    for (let i = 0; i < 3; i++) await card.getByRole('button', { name: 'Add member' }).click()
    await lab.dispatch({ type: 'setSpeed', factor: 8 })
    await expect.poll(async () => (await group(lab, 'email-service')).members.length).toBe(4)
    await expect
      .poll(async () => (await group(lab, 'email-service')).members.map((m) => m.partitions.length).sort(), {
        timeout: 15_000,
      })
      .toEqual([0, 1, 1, 1])
    await expect(card.getByText('no partition: idle')).toBeVisible()
  })

  test('a crashed consumer is removed after session.timeout.ms and its partitions move', async ({ page }) => {
    // 45 simulated seconds of waiting, on a loaded CI machine.
    test.setTimeout(90_000)
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await lab.dispatch({ type: 'addConsumer', groupId: 'location-service', topic: 'purchases' })
    await lab.dispatch({ type: 'setSpeed', factor: 16 })
    await expect
      .poll(
        async () => (await group(lab, 'location-service')).members.map((m) => m.partitions.length).sort(),
        { timeout: 15_000 },
      )
      .toEqual([1, 2])
    // Paused, so that the crash time is read exactly (polling at 16x would blur it by seconds).
    await lab.dispatch({ type: 'pause' })
    const crashedAt = (await lab.snapshot()).timeMs
    await page.getByRole('button', { name: 'Crash location-service-2' }).click()
    await expect
      .poll(
        async () =>
          (await group(lab, 'location-service')).members.find((m) => m.memberId === 'location-service-2')
            ?.status,
      )
      .toBe('crashed')
    await lab.dispatch({ type: 'play' })
    // Nothing moves before the session timeout (45 s simulated, counted from the last heartbeat)...
    await expect
      .poll(async () => (await group(lab, 'location-service')).members.length, { timeout: 30_000 })
      .toBe(1)
    expect((await lab.snapshot()).timeMs - crashedAt).toBeGreaterThanOrEqual(42_000)
    await expect
      .poll(async () => (await group(lab, 'location-service')).members[0]!.partitions, { timeout: 10_000 })
      .toEqual(['purchases-0', 'purchases-1', 'purchases-2'])
  })

  test('a record nobody can read: the member stops there, the inspector says why, a dead-letter member takes over', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page)
    await lab.ready()
    await lab.dispatch({ type: 'pause' })
    // Only P1 (JSON) writes; a topic waits for dead letters.
    await lab.dispatch({ type: 'setProducerRate', producerId: 'P2', ratePerSec: 0 })
    await lab.dispatch({ type: 'createTopic', name: 'purchases.DLT', partitions: 1, replicationFactor: 3 })
    // P2's last records land before the reader starts (at the end of the log, auto.offset.reset=latest).
    await lab.dispatch({ type: 'advance', ms: 3_000 })
    const addReader = async (deadLetter: boolean) => {
      await page.getByRole('button', { name: 'Add consumer' }).click()
      const dialog = page.getByRole('dialog', { name: 'Add a consumer' })
      await dialog.getByLabel('Consumer group (group.id)').fill('fraud-check')
      await dialog.getByText('Poll loop and deserializer').click()
      await dialog.getByLabel('Value deserializer').selectOption('json')
      if (deadLetter) {
        await dialog.getByLabel('On a record it cannot deserialize').selectOption('deadLetter')
        await dialog.getByLabel('Dead-letter topic').selectOption('purchases.DLT')
      }
      await dialog.getByRole('button', { name: 'Add consumer' }).click()
      await expect(dialog).toBeHidden()
    }
    await addReader(false)
    await lab.dispatch({ type: 'advance', ms: 6_000 })
    await lab.dispatch({
      type: 'produce',
      topic: 'purchases',
      value: 'oops: not JSON',
      format: 'text',
      partition: 1,
    })
    await lab.dispatch({ type: 'advance', ms: 15_000 })
    type Stuck = {
      groups: {
        groupId: string
        deadLettered: number
        members: { memberId: string; stuckAt?: { partition: string; offset: number } }[]
      }[]
    }
    const fraud = async () =>
      ((await lab.snapshot()) as unknown as Stuck).groups.find((g) => g.groupId === 'fraud-check')!
    const stuck = (await fraud()).members[0]!.stuckAt!
    const bad = (await lab.records('purchases', 1)).find((r) => r.value === 'oops: not JSON')!
    expect(stuck).toEqual({ partition: 'purchases-1', offset: bad.offset })
    const card = page.getByRole('article', { name: 'fraud-check' })
    await card
      .getByRole('button', { name: new RegExp(`stuck at p1 offset ${stuck.offset}: not json`) })
      .click()
    await expect(
      page
        .getByRole('complementary', { name: `Record purchases-1, offset ${stuck.offset}` })
        .getByRole('status'),
    ).toContainText('Consumer fraud-check-1 of group fraud-check is stuck on this record')
    await page.keyboard.press('Escape')
    // The fix: the stuck member leaves (committing where it stopped), a member that dead-letters takes over.
    await card.getByRole('button', { name: 'Remove fraud-check-1 from its group' }).click()
    await addReader(true)
    await lab.dispatch({ type: 'advance', ms: 15_000 })
    expect((await fraud()).deadLettered).toBe(1)
    expect((await fraud()).members.every((m) => m.stuckAt === undefined)).toBe(true)
    expect((await lab.partition('purchases.DLT', 0)).highWatermark).toBe(1)
  })

  test('a member slower than max.poll.interval.ms leaves on its poll timeout, and the narration says why', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await gotoApp(page)
    await lab.ready()
    await lab.dispatch({ type: 'pause' })
    await lab.dispatch({
      type: 'addConsumer',
      groupId: 'reports',
      topic: 'purchases',
      autoOffsetReset: 'earliest',
      ratePerSec: 1,
      maxPollRecords: 20,
      maxPollIntervalMs: 5_000,
    })
    for (let i = 0; i < 6; i++) await lab.dispatch({ type: 'advance', ms: 10_000 })
    await page.getByRole('button', { name: 'Event log' }).click()
    await expect(
      page
        .locator('.event-log')
        .getByText(/has not called poll\(\) for 5 s/)
        .first(),
    ).toBeVisible()
    // The member's two clocks are on its row.
    const row = page.locator('[data-anchor="member:reports-1"]')
    await expect(row.locator('.member-clock')).toHaveCount(2)
  })

  test('the consumers side is Spanish in Spanish', async ({ page }) => {
    await gotoApp(page, 'lang=es')
    await expect(page.getByRole('heading', { name: 'Consumidores' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Añadir consumidor' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Tumbar location-service-1' })).toBeVisible()
    // Past the first rebalance in simulated time, however slow the machine is.
    await new LabPage(page).dispatch({ type: 'advance', ms: 10_000 })
    await expect(page.getByRole('article', { name: 'email-service' }).getByText('Estable')).toBeVisible()
  })
})
