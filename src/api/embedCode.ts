import { packScene } from '../scenarios/sceneCodec'
import type { Lang } from '../i18n/translate'
import { STAGE_PANELS, type StagePanel } from '../store/uiStore'
import { appBase, PACKED_SCENE_PARAM } from './permalink'

export interface EmbedOptions {
  lang: Lang
  /** Show the playback controls and the timeline. */
  controls: boolean
  paused: boolean
  /** A lesson to run instead of the scene. */
  lesson?: string
  /** The stage regions to show (`panels=`); all of them when left out or all chosen. */
  panels?: readonly StagePanel[]
  /** A topic or one partition (`purchases-2`) to focus on (`focus=`). */
  focus?: string
}

/** The iframe's size in CSS pixels: the presets course pages use, or the author's own. */
export interface EmbedSize {
  width: number
  height: number
}

export const EMBED_SIZES = {
  '800x500': { width: 800, height: 500 },
  '700x450': { width: 700, height: 450 },
} as const satisfies Record<string, EmbedSize>
export const EMBED_SIZE_LIMITS = { min: { width: 280, height: 200 }, max: { width: 2400, height: 2000 } }

/** A size within the limits, in whole pixels (a custom size being typed may be anything). */
export function clampSize(size: EmbedSize): EmbedSize {
  const fit = (v: number, lo: number, hi: number, fallback: number) =>
    Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback
  const { min, max } = EMBED_SIZE_LIMITS
  return {
    width: fit(size.width, min.width, max.width, 800),
    height: fit(size.height, min.height, max.height, 500),
  }
}

/** The simulator's address for an iframe: `?embed=1` plus the options, and the scene (unless a lesson replaces it). */
export function embedUrlFor(
  location: { origin: string; pathname: string },
  sceneJson: string,
  options: EmbedOptions,
): string {
  const q = new URLSearchParams({ embed: '1', lang: options.lang })
  if (!options.controls) q.set('controls', '0')
  q.set('paused', options.paused ? '1' : '0')
  const panels = STAGE_PANELS.filter((p) => options.panels?.includes(p))
  if (options.panels && panels.length > 0 && panels.length < STAGE_PANELS.length)
    q.set('panels', panels.join(','))
  if (options.focus) q.set('focus', options.focus)
  if (options.lesson) q.set('lesson', options.lesson)
  else q.set(PACKED_SCENE_PARAM, packScene(sceneJson))
  return `${appBase(location)}?${q.toString()}`
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The iframe snippet, at the chosen size (never wider than the page: `max-width: 100%`). The sandbox lets the
 * simulator run its scripts and open the full app in a new tab, nothing else (no cookies, no storage of the host's
 * origin, no navigation of the host page).
 */
export function embedSnippet(url: string, title: string, size: EmbedSize = EMBED_SIZES['800x500']): string {
  const { width, height } = clampSize(size)
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="${width}" height="${height}" ` +
    `style="max-width: 100%; border: 1px solid #dbe2ea; border-radius: 8px" loading="lazy" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`
  )
}
