import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { defaultScenario } from '../scenarios/builtins'
import { createLabStore } from '../store/simStore'
import { createApi } from './kafkaLabApi'
import { answer, installPostMessageBridge, watchHeight, type BridgeWindow } from './postMessageBridge'

function fakeWindow(embedded = true) {
  const listeners: ((e: MessageEvent) => void)[] = []
  const parentPosts: unknown[] = []
  const parent = { postMessage: (m: unknown, o?: unknown) => parentPosts.push([m, o]) }
  const win: BridgeWindow & { deliver(data: unknown, source: unknown): void } = {
    addEventListener: (_t, l) => listeners.push(l),
    removeEventListener: (_t, l) => listeners.splice(listeners.indexOf(l), 1),
    get parent() {
      return embedded ? parent : win
    },
    deliver(data, source) {
      for (const l of [...listeners]) l({ data, source } as MessageEvent)
    },
  }
  return { win, parentPosts, listeners }
}

function setup() {
  const store = createLabStore(defaultScenario, { running: false })
  const api = createApi(store, { origin: 'http://sim.test', pathname: '/' })
  const { win, parentPosts, listeners } = fakeWindow()
  const bridge = installPostMessageBridge(win, api)
  const replies: [unknown, unknown][] = []
  const host = { postMessage: (m: unknown, o: unknown) => replies.push([m, o]) }
  return { store, api, win, bridge, replies, host, parentPosts, listeners }
}

