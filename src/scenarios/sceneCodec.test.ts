import fc from 'fast-check'
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { fromBase64UrlBytes, packScene, toBase64Url, unpackLegacyScene, unpackScene } from './sceneCodec'

describe('the permalink codec', () => {
  it('round-trips any text, Unicode included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const packed = packScene(text)
        expect(packed).toMatch(/^[A-Za-z0-9_-]*$/)
        expect(unpackScene(packed)).toEqual({ ok: true, text })
      }),
      { numRuns: 200 },
    )
  })

  it('round-trips bytes through base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64UrlBytes(toBase64Url(bytes))).toEqual(bytes)
      }),
    )
  })

  it('refuses garbage, wrong data and a decompression bomb without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(typeof unpackScene(s).ok).toBe('boolean')
        expect(typeof unpackLegacyScene(s).ok).toBe('boolean')
      }),
      { numRuns: 300 },
    )
    expect(unpackScene('not base64!')).toEqual({ ok: false, error: 'not base64url text' })
    expect(unpackScene(toBase64Url(new Uint8Array([0xff, 0xff, 0xff]))).ok).toBe(false)
    const bomb = toBase64Url(deflateSync(new Uint8Array(20_000_000), { level: 9 }))
    expect(bomb.length).toBeLessThan(30_000)
    expect(unpackScene(bomb)).toEqual({ ok: false, error: 'the scene is too large' })
    const notUtf8 = toBase64Url(deflateSync(new Uint8Array([0xc3, 0x28])))
    expect(unpackScene(notUtf8)).toEqual({ ok: false, error: 'not UTF-8 text' })
  })

  it('still reads the first, uncompressed permalinks', () => {
    const json = JSON.stringify({ hello: 'wörld' })
    const legacy = toBase64Url(new TextEncoder().encode(json))
    expect(unpackLegacyScene(legacy)).toEqual({ ok: true, text: json })
  })
})
