import { describe, expect, it } from 'vitest'
import { parseFocus, parsePanels, readStartOptions } from './urlParams'

const read = (q: string) => readStartOptions(q, ['en'])

describe('panels= and focus= in the address', () => {
  it('reads panels as the chosen stage regions, in stage order, each once', () => {
    expect(read('?panels=cluster').panels).toEqual(['cluster'])
    expect(read('?embed=1&panels=consumers,cluster').panels).toEqual(['cluster', 'consumers'])
    expect(read('?panels=Cluster,%20consumers,cluster,').panels).toEqual(['cluster', 'consumers'])
    expect(read('?panels=producers,cluster,consumers').panels).toEqual(['producers', 'cluster', 'consumers'])
    expect(read('?lang=en').panels).toBeUndefined()
    expect(read('?panels=cluster').ignored).toEqual([])
  })

  it('shows every panel, with a notice, for garbage or unknown panels', () => {
    for (const bad of ['', ',', 'brokers', 'cluster,logs', '<b>x</b>']) {
      const o = read(`?panels=${encodeURIComponent(bad)}`)
      expect(o.panels).toBeUndefined()
      expect(o.ignored).toEqual([{ key: 'app.notice.badPanels', params: { value: bad } }])
    }
    expect(parsePanels('x'.repeat(1000))).toBeUndefined()
    expect(read(`?panels=${'y'.repeat(100)}`).ignored[0]!.params.value).toHaveLength(40)
  })

  it('keeps a focus written as a topic or a topic-partition, and refuses what no topic could be called', () => {
    expect(read('?focus=purchases').focus).toBe('purchases')
    expect(read('?embed=1&focus=purchases-2').focus).toBe('purchases-2')
    expect(read('?focus=my-topic.v2_x').focus).toBe('my-topic.v2_x')
    expect(read('?lang=en').focus).toBeUndefined()
    for (const bad of ['', 'a b', '..', '<script>', 'ü', 'x'.repeat(250)]) {
      const o = read(`?focus=${encodeURIComponent(bad)}`)
      expect(o.focus).toBeUndefined()
      expect(o.ignored).toEqual([{ key: 'app.notice.badFocus', params: { value: bad.slice(0, 40) } }])
    }
    expect(parseFocus(' purchases ')).toBe('purchases')
  })

  it('reports each bad parameter once and keeps the good ones', () => {
    const o = read('?embed=1&panels=nope&focus=%20&lang=es')
    expect(o).toMatchObject({ embed: true, lang: 'es' })
    expect(o.ignored.map((n) => n.key)).toEqual(['app.notice.badPanels', 'app.notice.badFocus'])
  })
})
