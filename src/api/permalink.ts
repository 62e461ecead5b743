import { packScene, unpackLegacyScene, unpackScene, type Unpacked } from '../scenarios/sceneCodec'

/** The permalink parameter: the scene file's JSON, DEFLATE-compressed, base64url (see sceneCodec). */
export const PACKED_SCENE_PARAM = 'z'
/** The first permalinks' parameter: the JSON base64url-encoded, uncompressed. Still read. */
export const SCENE_PARAM = 'scene'
/** A permalink should fit the address bar of every browser and a QR code. */
export const MAX_PERMALINK_CHARS = 2048

/** The app's own address, without query or fragment. */
export function appBase(location: { origin: string; pathname: string }): string {
  // An opaque origin (a sandboxed iframe) reads as "null": fall back to the path alone.
  return `${location.origin === 'null' ? '' : location.origin}${location.pathname}`
}

export function shareUrlFor(
  location: { origin: string; pathname: string },
  sceneJson: string,
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams({ ...extra, [PACKED_SCENE_PARAM]: packScene(sceneJson) })
  return `${appBase(location)}?${q.toString()}`
}

/** The scene text a URL query carries, if any: the compressed form first, then the old one. */
export function sceneFromQuery(q: URLSearchParams): Unpacked | undefined {
  const packed = q.get(PACKED_SCENE_PARAM)
  if (packed !== null) return unpackScene(packed)
  const legacy = q.get(SCENE_PARAM)
  if (legacy !== null) return unpackLegacyScene(legacy)
  return undefined
}