describe('the postMessage bridge', () => {
  it('answers each method to the message source only, with target origin *', () => {
    const { win, replies, host, parentPosts } = setup()
    win.deliver(
      { kafkaLab: 1, id: 1, method: 'dispatch', params: [{ type: 'killBroker', brokerId: 1 }] },
      host,
    )
    win.deliver({ kafkaLab: 1, id: 'two', method: 'snapshot' }, host)
    win.deliver({ kafkaLab: 1, id: 3, method: 'records', params: ['purchases', 0] }, host)
    win.deliver(
      { kafkaLab: 1, id: 4, method: 'dispatch', params: [{ type: 'killBroker', brokerId: 77 }] },
      host,
    )
    expect(replies[0]).toEqual([{ kafkaLab: 1, id: 1, result: { ok: true } }, { targetOrigin: '*' }])
    const snap = (replies[1]![0] as { result: { brokers: { id: number; alive: boolean }[] } }).result
    expect(snap.brokers.find((b) => b.id === 1)?.alive).toBe(false)
    expect(replies[2]![0]).toEqual({ kafkaLab: 1, id: 3, result: [] })
    expect((replies[3]![0] as { result: { ok: boolean } }).result.ok).toBe(false)
    expect(parentPosts).toEqual([])
  })

  it('round-trips a scene through exportScenario and importScenario', () => {
    const { win, replies, host, api } = setup()
    api.dispatch({ type: 'advance', ms: 5000 })
    win.deliver({ kafkaLab: 1, id: 'e', method: 'exportScenario', params: [] }, host)
    const text = (replies[0]![0] as { result: string }).result
    win.deliver({ kafkaLab: 1, id: 'i', method: 'importScenario', params: [text] }, host)
    expect(replies[1]![0]).toEqual({ kafkaLab: 1, id: 'i', result: { ok: true } })
    win.deliver({ kafkaLab: 1, id: 'u', method: 'shareUrl', params: [] }, host)
    expect((replies[2]![0] as { result: string }).result).toMatch(/^http:\/\/sim\.test\/\?z=/)
  })

  it('answers an unknown method or bad params with an error', () => {
    const { win, replies, host } = setup()
    win.deliver({ kafkaLab: 1, id: 9, method: 'deleteEverything', params: [] }, host)
    win.deliver({ kafkaLab: 1, id: 10, method: 'toString', params: [] }, host)
    win.deliver({ kafkaLab: 1, id: 11, method: 'snapshot', params: 'nope' }, host)
    expect(replies.map(([m]) => (m as { error?: string }).error)).toEqual([
      expect.stringMatching(/^Unknown method "deleteEverything"/),
      expect.stringMatching(/^Unknown method "toString"/),
      expect.stringMatching(/params must be the list/),
    ])
    expect(replies.map(([m]) => (m as { id: unknown }).id)).toEqual([9, 10, 11])
  })

  it('ignores malformed messages silently, and never answers answers or events', () => {
    const { win, replies, host } = setup()
    const noise = [
      null,
      'hello',
      42,
      [],
      { kafkaLab: 2, id: 1, method: 'snapshot' },
      { kafkaLab: 1, method: 'snapshot' },
      { kafkaLab: 1, id: {}, method: 'snapshot' },
      { kafkaLab: 1, id: 1 },
      { kafkaLab: 1, id: 1, result: { ok: true } },
      { kafkaLab: 1, id: 1, error: 'x' },
      { kafkaLab: 1, id: 1, method: 'snapshot', event: 'ready' },
      { kafkaLab: 1, event: 'ready', data: null },
    ]
    for (const data of noise) expect(() => win.deliver(data, host)).not.toThrow()
    // A request whose source cannot be answered is dropped without a throw.
    expect(() => win.deliver({ kafkaLab: 1, id: 1, method: 'snapshot' }, null)).not.toThrow()
    expect(() =>
      win.deliver(
        { kafkaLab: 1, id: 1, method: 'snapshot' },
        {
          postMessage: () => {
            throw new Error('closed')
          },
        },
      ),
    ).not.toThrow()
    expect(replies).toEqual([])
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => win.deliver(data, host)).not.toThrow()
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(
        fc.record({
          kafkaLab: fc.constant(1),
          id: fc.oneof(fc.string(), fc.integer()),
          method: fc.string(),
          params: fc.anything(),
        }),
        (data) => {
          expect(() =>
            answer(
              createApi(createLabStore(defaultScenario, { running: false }), { origin: 'x', pathname: '/' }),
              data,
            ),
          ).not.toThrow()
        },
      ),
      { numRuns: 50 },
    )
  })

  it('posts events to the embedding page only', () => {
    const embedded = setup()
    embedded.bridge.emit('ready', { version: 1 })
    embedded.bridge.emit('lessonCompleted', { id: 'topics' })
    expect(embedded.parentPosts).toEqual([
      [{ kafkaLab: 1, event: 'ready', data: { version: 1 } }, { targetOrigin: '*' }],
      [{ kafkaLab: 1, event: 'lessonCompleted', data: { id: 'topics' } }, { targetOrigin: '*' }],
    ])
    const top = fakeWindow(false)
    const store = createLabStore(defaultScenario, { running: false })
    const bridge = installPostMessageBridge(top.win, createApi(store, { origin: 'x', pathname: '/' }))
    expect(() => bridge.emit('ready')).not.toThrow()
    bridge.dispose()
    expect(top.listeners).toHaveLength(0)
  })

  it('reports the height when it changes, once per change', () => {
    const { bridge, parentPosts } = setup()
    let content = 400
    let changed: () => void = () => {}
    const stop = vi.fn()
    expect(
      watchHeight(
        bridge,
        () => ({ content, viewport: 500 }),
        (fn) => ((changed = fn), stop),
      ),
    ).toBe(stop)
    changed()
    content = 512.3
    changed()
    changed()
    content = 300
    changed()
    expect(resizes(parentPosts)).toEqual([400, 513, 300])
  })

  it('reports what the content needs, not the viewport, to a host that never resizes the frame', () => {
    const { bridge, parentPosts } = setup()
    let content = 1800
    let changed: () => void = () => {}
    watchHeight(
      bridge,
      () => ({ content, viewport: 500 }),
      (fn) => ((changed = fn), () => {}),
    )
    content = 320
    changed()
    expect(resizes(parentPosts)).toEqual([1800, 320])
  })

  // A host that sets the iframe's height to each reported height; `need` is the content's height in a viewport.
  function hostLoop(need: (viewport: number) => number, start: number, rounds = 30) {
    const { bridge, parentPosts } = setup()
    let viewport = start
    let changed: () => void = () => {}
    watchHeight(
      bridge,
      () => ({ content: need(viewport), viewport }),
      (fn) => ((changed = fn), () => {}),
    )
    for (let i = 0; i < rounds; i++) {
      const all = resizes(parentPosts)
      viewport = all[all.length - 1]!
      changed()
    }
    return { reported: resizes(parentPosts), viewport }
  }

  it('gives a host that sets the frame to the reported height a stable number', () => {
    // Content of its own size (the stage at its largest font, or a short page): one report, then silence.
    expect(hostLoop(() => 640.4, 500).reported).toEqual([641])
    // The stage fits its font to the height it is given, and fills a little less than it (a 4% slack): after the
    // host shrinks the frame the page reports the viewport it was given, not a smaller and smaller height.
    const fit = (v: number) => Math.min(900, Math.max(420, v * 0.96))
    const shrink = hostLoop(fit, 1200)
    expect(shrink.reported).toEqual([900])
    const grow = hostLoop(fit, 300)
    expect(grow.reported).toEqual([420])
    expect(hostLoop(fit, 600).reported).toEqual([576])
    // A scroll bar that comes and goes changes the width, hence the wrapping, hence the height: no flip-flop.
    const flip = hostLoop((v) => (v < 700 ? 720 : 690), 500)
    expect(flip.reported.length).toBeLessThanOrEqual(2)
    expect(flip.viewport).toBe(720)
  })

  it('ignores a measure that is not a number', () => {
    const { bridge, parentPosts } = setup()
    watchHeight(
      bridge,
      () => ({ content: Number.NaN, viewport: 500 }),
      () => () => {},
    )
    watchHeight(
      bridge,
      () => ({ content: 0, viewport: 500 }),
      () => () => {},
    )
    expect(resizes(parentPosts)).toEqual([])
  })
})

function resizes(posts: unknown[]): number[] {
  return (posts as [{ event?: string; data?: { height: number } }, unknown][])
    .filter(([m]) => m.event === 'resize')
    .map(([m]) => m.data!.height)
}
