import type { SimEvent } from '../../engine'
import type { Lang } from '../../i18n/translate'
import { clusterNarrators } from './narrateCluster'
import { consumerNarrators } from './narrateConsumers'
import { producerNarrators } from './narrateProducers'
import { replicationNarrators } from './narrateReplication'
import { sayer, type Narrator, type Narrators } from './phrases'

/**
 * Events told in plain words: what happened and why, in Kafka's terms, in the reader's language.
 * Pure functions of the event (no store, no DOM), so the event log, the aria-live strip, lessons and tests
 * all tell the same story. Each family of events has its file (`narrateCluster.ts`, `narrateProducers.ts`,
 * `narrateReplication.ts`, `narrateConsumers.ts`); `story.ts` tells several events of one moment together.
 */

/** A sentence for every event type: adding a type to the union without one fails to compile here. */
const NARRATORS: Narrators = {
  ...clusterNarrators,
  ...producerNarrators,
  ...replicationNarrators,
  ...consumerNarrators,
}

/** One plain sentence (or two) for one engine event, in `lang`. Never empty. */
export function narrate(e: SimEvent, lang: Lang): string {
  // Each narrator takes its own event type; `e.type` picks the one that matches `e`.
  const narrator = NARRATORS[e.type] as Narrator<SimEvent['type']> | undefined
  if (!narrator) return String((e as { type?: unknown }).type ?? '')
  return narrator(e, sayer(lang), lang)
}
