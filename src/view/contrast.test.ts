// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { groupColor, GROUP_PALETTE } from './consumers/groupColor'
import { keyColor } from './cluster/keyColor'
import { contrast, luminance, parseColor, type Rgb } from './contrast'

/*
 * WCAG AA for every colour the screen draws, read from the stylesheets themselves, so a palette change that fails AA
 * fails here: text 4.5:1 (1.4.3); marks that carry a state, and control boundaries, 3:1 against what they sit on
 * (1.4.11). Checked in the normal theme (also the embed's) and in lecture mode (html.present overrides).
 */

const TEXT = 4.5
const MARK = 3

function css(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
}
const THEME = css('./theme.css')
const LAYOUT = css('./layout/layout.css')
const LESSONS = css('./lessons/lessons.css')
const CLUSTER = css('./cluster/cluster.css')
const PRODUCERS = css('./producers/producers.css')
const SHARE = css('./share/share.css')
const TIMELINE = css('./timeline/timeline.css')
const CONSUMERS = css('./consumers/consumers.css')

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(sheet: string, selector: string): Map<string, string> {
  for (const m of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[1]!.trim() !== selector) continue
    const decls = new Map<string, string>()
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':')
      if (i > 0) decls.set(d.slice(0, i).trim(), d.slice(i + 1).trim())
    }
    return decls
  }
  throw new Error(`no rule ${selector}`)
}

type Theme = Map<string, string>
const NORMAL: Theme = new Map([...rule(THEME, ':root'), ...rule(LESSONS, ':root')])
const PRESENT: Theme = new Map([...NORMAL, ...rule(LAYOUT, 'html.present')])
const MODES: [string, Theme][] = [
  ['normal', NORMAL],
  ['present', PRESENT],
]

