import { API_METHODS, type ApiMethod, type KafkaLabApi } from './kafkaLabApi'

/**
 * The public API over postMessage, for a host page that embeds the simulator in an iframe (../shared/API.md).
 * Host to simulator: `{ kafkaLab: 1, id, method, params }`; the answer goes back to the message's source only:
 * `{ kafkaLab: 1, id, result }` or `{ kafkaLab: 1, id, error }`, with target origin '*' (any origin may read and
 * drive the simulator; the simulator never reads or touches the host). Events carry no id:
 * `{ kafkaLab: 1, event, data }`, posted to the parent window. Malformed messages are ignored without a word.
 */
export type BridgeEvent = 'ready' | 'lessonCompleted' | 'resize'

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const canPost = (v: unknown): v is Postable => (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as Postable).postMessage === 'function'
const isMethod = (m: string): m is ApiMethod => (API_METHODS as readonly string[]).includes(m)

function post(target: Postable, message: unknown): void {
  try {
    target.postMessage(message, { targetOrigin: '*' })
  } catch {
    // A closed window or a value that cannot be cloned: nothing to tell anyone.
  }
}

/** Answers one request; undefined when the message is not a request at all. */
export function answer(api: KafkaLabApi, data: unknown): { kafkaLab: 1; id: string | number; result?: unknown; error?: string } | undefined {
  if (!isRecord(data) || data.kafkaLab !== 1) return undefined
  const id = data.id
  if ((typeof id !== 'string' || id.length > 200) && (typeof id !== 'number' || !Number.isFinite(id))) return undefined
  // Replies and events are not requests (a page that embeds itself must not answer its own answers).
  if (typeof data.method !== 'string' || 'result' in data || 'error' in data || 'event' in data) return undefined
  const method = data.method
  if (!isMethod(method)) return { kafkaLab: 1, id, error: `Unknown method ${JSON.stringify(method.slice(0, 60))}. Methods: ${API_METHODS.join(', ')}.` }
  const params = data.params === undefined ? [] : data.params
  if (!Array.isArray(params)) return { kafkaLab: 1, id, error: 'params must be the list of the method\'s arguments.' }
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

/**
 * Tells the embedding page the document's height whenever it changes, so that it can size the iframe to fit.
 * `measure` reads the content's own height (the layout must not stretch to the viewport for this to shrink).
 */
export function watchHeight(bridge: Bridge, measure: () => number, observe: (onChange: () => void) => () => void): () => void {
  let last = -1
  const check = () => {
    const h = Math.ceil(measure())
    if (Number.isFinite(h) && h > 0 && h !== last) {
      last = h
      bridge.emit('resize', { height: h })
    }
  }
  check()
  return observe(check)
}
