// Takes screenshots of the built app for a human to look at: node scripts/screenshot.mjs [query] [out.png] [waitMs]
// Needs `npm run build` first; serves dist/ with vite preview on a free port.
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { existsSync } from 'node:fs'

const [query = '', out = 'screenshots/default.png', wait = '4000', width = '1440', height = '900'] = process.argv.slice(2)
const server = await preview({ preview: { port: 4190, strictPort: false }, logLevel: 'error' })
const url = server.resolvedUrls.local[0]
const executablePath = process.env.KAFKA_LAB_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(`${url}${query ? `?${query}` : ''}`)
await page.waitForTimeout(Number(wait))
if (process.env.ACTIONS) await new Function('page', `return (async () => { ${process.env.ACTIONS} })()`)(page)
await page.screenshot({ path: out, fullPage: true })
await browser.close()
await server.close()
console.log(`wrote ${out}`)
