import { expect, gotoApp, test } from './fixtures'

test('the built app opens without errors', async ({ page }) => {
  const response = await gotoApp(page)
  expect(response?.ok(), 'the app page loads').toBe(true)

  await expect(page).toHaveTitle('Kafka Lab')
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
})
