import { topicPartitionKey, type BrokerId, type EventOf, type SimEventType } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { translate, type Lang, type Params } from '../../i18n/translate'

/** The pieces the narration's sentences are made of: counts, ranges and lists, in the reader's language. */

export type Say = (key: MessageKey, params?: Params) => string

export function sayer(lang: Lang): Say {
  return (key, params) => translate(lang, key, params)
}

/** Tells one type of event. */
export type Narrator<K extends SimEventType> = (e: EventOf<K>, say: Say, lang: Lang) => string
/** A sentence for each of these event types. */
export type Narrators<K extends SimEventType = SimEventType> = { [T in K]: Narrator<T> }

type RebalanceReason = EventOf<'rebalanceStarted'>['reason']
export const REBALANCE_WHY: Record<RebalanceReason, MessageKey> = {
  memberJoined: 'narration.rebalance.memberJoined',
  memberLeft: 'narration.rebalance.memberLeft',
  memberTimedOut: 'narration.rebalance.memberTimedOut',
  pollTimeout: 'narration.rebalance.pollTimeout',
  assignorChanged: 'narration.rebalance.assignorChanged',
  partitionsChanged: 'narration.rebalance.partitionsChanged',
  cooperativeFollowUp: 'narration.rebalance.cooperativeFollowUp',
}

/** "purchases-1": Kafka's TopicPartition.toString(). */
export const tp = (e: { topic: string; partition: number }) => topicPartitionKey(e.topic, e.partition)

/** A replica list as Kafka tools print it: [3, 1]. */
export function brokerList(say: Say, ids: readonly (BrokerId | null)[]): string {
  return `[${ids.map((id) => (id === null ? say('narration.none') : String(id))).join(', ')}]`
}

export function records(say: Say, n: number): string {
  return say(n === 1 ? 'narration.records.one' : 'narration.records.other', { n })
}

export function partitions(say: Say, n: number): string {
  return say(n === 1 ? 'narration.partitions.one' : 'narration.partitions.other', { n })
}

/** Offsets from `from` up to, not including, `end`: "offset 5" or "offsets 0–41". */
export function offsetRange(say: Say, from: number, end: number): string {
  const last = Math.max(from, end - 1)
  return last === from
    ? say('narration.offsets.one', { from })
    : say('narration.offsets.range', { from, to: last })
}

export function rate(lang: Lang, perSec: number): string {
  return perSec.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: 2 })
}

/** Past this many items a sentence lists the first few and counts the rest. */
const LIST_MAX = 8

export function list(lang: Lang, items: readonly string[]): string {
  const shown =
    items.length > LIST_MAX
      ? [...items.slice(0, LIST_MAX - 2), `… (+${items.length - (LIST_MAX - 2)})`]
      : items
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(shown)
}

/** Partition numbers with runs folded: 0, 1, 2, 3, 7 → "0–3 and 7". */
export function numberList(lang: Lang, nums: readonly number[]): string {
  const sorted = [...nums].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]))
    if (j - i === 1) parts.push(String(sorted[j]))
    i = j + 1
  }
  return list(lang, parts)
}

/** Who reads what: "g1-1 reads partitions 0 and 1; g1-2 reads partition 2; g1-3 sits idle". */
export function owners(
  say: Say,
  lang: Lang,
  assignment: Readonly<Record<string, readonly number[]>>,
): string {
  return Object.entries(assignment)
    .map(([member, parts]) =>
      parts.length === 0
        ? say('narration.owner.idle', { member })
        : say('narration.owner.reads', {
            member,
            partitions: say(
              parts.length === 1 ? 'narration.partitionNumbers.one' : 'narration.partitionNumbers.other',
              {
                list: numberList(lang, parts),
              },
            ),
          }),
    )
    .join('; ')
}

/** Committed positions: "purchases-0 at 12, purchases-1 at 7", in partition order. */
export function offsetList(
  say: Say,
  lang: Lang,
  topic: string,
  offsets: Readonly<Record<number, number>>,
): string {
  const items = Object.entries(offsets)
    .map(([partition, offset]) => [Number(partition), offset] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([partition, offset]) =>
      say('narration.offsetAt', { tp: topicPartitionKey(topic, partition), offset }),
    )
  return items.length === 0 ? say('narration.none') : list(lang, items)
}
