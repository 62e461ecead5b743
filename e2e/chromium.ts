import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * The Chromium binary the end-to-end tests launch: $KAFKA_LAB_CHROMIUM if it names an existing file,
 * else the system package's /usr/bin/chromium, else undefined so Playwright uses its own download.
 * Same order as scripts/ensure-chromium.mjs, which makes sure one of them exists.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.KAFKA_LAB_CHROMIUM
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  return undefined
}
