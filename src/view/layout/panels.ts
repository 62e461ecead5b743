import type { TopicState } from '../../engine'
import { useLab } from '../../store/react'
import type { StagePanel } from '../../store/uiStore'
import { useUi } from '../../store/useUi'

/** What `focus=` points at in the current scene: a whole topic, or one of its partitions. */
export interface Focus {
  topic: string
  partition?: number
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

/**
 * Reads `focus=` against the scene's topics, as Kafka writes a topic-partition (`purchases-2`). Topic names may
 * contain '-', so a trailing `-<digits>` is a partition only when that topic has that partition; otherwise the whole
 * text is a topic name. Undefined when it names neither (or an internal topic).
 */
export function resolveFocus(
  raw: string,
  topics: Record<string, Pick<TopicState, 'partitions' | 'internal'>>,
): Focus | undefined {
  const shown = (name: string) => own(topics, name) && !topics[name]!.internal
  const m = /^(.+)-(\d{1,6})$/.exec(raw)
  if (m) {
    const topic = m[1]!
    const partition = Number(m[2])
    if (shown(topic) && String(partition) === m[2] && partition < topics[topic]!.partitions.length)
      return { topic, partition }
  }
  return shown(raw) ? { topic: raw } : undefined
}

/** Whether a (topic, partition) is inside the focus (everything is, without one). */
export function inFocus(focus: Focus | undefined, topic: string, partition?: number): boolean {
  if (!focus) return true
  if (focus.topic !== topic) return false
  return focus.partition === undefined || partition === undefined || focus.partition === partition
}

/** Whether a stage region is shown (`panels=`; all of them without it). */
export function usePanelShown(panel: StagePanel): boolean {
  return useUi((s) => s.panels === null || s.panels.includes(panel))
}

/** The focus as it resolves in the current scene; undefined without `focus=` or when it names nothing here. */
export function useFocus(): Focus | undefined {
  const raw = useUi((s) => s.focus)
  return useLab((s) => (raw === null ? undefined : resolveFocus(raw, s.sim.state.topics)))
}
