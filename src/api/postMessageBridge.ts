import { API_METHODS, type ApiMethod, type KafkaLabApi } from './kafkaLabApi'

/**
 * The public API over postMessage, for a host page that embeds the simulator in an iframe (../shared/API.md).
 * Host to simulator: `{ kafkaLab: 1, id, method, params }`; the answer goes back to the message's source only:
 * `{ kafkaLab: 1, id, result }` or `{ kafkaLab: 1, id, error }`, with target origin '*' (any origin may read and
 * drive the simulator; the simulator never reads or touches the host). Events carry no id:
 * `{ kafkaLab: 1, event, data }`, posted to the parent window. Malformed messages are ignored without a word.
 */
export type BridgeEvent = 'ready' | 'lessonCompleted' | 'lessonStepCompleted' | 'resize'

interface Postable {
  postMessage(message: unknown, options?: { targetOrigin?: string }): void
}

/** What the bridge needs of a window (a real one, or a test double). */
export interface BridgeWindow {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  /** The embedding page; the window itself when not embedded. */
  readonly parent: unknown
}

export interface Bridge {
  /** Posts an event to the embedding page (nothing when not embedded). */
  emit(event: BridgeEvent, data?: unknown): void
  dispose(): void
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const canPost = (v: unknown): v is Postable =>
  (typeof v === 'object' || typeof v === 'function') &&
  v !== null &&
  typeof (v as Postable).postMessage === 'function'
const isMethod = (m: string): m is ApiMethod => (API_METHODS as readonly string[]).includes(m)

function post(target: Postable, message: unknown): void {
  try {
    target.postMessage(message, { targetOrigin: '*' })
  } catch {
    // A closed window or a value that cannot be cloned: nothing to tell anyone.
  }
}

/** Answers one request; undefined when the message is not a request at all. */
export function answer(
  api: KafkaLabApi,
  data: unknown,
): { kafkaLab: 1; id: string | number; result?: unknown; error?: string } | undefined {
  if (!isRecord(data) || data.kafkaLab !== 1) return undefined
  const id = data.id
  if ((typeof id !== 'string' || id.length > 200) && (typeof id !== 'number' || !Number.isFinite(id)))
    return undefined
  // Replies and events are not requests (a page that embeds itself must not answer its own answers).
  if (typeof data.method !== 'string' || 'result' in data || 'error' in data || 'event' in data)
    return undefined
  const method = data.method
  if (!isMethod(method))
    return {
      kafkaLab: 1,
      id,
      error: `Unknown method ${JSON.stringify(method.slice(0, 60))}. Methods: ${API_METHODS.join(', ')}.`,
    }
  const params = data.params === undefined ? [] : data.params
  if (!Array.isArray(params))
    return { kafkaLab: 1, id, error: "params must be the list of the method's arguments." }
  try {
    const fn = api[method] as (...args: unknown[]) => unknown
    return { kafkaLab: 1, id, result: fn(...params) }
  } catch (e) {
    return { kafkaLab: 1, id, error: `Internal error: ${e instanceof Error ? e.message : String(e)}` }
  }
}

export function installPostMessageBridge(win: BridgeWindow, api: KafkaLabApi): Bridge {
  const onMessage = (event: MessageEvent) => {
    try {
      const reply = answer(api, event.data)
      if (reply && canPost(event.source)) post(event.source, reply)
    } catch {
      // Whatever arrives, the simulator does not throw.
    }
  }
  win.addEventListener('message', onMessage)
  const parent = win.parent
  const embedded = parent !== win && canPost(parent)
  return {
    emit(event, data) {
      if (embedded) post(parent, { kafkaLab: 1, event, data: data ?? null })
    },
    dispose: () => win.removeEventListener('message', onMessage),
  }
}

/** What the page measures: the height its content needs, and the height it was given (the iframe's viewport). */
export interface HeightSample {
  content: number
  viewport: number
}

/**
 * Tells the embedding page the height its content needs whenever that changes, so that it can size the iframe to
 * fit (`resize`, `{ height }`). A host that sets the iframe to the reported height gets the same number back: the
 * stage fills the room it is given (its font fits the height), so when the host has just set the frame to the
 * reported height, or made it smaller, content that now needs less than the new viewport reports that viewport:
 * not a smaller height that would shrink the frame again and again down to the smallest font, nor a flip-flop
 * between two heights (a scroll bar that comes and goes). Otherwise (the content changed, or the host never resizes
 * the frame) the page reports what its content really needs, smaller or larger than the viewport.
 */
export function watchHeight(
  bridge: Bridge,
  measure: () => HeightSample,
  observe: (onChange: () => void) => () => void,
): () => void {
  let last = -1
  let seen: HeightSample | undefined
  const check = () => {
    const { content, viewport } = measure()
    if (!Number.isFinite(content) || !Number.isFinite(viewport)) return
    const before = seen
    seen = { content, viewport }
    if (before && before.content === content && before.viewport === viewport) return
    let h = Math.ceil(content)
    const given = Math.round(viewport)
    // The host has just resized the frame, to what was reported or smaller: the stage fills what it was given.
    if (before && before.viewport !== viewport && h < given && (given === last || viewport < before.viewport))
      h = given
    if (h > 0 && h !== last) {
      last = h
      bridge.emit('resize', { height: h })
    }
  }
  check()
  return observe(check)
}
