import { describe, expect, it } from 'vitest'
import { readStartOptions } from '../app/urlParams'
import { clampSize, embedSnippet, embedUrlFor } from './embedCode'
import { appBase, sceneFromQuery, shareUrlFor } from './permalink'

const loc = { origin: 'https://lab.example', pathname: '/sub/path/' }

describe('permalinks and embed code', () => {
  it("builds a permalink under the app's own sub-path that the start options read back", () => {
    const url = shareUrlFor(loc, '{"a":"ü"}')
    expect(url.startsWith('https://lab.example/sub/path/?z=')).toBe(true)
    const q = new URL(url).searchParams
    expect(sceneFromQuery(q)).toEqual({ ok: true, text: '{"a":"ü"}' })
    expect(readStartOptions(new URL(url).search, ['en']).sceneText).toBe('{"a":"ü"}')
    expect(appBase({ origin: 'null', pathname: '/x/' })).toBe('/x/')
  })

  it('reads the older ?scene= links and reports a broken one', () => {
    const legacy = btoa('{"b":1}').replace(/=+$/, '')
    expect(readStartOptions(`?scene=${legacy}`, ['en']).sceneText).toBe('{"b":1}')
    const broken = readStartOptions('?z=%%%', ['en'])
    expect(broken.sceneText).toBeUndefined()
    // Asked for, though unreadable: the saved work is not what the link asked for, so it is not opened instead.
    expect(broken.sceneAsked).toBe(true)
    expect(readStartOptions('?lang=en', ['en']).sceneAsked).toBe(false)
    expect(broken.ignored).toEqual([{ key: 'app.notice.badScene', params: { error: 'not base64url text' } }])
  })

  it('turns the embed options into URL parameters the app understands', () => {
    const url = embedUrlFor(loc, '{}', { lang: 'es', controls: false, paused: true })
    const o = readStartOptions(new URL(url).search, ['en'])
    expect(o).toMatchObject({
      embed: true,
      lang: 'es',
      controls: false,
      paused: true,
      sceneText: '{}',
      ignored: [],
    })
    const lesson = embedUrlFor(loc, '{}', { lang: 'en', controls: true, paused: false, lesson: 'topics' })
    const ol = readStartOptions(new URL(lesson).search, ['en'])
    expect(ol).toMatchObject({ embed: true, controls: true, paused: false, lesson: 'topics' })
    expect(ol.sceneText).toBeUndefined()
    expect(readStartOptions('?controls=maybe', ['en']).ignored[0]?.key).toBe('app.notice.badFlag')
  })

  it('carries the chosen panels and focus, which the start options read back', () => {
    const url = embedUrlFor(loc, '{}', {
      lang: 'en',
      controls: true,
      paused: true,
      panels: ['consumers', 'cluster'],
      focus: 'purchases-2',
    })
    expect(new URL(url).searchParams.get('panels')).toBe('cluster,consumers')
    expect(readStartOptions(new URL(url).search, ['en'])).toMatchObject({
      panels: ['cluster', 'consumers'],
      focus: 'purchases-2',
      ignored: [],
    })
    // Every panel, or none, is the default: no parameter.
    const all = embedUrlFor(loc, '{}', {
      lang: 'en',
      controls: true,
      paused: true,
      panels: ['producers', 'cluster', 'consumers'],
    })
    const none = embedUrlFor(loc, '{}', { lang: 'en', controls: true, paused: true, panels: [] })
    for (const u of [all, none]) expect(new URL(u).searchParams.has('panels')).toBe(false)
    expect(new URL(all).searchParams.has('focus')).toBe(false)
  })

  it('sizes the iframe as chosen, within limits, never wider than its page', () => {
    expect(embedSnippet('https://x/', 'K')).toContain('width="800" height="500" style="max-width: 100%;')
    expect(embedSnippet('https://x/', 'K', { width: 700, height: 450 })).toContain('width="700" height="450"')
    expect(embedSnippet('https://x/', 'K', { width: 99999, height: 3.4 })).toContain(
      'width="2400" height="200"',
    )
    expect(clampSize({ width: Number.NaN, height: 640.6 })).toEqual({ width: 800, height: 641 })
  })

  it("escapes the snippet's attributes", () => {
    const html = embedSnippet('https://x/?a=1&b="2"', 'Kafka <Lab>')
    expect(html).toContain('src="https://x/?a=1&amp;b=&quot;2&quot;"')
    expect(html).toContain('title="Kafka &lt;Lab&gt;"')
    expect(html).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"')
  })
})
