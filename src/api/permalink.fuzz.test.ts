import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64UrlBytes, toBase64Url, type Unpacked } from '../scenarios/sceneCodec'
import { parseScene, sceneOf, type SceneFile } from '../scenarios/sceneFile'
import {
  assertReadable,
  assertSceneAnswer,
  courseScene,
  smallScenario,
  smallScene,
} from '../scenarios/sceneFuzz'
import { PACKED_SCENE_PARAM, SCENE_PARAM, sceneFromQuery, shareUrlFor } from './permalink'

/**
 * The permalink decoder (`?z=`, DEFLATE + base64url; the older `?scene=`) against hostile addresses, 10 000 cases per
 * property: any query text, and real permalinks cut short, with a bit flipped in their compressed bytes, a character
 * changed, inserted or dropped. It never throws; it answers a clear error, or scene text that the scene decoder
 * answers with a scene that restores or a readable refusal, exactly as main.tsx chains them. An undamaged permalink
 * reads back its scene exactly.
 */
const RUNS = 10_000
const location = { origin: 'https://kafka-lab.example.org', pathname: '/lab/' }

/** What main.tsx does with a query: unpack the scene text, then read it as a scene file. */
function openQuery(query: string): Unpacked | undefined {
  let unpacked: Unpacked | undefined
  try {
    unpacked = sceneFromQuery(new URLSearchParams(query))
  } catch (e) {
    throw new Error(`sceneFromQuery threw on ${JSON.stringify(query.slice(0, 200))}: ${String(e)}`, {
      cause: e,
    })
  }
  if (unpacked === undefined) return undefined
  if (!unpacked.ok) {
    assertReadable(unpacked.error)
    return unpacked
  }
  if (typeof unpacked.text !== 'string') throw new Error('an unpacked permalink without text')
  assertSceneAnswer(parseScene(unpacked.text))
  return unpacked
}

const packed = (scene: SceneFile) =>
  new URL(shareUrlFor(location, JSON.stringify(scene))).searchParams.get(PACKED_SCENE_PARAM)!
const legacy = (scene: SceneFile) => toBase64Url(new TextEncoder().encode(JSON.stringify(scene)))
const titled = (title: string) => sceneOf(smallScenario, smallScene.commands, smallScene.timeMs, { title })

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Damage to the parameter's text: cut short, a bit flipped in its bytes, a character changed, inserted or dropped. */
type Damage =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'change' | 'insert'; at: number; char: string }
  | { kind: 'drop'; at: number }

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('change' as const, 'insert' as const),
      at: fc.nat(),
      char: fc.oneof(
        fc.constantFrom(...BASE64URL),
        fc.constantFrom('+', '/', '=', '%', '&', ' ', '#', '%20', '%ZZ'),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
)

function damage(param: string, d: Damage): string {
  const at = param.length === 0 ? 0 : 'at' in d ? d.at % param.length : 0
  switch (d.kind) {
    case 'none':
      return param
    case 'cut':
      return param.slice(0, at)
    case 'flip': {
      const bytes = fromBase64UrlBytes(param)!
      bytes[at % bytes.length]! ^= 1 << d.bit
      return toBase64Url(bytes)
    }
    case 'change':
      return param.slice(0, at) + d.char + param.slice(at + 1)
    case 'insert':
      return param.slice(0, at) + d.char + param.slice(at)
    case 'drop':
      return param.slice(0, at) + param.slice(at + 1)
  }
}

describe('the permalink decoder, fuzzed', () => {
  it('answers any query text with a clear error or a scene', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }).map(encodeURIComponent),
    )
    const query = fc.oneof(
      value.map((v) => `${PACKED_SCENE_PARAM}=${v}`),
      value.map((v) => `${SCENE_PARAM}=${v}`),
      fc.tuple(value, value).map(([a, b]) => `${SCENE_PARAM}=${b}&${PACKED_SCENE_PARAM}=${a}`),
      fc.string({ maxLength: 100 }),
    )
    fc.assert(
      fc.property(query, (q) => {
        openQuery(q)
      }),
      { seed: 6101, numRuns: RUNS },
    )
  }, 120_000)

  it('answers damaged permalinks with a clear error or a scene, and undamaged ones with their scene exactly', () => {
    const scenes = [smallScene, courseScene, titled('Ñandú 🦩 <b>&amp;</b>')]
    const links = scenes.flatMap((scene) => [
      { param: PACKED_SCENE_PARAM, value: packed(scene), scene },
      { param: SCENE_PARAM, value: legacy(scene), scene },
    ])
    fc.assert(
      fc.property(fc.constantFrom(...links), damageArb, (link, d) => {
        const value = damage(link.value, d)
        const answer = openQuery(`${link.param}=${value}`)
        if (value === link.value) {
          expect(answer).toEqual({ ok: true, text: JSON.stringify(link.scene) })
          expect(parseScene((answer as { text: string }).text)).toEqual({ ok: true, scene: link.scene })
        }
      }),
      { seed: 6102, numRuns: RUNS },
    )
  }, 120_000)
})
