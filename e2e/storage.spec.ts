import { expect, gotoApp, test } from './fixtures'
import { LabPage } from './labPage'

type Records = { offset: number; key: string | null; value: string | null }[]

test.describe('how Kafka forgets: compaction on screen', () => {
  test('a compacted topic keeps the latest record of each key at its offset, refuses a keyless one, and shows it', async ({
    page,
  }) => {
    const lab = new LabPage(page)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await gotoApp(page)
    await lab.ready()
    await lab.dispatch({ type: 'pause' })
    await lab.dispatch({
      type: 'createTopic',
      name: 'addresses',
      partitions: 1,
      replicationFactor: 3,
      config: { cleanupPolicy: 'compact', segmentBytes: 256 },
    })
    const write = async (key: string, value: string | null) => {
      expect(await lab.dispatch({ type: 'produce', topic: 'addresses', key, value, format: 'text' })).toEqual(
        {
          ok: true,
        },
      )
      await lab.dispatch({ type: 'advance', ms: 1_000 })
    }
    await write('customer-1', 'Calle Mayor 3, Madrid')
    await write('customer-2', 'Rua Augusta 10, Lisboa')
    await write('customer-1', 'Gran Via 22, Madrid')
    await write('customer-2', null)
    await write('customer-3', 'Rambla 40, Barcelona')

    // "View as compacted" before the cleaner has run: the superseded records are struck in the rows.
    const leaderRow = page.locator('[data-anchor^="replica:addresses:0:"]').first()
    await leaderRow.locator('button.cell').first().click()
    await page.getByRole('button', { name: 'Segments of addresses-0' }).click()
    const inspector = page.getByRole('complementary', { name: 'The log of addresses-0' })
    await inspector.getByRole('checkbox', { name: /View as compacted/ }).check()
    await expect(inspector).toContainText('A full compaction now would keep 3 of 5 records')
    await expect(leaderRow.locator('button.cell.would-go')).toHaveCount(2)

    // The cleaner's pass (every 15 s of simulated time): offsets 0 and 1 go, the rest keep their offsets.
    await lab.dispatch({ type: 'advance', ms: 16_000 })
    const records = (await page.evaluate(() =>
      (window as unknown as { kafkaLab: { records(t: string, p: number): unknown } }).kafkaLab.records(
        'addresses',
        0,
      ),
    )) as Records
    expect(records.map((r) => [r.offset, r.key, r.value])).toEqual([
      [2, 'customer-1', 'Gran Via 22, Madrid'],
      [3, 'customer-2', null],
      [4, 'customer-3', 'Rambla 40, Barcelona'],
    ])
    await expect(inspector).toContainText('offsets 0–1: compacted away')
    await expect(leaderRow.locator('button.cell.compacted')).toHaveCount(2)
    await expect(leaderRow.locator('button.cell.tombstone')).toHaveCount(1)
    const snap = (await lab.snapshot()) as unknown as {
      topics: { name: string; partitions: { cleanerPoint?: number; segments: unknown[] }[] }[]
    }
    expect(snap.topics.find((t) => t.name === 'addresses')!.partitions[0]!.cleanerPoint).toBe(4)
    await inspector.getByRole('button', { name: 'Close' }).click()

    // A keyless record: the form warns, the broker refuses it (INVALID_RECORD), the narration says why.
    const form = page.getByRole('form', { name: 'Produce by hand' })
    if (!(await form.isVisible())) await page.getByRole('button', { name: 'Produce by hand' }).click()
    await form.getByLabel('Topic').selectOption('addresses')
    await form.getByRole('checkbox', { name: 'No key (null)' }).check()
    await expect(form.getByTestId('keyless-compacted')).toContainText('Kafka refuses a record without a key')
    await form.getByRole('button', { name: 'Send' }).click()
    await lab.dispatch({ type: 'advance', ms: 2_000 })
    await expect(
      page
        .getByText(/Compacted topic cannot accept message without key in topic partition addresses-0/)
        .first(),
    ).toBeVisible()
    expect(
      (
        (await page.evaluate(() =>
          (window as unknown as { kafkaLab: { records(t: string, p: number): unknown } }).kafkaLab.records(
            'addresses',
            0,
          ),
        )) as Records
      ).length,
    ).toBe(3)
  })
})
