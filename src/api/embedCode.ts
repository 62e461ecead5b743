import { packScene } from '../scenarios/sceneCodec'
import type { Lang } from '../i18n/translate'
import { appBase, PACKED_SCENE_PARAM } from './permalink'

export interface EmbedOptions {
  lang: Lang
  /** Show the playback controls and the timeline. */
  controls: boolean
  paused: boolean
  /** A lesson to run instead of the scene. */
  lesson?: string
}

/** The simulator's address for an iframe: `?embed=1` plus the options, and the scene (unless a lesson replaces it). */
export function embedUrlFor(location: { origin: string; pathname: string }, sceneJson: string, options: EmbedOptions): string {
  const q = new URLSearchParams({ embed: '1', lang: options.lang })
  if (!options.controls) q.set('controls', '0')
  q.set('paused', options.paused ? '1' : '0')
  if (options.lesson) q.set('lesson', options.lesson)
  else q.set(PACKED_SCENE_PARAM, packScene(sceneJson))
  return `${appBase(location)}?${q.toString()}`
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The iframe snippet. The sandbox lets the simulator run its scripts and open the full app in a new tab, nothing
 * else (no cookies, no storage of the host's origin, no navigation of the host page).
 */
export function embedSnippet(url: string, title: string, height = 560): string {
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" ` +
    `style="border: 1px solid #dbe2ea; border-radius: 8px" loading="lazy" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`
  )
}
