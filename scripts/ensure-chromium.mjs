#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, installing one if there is none.
// Lookup order (kept in step with e2e/chromium.ts):
//   1. $KAFKA_LAB_CHROMIUM, if set and the file exists
//   2. /usr/bin/chromium (Debian/Ubuntu package)
//   3. Playwright's own downloaded Chromium
// If none is found: as root on Debian/Ubuntu, apt-get installs the chromium package;
// otherwise `npx playwright install chromium`. Exits non-zero if there is still none.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const APT_PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core']

function playwrightChromium() {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function findChromium() {
  const fromEnv = process.env.KAFKA_LAB_CHROMIUM
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    console.log(`e2e: KAFKA_LAB_CHROMIUM=${fromEnv} does not exist, looking elsewhere`)
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  return playwrightChromium()
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function run(command, args) {
  console.log(`e2e: running: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.error) {
    console.error(`e2e: could not run ${command}: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) {
    console.error(`e2e: ${command} exited with status ${result.status ?? result.signal}`)
    return false
  }
  return true
}

function install() {
  const isRoot = process.getuid?.() === 0
  if (isRoot && hasCommand('apt-get')) {
    console.log(
      `e2e: no Chromium found; installing the Debian/Ubuntu package with apt-get (${APT_PACKAGES.join(', ')})`,
    )
    process.env.DEBIAN_FRONTEND ??= 'noninteractive'
    return (
      run('apt-get', ['update']) &&
      run('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES])
    )
  }
  console.log(
    "e2e: no Chromium found; downloading Playwright's Chromium with `npx playwright install chromium`",
  )
  return run('npx', ['playwright', 'install', 'chromium'])
}

let found = findChromium()
if (!found) {
  install()
  found = findChromium()
}
if (!found) {
  console.error(
    'e2e: no Chromium available. Install one (Debian/Ubuntu: `apt-get install chromium`, ' +
      'or `npx playwright install chromium`), or set KAFKA_LAB_CHROMIUM to the path of a Chromium binary.',
  )
  process.exit(1)
}
console.log(`e2e: using Chromium at ${found}`)
