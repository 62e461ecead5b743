import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// base './' makes the built site work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  // cors: a sandboxed iframe (allow-scripts only) has an opaque origin, and its module scripts load in CORS mode.
  preview: { port: 4173, strictPort: true, cors: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
  },
})
