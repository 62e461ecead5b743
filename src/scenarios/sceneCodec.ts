import { deflateSync, inflateSync } from 'fflate'
import { MAX_SCENE_CHARS } from './sceneSchema'

/**
 * A scene file's JSON in a URL: UTF-8, DEFLATE (fflate, raw, level 9), base64url without padding. The older
 * permalinks carried the JSON base64url-encoded without compression; both are read.
 */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64UrlBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    return bytes
  } catch {
    return undefined
  }
}

const utf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

export function packScene(json: string): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))
}

export type Unpacked = { ok: true; text: string } | { ok: false; error: string }

/** The compressed form back to JSON text; never more than the scene limit (a "zip bomb" is cut off and refused). */
export function unpackScene(param: string): Unpacked {
  if (param.length > MAX_SCENE_CHARS) return { ok: false, error: 'the link is too long' }
  const bytes = fromBase64UrlBytes(param)
  if (!bytes) return { ok: false, error: 'not base64url text' }
  let out: Uint8Array
  try {
    // A fixed buffer one byte over the limit: inflating stops when it is full.
    out = inflateSync(bytes, { out: new Uint8Array(MAX_SCENE_CHARS + 1) })
  } catch {
    return { ok: false, error: 'not compressed scene data' }
  }
  if (out.length > MAX_SCENE_CHARS) return { ok: false, error: 'the scene is too large' }
  const text = utf8(out)
  return text === undefined ? { ok: false, error: 'not UTF-8 text' } : { ok: true, text }
}

/** The older, uncompressed form (`?scene=`). */
export function unpackLegacyScene(param: string): Unpacked {
  if (param.length > MAX_SCENE_CHARS * 2) return { ok: false, error: 'the link is too long' }
  const bytes = fromBase64UrlBytes(param)
  const text = bytes && utf8(bytes)
  return text === undefined ? { ok: false, error: 'not base64url text' } : { ok: true, text }
}
