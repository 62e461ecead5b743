import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable } from './e2e/chromium'

// KAFKA_LAB_E2E_PORT lets two suites run side by side on one machine (each with its own preview server).
const port = Number(process.env.KAFKA_LAB_E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
// KAFKA_LAB_E2E_DIST serves another build folder (`vite build --outDir …`) instead of dist/.
const outDir = process.env.KAFKA_LAB_E2E_DIST ?? 'dist'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

// The tests run against the production build (`npm run build` first): `vite preview` serves whatever is in dist/.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Flaky tests get fixed, not retried.
  retries: 0,
  // Journeys run a live simulation on a 2-core machine, two at a time: give each a minute.
  timeout: 60_000,
  // The machine this was set up on has two cores.
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /soak\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      // The soak keeps a core busy for minutes: it runs alone, after every journey, so it cannot slow them down.
      name: 'soak',
      testMatch: /soak\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
