/** The permalink parameter: the scene file's JSON, UTF-8, base64url. */
export const SCENE_PARAM = 'scene'

function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

export function shareUrlFor(location: { origin: string; pathname: string }, sceneJson: string): string {
  const encoded = toBase64Url(new TextEncoder().encode(sceneJson))
  return `${location.origin}${location.pathname}?${SCENE_PARAM}=${encoded}`
}
