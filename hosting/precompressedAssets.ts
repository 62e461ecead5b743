import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/**
 * Serves the built app's hashed files (`assets/…`) the way a good static host does: compressed once, ahead of
 * time, at the best level (brotli when the browser takes it, else gzip), kept in memory, cached for a year
 * (a new build gives new names). `vite preview` would otherwise gzip every response again on the fly, which on a
 * small machine delays the first screen while the browser waits for its scripts.
 */

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}
/** Types worth compressing: text. A woff2 or png is compressed already. */
const TEXT = new Set(['.js', '.css', '.svg', '.json'])
export const IMMUTABLE = 'public, max-age=31536000, immutable'

type Encoded = { type: string; identity: Buffer; gzip?: Buffer; br?: Buffer }
type Next = (error?: unknown) => void

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Picks the encoding to send: brotli if accepted, then gzip, else none. Honours `q=0` refusals. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0)
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return 'identity'
}

/** A connect middleware for `dir` (the build's output folder); anything but a file under assets/ goes to `next`. */
export function precompressedAssets(dir: string) {
  const root = normalize(join(dir, 'assets')) + sep
  const cache = new Map<string, Promise<Encoded | undefined>>()

  const load = (file: string): Promise<Encoded | undefined> => {
    let entry = cache.get(file)
    if (!entry) {
      // Compression runs on libuv's thread pool: the server keeps answering meanwhile.
      entry = readFile(file).then(
        async (identity): Promise<Encoded> => {
          const ext = extname(file)
          const type = TYPES[ext] ?? 'application/octet-stream'
          if (!TEXT.has(ext)) return { type, identity }
          const [gz, br] = await Promise.all([
            gzipAsync(identity, { level: 9 }),
            brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          ])
          return { type, identity, gzip: gz, br }
        },
        () => undefined,
      )
      cache.set(file, entry)
    }
    return entry
  }

  // Compress the whole build as the server starts, not when the first visitor asks.
  readdir(root).then(
    (names) => names.forEach((name) => void load(join(root, name))),
    () => undefined,
  )

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname)
    } catch {
      return next()
    }
    const at = path.lastIndexOf('/assets/')
    if (at < 0) return next()
    const file = normalize(join(root, path.slice(at + '/assets/'.length)))
    if (!file.startsWith(root)) return next()
    load(file).then((found) => {
      if (!found) return next()
      const encoding = found.gzip ? pickEncoding(req.headers['accept-encoding']) : 'identity'
      const body = encoding === 'identity' ? found.identity : found[encoding]!
      res.statusCode = 200
      res.setHeader('Content-Type', found.type)
      res.setHeader('Content-Length', body.length)
      res.setHeader('Cache-Control', IMMUTABLE)
      if (found.gzip) res.setHeader('Vary', 'Accept-Encoding')
      if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding)
      res.end(req.method === 'HEAD' ? undefined : body)
    }, next)
  }
}