/** A colour as a stylesheet writes it: a literal, `var(--x)`, or a border shorthand ending in one. */
function resolve(theme: Theme, value: string): string {
  const v = /var\((--[\w-]+)\)/.exec(value)
  if (v) {
    const next = theme.get(v[1]!)
    if (!next) throw new Error(`undefined ${v[1]}`)
    return resolve(theme, next)
  }
  const c = /(#[0-9a-fA-F]{3,6}|hsl\([^)]*\))\s*$/.exec(value)
  if (!c) throw new Error(`not a colour: ${value}`)
  return c[1]!
}
const v = (name: string) => `var(--${name})`
/** A colour declared in a stylesheet: `decl(CLUSTER, '.log-slot', 'color')`. */
const decl = (sheet: string, selector: string, prop: string) => {
  const value = rule(sheet, selector).get(prop)
  if (!value) throw new Error(`${selector} has no ${prop}`)
  return value
}

type Pair = { what: string; fg: string; bg: string; min: number }

/** Every pair of colours drawn one on the other, with the ratio it needs. */
function pairs(): Pair[] {
  const out: Pair[] = []
  const add = (what: string, fg: string, bgs: string[], min: number) =>
    bgs.forEach((bg) => out.push({ what, fg, bg, min }))
  const surfaces = [v('bg'), v('panel'), v('panel-2')]
  const deadBroker = decl(CLUSTER, '.broker-card.dead', 'background')

  // Body text on every surface.
  for (const ink of ['ink', 'ink-2', 'muted'])
    add(`--${ink} text`, v(ink), [...surfaces, deadBroker, v('dead-bg')], TEXT)
  add('primary button text', v('accent-ink'), [v('accent')], TEXT)
  add('danger button text', v('bad'), [v('panel')], TEXT)
  // Role and state colours: text and icons on their tint, and as text on a panel.
  for (const s of ['leader', 'follower', 'outsync', 'dead', 'ok', 'bad']) {
    add(`--${s} on its tint`, v(s), [v(`${s}-bg`)], TEXT)
    add(`--${s} text on a panel`, v(s), [v('panel'), v('panel-2')], TEXT)
  }
  // Marks that carry a state: the HW bar, partition health edges, dashed out-of-sync chips, control borders.
  for (const s of ['ok', 'outsync', 'bad', 'leader', 'follower']) add(`--${s} mark`, v(s), surfaces, MARK)
  add('offline partition edge', v('bad'), [v('bad-bg')], MARK)
  add('leader chip border', v('leader'), [v('leader-bg')], MARK)
  add('input, select and uncommitted-cell borders', v('line-strong'), [v('panel'), v('panel-2')], MARK)
  add('focus ring', v('focus'), [...surfaces, decl(LAYOUT, '.header', 'background')], MARK)
  // Lessons: the highlight around the control a step needs, the lesson's own text.
  add('lesson highlight outline', v('lesson'), [...surfaces, deadBroker], MARK)
  add('lesson text', v('lesson'), [v('lesson-bg'), v('panel')], TEXT)
  for (const dot of ['.lesson-dots li', '.lesson-dots li.done'])
    add(`lesson progress ${dot}`, decl(LESSONS, dot, 'background'), [v('panel')], MARK)
  add(
    'lesson hint label',
    decl(LESSONS, '.lesson-hint-label', 'color'),
    [decl(LESSONS, '.lesson-hints li', 'background')],
    TEXT,
  )
  // The header, the embed bar, the command-line mirror (dark surfaces).
  const header = decl(LAYOUT, '.header', 'background')
  add('header text', decl(LAYOUT, '.header', 'color'), [header], TEXT)
  add('header tagline', decl(LAYOUT, '.header-tagline', 'color'), [header], TEXT)
  add('header button', decl(LAYOUT, '.header .btn', 'color'), [header], TEXT)
  add(
    'pressed header button',
    decl(LAYOUT, ".header .btn[aria-pressed='true']", 'color'),
    [decl(LAYOUT, ".header .btn[aria-pressed='true']", 'background')],
    TEXT,
  )
  add('lessons button', decl(LESSONS, '.header .lessons-button', 'color'), [header], TEXT)
  add('embed bar', decl(SHARE, '.embed-bar', 'color'), [decl(SHARE, '.embed-bar', 'background')], TEXT)
  const terminal = decl(LESSONS, '.cli-terminal', 'background')
  add('terminal text', decl(LESSONS, '.cli-terminal', 'color'), [terminal], TEXT)
  add('terminal prompt', decl(LESSONS, '.cli-line.command::before', 'color'), [terminal], TEXT)
  add('terminal input', decl(LESSONS, '.cli-line.input', 'color'), [terminal], TEXT)
  add('terminal comment', decl(LESSONS, '.cli-line.comment', 'color'), [terminal], TEXT)
  // Notices, badges, the log's free slot, the timeline's markers.
  add('notice', decl(LAYOUT, '.notice', 'color'), [decl(LAYOUT, '.notice', 'background')], TEXT)
  add(
    'notice border',
    decl(LAYOUT, '.notice', 'border'),
    [decl(LAYOUT, '.notice', 'background'), v('bg')],
    MARK,
  )
  add(
    'producer badge',
    decl(PRODUCERS, '.producer-badge', 'color'),
    [decl(PRODUCERS, '.producer-badge', 'background')],
    TEXT,
  )
  add('free log slot text', decl(CLUSTER, '.log-slot', 'color'), [v('panel')], TEXT)
  add('free log slot border', decl(CLUSTER, '.log-slot', 'border'), [v('panel')], MARK)
  for (const kind of ['kill', 'restart', 'election', 'rebalance', 'lesson'])
    add(`timeline ${kind} marker`, decl(TIMELINE, `.timeline-marker-${kind}`, 'color'), [v('panel')], TEXT)
  add('out-of-sync partition count', decl(CONSUMERS, '.lag-high', 'color'), [v('panel')], TEXT)
  return out
}

function failures(theme: Theme, list: Pair[]): string[] {
  return list
    .map((p) => ({ ...p, fg: resolve(theme, p.fg), bg: resolve(theme, p.bg) }))
    .map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1, needs ${p.min}:1`)
}

describe('the contrast arithmetic', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrast('#fff', '#fff')).toBe(1)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    // The failing chip colours of issue 13.
    expect(contrast('#0d9488', '#ffffff')).toBeCloseTo(3.74, 2)
    expect(contrast('#ea580c', '#ffffff')).toBeCloseTo(3.56, 2)
    expect(parseColor('hsl(0 100% 50%)')).toEqual([255, 0, 0])
    expect(parseColor('hsl(120 100% 25%)')).toEqual([0, 128, 0])
  })
})

describe.each(MODES)('the %s theme', (_mode, theme) => {
  it('meets WCAG AA for every text and state mark', () => {
    expect(failures(theme, pairs())).toEqual([])
  })

  it('draws group colours readable as text on panels, under white marks, and as lines on the page', () => {
    const list: Pair[] = GROUP_PALETTE.flatMap((c) => [
      { what: `group ${c} chip text`, fg: c, bg: v('panel'), min: TEXT },
      { what: `group ${c} chip text on a member row`, fg: c, bg: v('panel-2'), min: TEXT },
      { what: `group ${c} flag mark`, fg: decl(CLUSTER, '.group-flag', 'color'), bg: c, min: TEXT },
      { what: `group ${c} line`, fg: c, bg: v('bg'), min: MARK },
      {
        what: `group ${c} flag on a dead broker`,
        fg: c,
        bg: decl(CLUSTER, '.broker-card.dead', 'background'),
        min: MARK,
      },
    ])
    expect(failures(theme, list)).toEqual([])
  })

  it('keeps every key colour readable: dark text on its tint, its edge visible against the tint', () => {
    const keys = [null, ...Array.from({ length: 720 }, (_, i) => `key-${i}`)]
    const bad: string[] = []
    for (const key of keys) {
      const tint = keyColor(key, true)
      for (const ink of ['ink', 'ink-2']) {
        const fg = resolve(theme, v(ink))
        if (contrast(fg, tint) < TEXT) bad.push(`${key}: ${fg} on ${tint} ${contrast(fg, tint).toFixed(2)}`)
      }
      const edge = keyColor(key)
      if (contrast(edge, tint) < MARK)
        bad.push(`${key}: edge ${edge} on ${tint} ${contrast(edge, tint).toFixed(2)}`)
    }
    expect(bad).toEqual([])
  })
})

/* Colour-blind safety of the group palette: each pair stays apart (CIE76 distance in L*a*b*) for normal vision and
   simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1). */
const CVD: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}
function lab(rgb: Rgb, matrix: number[][] | null): number[] {
  const lin = rgb.map((c) => luminance([c, c, c]))
  const [r, g, b] = matrix
    ? matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)))
    : lin
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

describe('the group palette', () => {
  it('has distinct colours, in order, that repeat past its end', () => {
    expect(new Set(GROUP_PALETTE).size).toBe(GROUP_PALETTE.length)
    expect(groupColor(0)).toBe(GROUP_PALETTE[0])
    expect(groupColor(GROUP_PALETTE.length)).toBe(GROUP_PALETTE[0])
  })

  it.each(Object.keys(CVD))('stays distinguishable with %s', (vision) => {
    const close: string[] = []
    GROUP_PALETTE.forEach((a, i) =>
      GROUP_PALETTE.slice(i + 1).forEach((b, k) => {
        const j = i + 1 + k
        const d = Math.hypot(
          ...lab(parseColor(a), CVD[vision]!).map((x, n) => x - lab(parseColor(b), CVD[vision]!)[n]!),
        )
        // The first three (the default scene's groups) far apart; any two at least clearly apart.
        const min = j < 3 ? 30 : 9
        if (d < min) close.push(`${a} and ${b}: ${d.toFixed(1)} < ${min}`)
      }),
    )
    expect(close).toEqual([])
  })
})
