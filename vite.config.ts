import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { precompressedAssets } from './hosting/precompressedAssets.ts'

/**
 * What the built page may load and run (docs/THREAT-MODEL.md). No inline or eval'd script, no inline <style>
 * (React sets styles through the CSSOM, which style-src does not govern), no plugins, no form
 * posts, no <base> elsewhere. 'self' is the app's own URL, also in a sandboxed iframe with an opaque origin.
 * frame-ancestors is left out on purpose: any page may embed the simulator (and a <meta> cannot carry it anyway).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * Puts the policy in the built index.html right after <meta charset>, before any script or stylesheet (a <meta>
 * policy covers only what comes after it). Build only: the dev server injects inline scripts for hot reload.
 */
function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'kafka-lab:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html) || policy.includes('"'))
          throw new Error('content-security-policy: cannot place the <meta> policy')
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        )
      },
    },
  }
}

/** `vite preview` serves the hashed assets precompressed and cacheable, as the static host should (hosting/). */
function staticHostAssets(): Plugin {
  return {
    name: 'kafka-lab:precompressed-assets',
    configurePreviewServer(server) {
      // Installed before vite's own on-the-fly compression and file server, which handle everything else.
      server.middlewares.use(precompressedAssets(resolve(server.config.root, server.config.build.outDir)))
    },
  }
}

/**
 * Spanish on demand (src/i18n/translate.ts loads es.ts when asked). Each messages file holds both languages, and a
 * module is never split between chunks: es.ts imports them under a second id (`?es`), so the Spanish chunk gets its
 * own copy of each file, where only the Spanish exports are used, and the first screen's copy keeps only English.
 * Build only: tests and the dev server load the files as they are.
 */
function spanishOnDemand(): Plugin {
  return {
    name: 'kafka-lab:spanish-on-demand',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/i18n/es.ts')) return null
      return code.replace(/from '(\.\/messages\/[\w-]+)'/g, "from '$1.ts?es'")
    },
  }
}

// base './' makes the built site work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), spanishOnDemand(), contentSecurityPolicy(CONTENT_SECURITY_POLICY), staticHostAssets()],
  build: { target: 'es2022', sourcemap: false },
  // cors: a sandboxed iframe (allow-scripts only) has an opaque origin, and its module scripts load in CORS mode.
  // The header repeats the built page's <meta> policy, as a static host that can send headers should.
  preview: {
    port: 4173,
    strictPort: true,
    cors: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'hosting/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
  },
})
