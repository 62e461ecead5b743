import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { IMMUTABLE, pickEncoding, precompressedAssets } from './precompressedAssets'

const dir = mkdtempSync(join(tmpdir(), 'kafka-lab-assets-'))
mkdirSync(join(dir, 'assets'))
const script = `export const hello = ${JSON.stringify('records '.repeat(500))}\n`
writeFileSync(join(dir, 'assets', 'index-abc123.js'), script)
writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.from([1, 2, 3, 4]))
writeFileSync(join(dir, 'secret.txt'), 'not an asset')

type Answer = { status: number; headers: Record<string, string | number>; body?: Buffer; passed: boolean }

function request(url: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  const middleware = precompressedAssets(dir)
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {}
    const res = {
      statusCode: 0,
      setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = value),
      end(body?: Buffer) {
        resolve({ status: this.statusCode, headers, body, passed: false })
      },
    }
    const req = { url, method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }
    middleware(req as unknown as IncomingMessage, res as unknown as ServerResponse, () => resolve({ status: 0, headers, passed: true }))
  })
}

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, and respects refusals', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip, deflate')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('gzip;q=0')).toBe('identity')
    expect(pickEncoding(undefined)).toBe('identity')
  })
})

describe('precompressedAssets', () => {
  it('sends a hashed script compressed ahead of time, cached for a year', async () => {
    const gz = await request('/assets/index-abc123.js', 'gzip, deflate')
    expect(gz.status).toBe(200)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(gz.headers['cache-control']).toBe(IMMUTABLE)
    expect(gz.headers['vary']).toBe('Accept-Encoding')
    expect(gunzipSync(gz.body!).toString()).toBe(script)
    expect(gz.body!.length).toBeLessThan(script.length / 10)
    expect(gz.headers['content-length']).toBe(gz.body!.length)

    const br = await request('/assets/index-abc123.js', 'br, gzip')
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body!).toString()).toBe(script)

    const plain = await request('/assets/index-abc123.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body!.toString()).toBe(script)
  })

  it('works under a sub-path (the app is built with a relative base)', async () => {
    const answer = await request('/courses/kafka/assets/index-abc123.js?v=1', 'gzip')
    expect(gunzipSync(answer.body!).toString()).toBe(script)
  })

  it('sends compressed formats as they are, and HEAD without a body', async () => {
    const font = await request('/assets/font.woff2', 'gzip, br')
    expect(font.headers['content-encoding']).toBeUndefined()
    expect([...font.body!]).toEqual([1, 2, 3, 4])
    const head = await request('/assets/index-abc123.js', 'gzip', 'HEAD')
    expect(head.body).toBeUndefined()
    expect(head.headers['content-length']).toBeGreaterThan(0)
  })

  it('leaves everything else to the next handler: pages, missing files, escapes, other methods', async () => {
    for (const url of ['/', '/index.html', '/assets/missing.js', '/assets/../secret.txt', '/assets/%2e%2e/secret.txt', '/assets/%E0%A4%A'])
      expect((await request(url, 'gzip')).passed).toBe(true)
    expect((await request('/assets/index-abc123.js', 'gzip', 'POST')).passed).toBe(true)
  })
})
