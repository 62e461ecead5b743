import { topicPartitionKey, type BrokerId, type KafkaError, type SimEvent } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { translate, type Lang, type Params } from '../../i18n/translate'
import { strongestTone, toneRank, type EventTone } from './eventKind'
import { formatDuration, formatSimTime } from './simTime'

/**
 * Events told in plain words: what happened and why, in Kafka's terms, in the reader's language.
 * Pure functions of the event (no store, no DOM), so the event log, the aria-live strip, lessons and tests
 * all tell the same story.
 */

const ERROR_WHY: Record<KafkaError, MessageKey> = {
  NETWORK_EXCEPTION: 'narration.error.NETWORK_EXCEPTION',
  NOT_LEADER_OR_FOLLOWER: 'narration.error.NOT_LEADER_OR_FOLLOWER',
  NOT_ENOUGH_REPLICAS: 'narration.error.NOT_ENOUGH_REPLICAS',
  OUT_OF_ORDER_SEQUENCE_NUMBER: 'narration.error.OUT_OF_ORDER_SEQUENCE_NUMBER',
  UNKNOWN_TOPIC_OR_PARTITION: 'narration.error.UNKNOWN_TOPIC_OR_PARTITION',
  LEADER_NOT_AVAILABLE: 'narration.error.LEADER_NOT_AVAILABLE',
  REQUEST_TIMED_OUT: 'narration.error.REQUEST_TIMED_OUT',
  TIMEOUT: 'narration.error.TIMEOUT',
}

type RebalanceReason = Extract<SimEvent, { type: 'rebalanceStarted' }>['reason']
const REBALANCE_WHY: Record<RebalanceReason, MessageKey> = {
  memberJoined: 'narration.rebalance.memberJoined',
  memberLeft: 'narration.rebalance.memberLeft',
  memberTimedOut: 'narration.rebalance.memberTimedOut',
  assignorChanged: 'narration.rebalance.assignorChanged',
  partitionsChanged: 'narration.rebalance.partitionsChanged',
  cooperativeFollowUp: 'narration.rebalance.cooperativeFollowUp',
}

type CommitError = Extract<SimEvent, { type: 'commitFailed' }>['error']
const COMMIT_WHY: Record<CommitError, MessageKey> = {
  COORDINATOR_NOT_AVAILABLE: 'narration.commitError.COORDINATOR_NOT_AVAILABLE',
  REBALANCE_IN_PROGRESS: 'narration.commitError.REBALANCE_IN_PROGRESS',
  UNKNOWN_MEMBER_ID: 'narration.commitError.UNKNOWN_MEMBER_ID',
}

/** A story longer than this many sentences is cut (see `GroupOptions`). */
const DEFAULT_MAX_SENTENCES = 3
/** Past this many partitions a list is told as a count. */
const MAX_LISTED = 4

type Say = (key: MessageKey, params?: Params) => string

function sayer(lang: Lang): Say {
  return (key, params) => translate(lang, key, params)
}

/** "purchases-1": Kafka's TopicPartition.toString(). */
const tp = (e: { topic: string; partition: number }) => topicPartitionKey(e.topic, e.partition)

/** A replica list as Kafka tools print it: [3, 1]. */
function brokerList(say: Say, ids: readonly (BrokerId | null)[]): string {
  return `[${ids.map((id) => (id === null ? say('narration.none') : String(id))).join(', ')}]`
}

function records(say: Say, n: number): string {
  return say(n === 1 ? 'narration.records.one' : 'narration.records.other', { n })
}

function partitions(say: Say, n: number): string {
  return say(n === 1 ? 'narration.partitions.one' : 'narration.partitions.other', { n })
}

/** Offsets from `from` up to, not including, `end`: "offset 5" or "offsets 0–41". */
function offsetRange(say: Say, from: number, end: number): string {
  const last = Math.max(from, end - 1)
  return last === from ? say('narration.offsets.one', { from }) : say('narration.offsets.range', { from, to: last })
}

function rate(lang: Lang, perSec: number): string {
  return perSec.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: 2 })
}

/** Past this many items a sentence lists the first few and counts the rest. */
const LIST_MAX = 8

function list(lang: Lang, items: readonly string[]): string {
  const shown = items.length > LIST_MAX ? [...items.slice(0, LIST_MAX - 2), `… (+${items.length - (LIST_MAX - 2)})`] : items
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(shown)
}

/** Partition numbers with runs folded: 0, 1, 2, 3, 7 → "0–3 and 7". */
function numberList(lang: Lang, nums: readonly number[]): string {
  const sorted = [...nums].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]))
    if (j - i === 1) parts.push(String(sorted[j]))
    i = j + 1
  }
  return list(lang, parts)
}

/** Who reads what: "g1-1 reads partitions 0 and 1; g1-2 reads partition 2; g1-3 sits idle". */
function owners(say: Say, lang: Lang, assignment: Readonly<Record<string, readonly number[]>>): string {
  return Object.entries(assignment)
    .map(([member, parts]) =>
      parts.length === 0
        ? say('narration.owner.idle', { member })
        : say('narration.owner.reads', {
            member,
            partitions: say(parts.length === 1 ? 'narration.partitionNumbers.one' : 'narration.partitionNumbers.other', {
              list: numberList(lang, parts),
            }),
          }),
    )
    .join('; ')
}

/** Committed positions: "purchases-0 at 12, purchases-1 at 7", in partition order. */
function offsetList(say: Say, lang: Lang, topic: string, offsets: Readonly<Record<number, number>>): string {
  const items = Object.entries(offsets)
    .map(([partition, offset]) => [Number(partition), offset] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([partition, offset]) => say('narration.offsetAt', { tp: topicPartitionKey(topic, partition), offset }))
  return items.length === 0 ? say('narration.none') : list(lang, items)
}

/** One plain sentence (or two) for one engine event, in `lang`. Never empty. */
export function narrate(e: SimEvent, lang: Lang): string {
  const say = sayer(lang)
  switch (e.type) {
    case 'brokerAdded':
      return say('narration.brokerAdded', { broker: e.brokerId })
    case 'brokerKilled':
      return say('narration.brokerKilled', { broker: e.brokerId, wait: formatDuration(e.fenceAt - e.t, lang) })
    case 'brokerRestarted':
      return say('narration.brokerRestarted', { broker: e.brokerId })
    case 'brokerFenced':
      return say('narration.brokerFenced', { broker: e.brokerId, timeout: formatDuration(e.sessionTimeoutMs, lang) })
    case 'brokerUnfenced':
      return say('narration.brokerUnfenced', { broker: e.brokerId })
    case 'brokerStalled':
      return say(e.stalled ? 'narration.brokerStalled.on' : 'narration.brokerStalled.off', { broker: e.brokerId })
    case 'topicCreated':
      return say('narration.topicCreated', { topic: e.topic, partitions: partitions(say, e.partitions), rf: e.replicationFactor })
    case 'partitionsCreated':
      return say('narration.partitionsCreated', { topic: e.topic, from: e.from, to: e.to })
    case 'topicConfigChanged':
      return say('narration.topicConfigChanged', { topic: e.topic })
    case 'producerAdded':
      return say('narration.producerAdded', { producer: e.producerId, topic: e.topic })
    case 'producerRemoved':
      return say('narration.producerRemoved', { producer: e.producerId })
    case 'producerRateChanged':
      return e.ratePerSec > 0
        ? say('narration.producerRateChanged', { producer: e.producerId, rate: rate(lang, e.ratePerSec) })
        : say('narration.producerPaused', { producer: e.producerId })
    case 'producersQuiet':
      return e.untilMs > e.t ? say('narration.producersQuiet', { until: formatSimTime(e.untilMs, lang) }) : say('narration.producersResume')
    case 'recordSent': {
      const params = { producer: e.producerId, records: records(say, e.recordCount), tp: tp(e), broker: e.brokerId, attempt: e.attempt }
      return say(e.attempt > 1 ? 'narration.recordResent' : 'narration.recordSent', params)
    }
    case 'recordAppended':
      return say('narration.recordAppended', {
        broker: e.brokerId,
        tp: tp(e),
        records: records(say, e.lastOffset - e.baseOffset + 1),
        producer: e.producerId,
        offsets: offsetRange(say, e.baseOffset, e.lastOffset + 1),
      })
    case 'duplicateRefused':
      return say('narration.duplicateRefused', { broker: e.brokerId, producer: e.producerId, tp: tp(e), offset: e.baseOffset })
    case 'produceAcked': {
      const params = { tp: tp(e), records: records(say, e.recordCount), producer: e.producerId, offset: e.baseOffset }
      return say(e.baseOffset >= 0 ? 'narration.produceAcked' : 'narration.produceAckedBlind', params)
    }
    case 'produceFailed': {
      const params = { producer: e.producerId, tp: tp(e), error: e.error, why: say(ERROR_WHY[e.error]), records: records(say, e.recordCount) }
      return say(e.willRetry ? 'narration.produceFailed.retry' : 'narration.produceFailed.final', params)
    }
    case 'stickyPartitionChanged':
      return say(e.from === e.to ? 'narration.sticky.same' : 'narration.sticky.moved', { producer: e.producerId, tp: tp(e), from: e.from })
    case 'metadataRefreshed': {
      const leaders = e.leaders.map((leader, partition) => {
        const key = topicPartitionKey(e.topic, partition)
        return leader === null ? say('narration.noLeaderOf', { tp: key }) : say('narration.leaderOf', { tp: key, broker: leader })
      })
      return say('narration.metadataRefreshed', { producer: e.producerId, topic: e.topic, leaders: leaders.join(', ') })
    }
    case 'producerRerouted':
      return e.to === null
        ? say('narration.producerRerouted.none', { producer: e.producerId, tp: tp(e) })
        : say('narration.producerRerouted', { producer: e.producerId, tp: tp(e), to: e.to })
    case 'replicaFetched':
      return say('narration.replicaFetched', {
        follower: e.follower,
        records: records(say, e.toOffset - e.fromOffset),
        tp: tp(e),
        offsets: offsetRange(say, e.fromOffset, e.toOffset),
        leader: e.leader,
      })
    case 'highWatermarkAdvanced':
      return say('narration.highWatermarkAdvanced', { tp: tp(e), from: e.from, to: e.to })
    case 'leaderElected': {
      const params = { tp: tp(e), leader: e.leader ?? '', isr: brokerList(say, e.isr), epoch: e.leaderEpoch }
      if (e.leader === null) return say('narration.leader.none', params)
      switch (e.reason) {
        case 'created':
          return say('narration.leader.created', params)
        case 'leaderFenced':
          return say('narration.leader.leaderFenced', params)
        case 'preferred':
          return say('narration.leader.preferred', params)
        case 'unclean':
          return say('narration.leader.unclean', params)
        case 'replicaReturned':
          return say('narration.leader.replicaReturned', params)
      }
      return say('narration.leader.leaderFenced', params)
    }
    case 'isrShrunk': {
      const key: MessageKey =
        e.reason === 'fenced' ? 'narration.isrShrunk.fenced' : e.reason === 'lagging' ? 'narration.isrShrunk.lagging' : 'narration.isrShrunk.other'
      return say(key, { tp: tp(e), broker: e.brokerId, isr: brokerList(say, e.isr) })
    }
    case 'isrExpanded':
      return say('narration.isrExpanded', { broker: e.brokerId, tp: tp(e), isr: brokerList(say, e.isr) })
    case 'recordsLost':
      return say(e.reason === 'uncleanElection' ? 'narration.recordsLost.uncleanElection' : 'narration.recordsLost.truncated', {
        tp: tp(e),
        records: records(say, e.toOffset - e.fromOffset),
        offsets: offsetRange(say, e.fromOffset, e.toOffset),
      })
    case 'consumerJoined':
      return say('narration.consumerJoined', { member: e.memberId, group: e.groupId, topic: e.topic })
    case 'consumerLeft':
      return say(e.reason === 'sessionTimeout' ? 'narration.consumerLeft.sessionTimeout' : 'narration.consumerLeft.left', {
        member: e.memberId,
        group: e.groupId,
      })
    case 'consumerCrashed': {
      const params = { member: e.memberId, group: e.groupId, timeout: formatDuration(e.sessionTimeoutMs, lang), offset: e.processing ?? '' }
      return say(e.processing === null ? 'narration.consumerCrashed' : 'narration.consumerCrashed.processing', params)
    }
    case 'rebalanceStarted':
      return say('narration.rebalanceStarted', {
        group: e.groupId,
        why: say(REBALANCE_WHY[e.reason]),
        how: say(e.protocol === 'eager' ? 'narration.rebalance.eager' : 'narration.rebalance.cooperative'),
      })
    case 'partitionsRevoked':
      return say('narration.partitionsRevoked', { member: e.memberId, list: list(lang, e.partitions.map((p) => topicPartitionKey(e.topic, p))) })
    case 'partitionsAssigned':
      return e.partitions.length === 0
        ? say('narration.partitionsAssigned.none', { member: e.memberId, generation: e.generation })
        : say('narration.partitionsAssigned', {
            member: e.memberId,
            list: list(lang, e.partitions.map((p) => topicPartitionKey(e.topic, p))),
            generation: e.generation,
          })
    case 'groupStable':
      return say('narration.groupStable', { group: e.groupId, generation: e.generation, assignment: owners(say, lang, e.assignment) })
    case 'groupAssignorChanged':
      return say('narration.groupAssignorChanged', { group: e.groupId, assignor: e.assignor })
    case 'recordsFetched':
      return say('narration.recordsFetched', {
        member: e.memberId,
        records: records(say, e.toOffset - e.fromOffset),
        tp: tp(e),
        offsets: offsetRange(say, e.fromOffset, e.toOffset),
      })
    case 'recordProcessed':
      return say(e.duplicate ? 'narration.recordProcessed.duplicate' : 'narration.recordProcessed', { member: e.memberId, offset: e.offset, tp: tp(e) })
    case 'offsetsCommitted':
      return say('narration.offsetsCommitted', { member: e.memberId, group: e.groupId, list: offsetList(say, lang, e.topic, e.offsets) })
    case 'commitFailed':
      return say('narration.commitFailed', { member: e.memberId, group: e.groupId, error: e.error, why: say(COMMIT_WHY[e.error]) })
    case 'recordsSkipped':
      return say('narration.recordsSkipped', {
        group: e.groupId,
        records: records(say, e.toOffset - e.fromOffset),
        tp: tp(e),
        offsets: offsetRange(say, e.fromOffset, e.toOffset),
      })
    case 'offsetOutOfRange':
      return e.resetTo === null
        ? say('narration.offsetOutOfRange.none', { member: e.memberId, tp: tp(e), position: e.position })
        : say('narration.offsetOutOfRange', { member: e.memberId, tp: tp(e), position: e.position, resetTo: e.resetTo })
    case 'offsetsReset':
      return say('narration.offsetsReset', { group: e.groupId, topic: e.topic, list: offsetList(say, lang, e.topic, e.offsets) })
    case 'segmentRolled':
      return say('narration.segmentRolled', { tp: tp(e), offset: e.baseOffset })
    case 'segmentDeleted':
      return say('narration.segmentDeleted', {
        tp: tp(e),
        offsets: offsetRange(say, e.baseOffset, e.endOffset),
        start: e.logStartOffset,
      })
  }
  return unreachable(e)
}

/** Adding an event type to the union without a sentence fails to compile here. */
function unreachable(e: never): string {
  return String((e as { type?: unknown }).type ?? '')
}

type Fenced = Extract<SimEvent, { type: 'brokerFenced' }>

/** One sentence of a story: its text, the strongest tone among the events it tells, how many times it repeated. */
export interface StorySentence {
  text: string
  tone: EventTone
  count: number
}

export interface GroupOptions {
  /** At most this many sentences (default 3); the rest are left to the event log, with a note saying how many. */
  max?: number
  /**
   * 'time' (default): kept sentences in the order things happened; past `max` the latest are kept.
   * 'importance': the strongest tones first (a kill before a retry), equals in time order; past `max` the weakest
   * (and, among equals, the earliest) are dropped.
   */
  order?: 'time' | 'importance'
}

/**
 * The events of one moment as sentences: a kill told with its fencing, the ISR changes and elections the fencing
 * caused; a producer's reroutes in one sentence; a rebalance with the assignment it ended with. Other events are
 * told one by one, in order. A sentence that repeats is told once, with a count, where it last occurred.
 */
export function storySentences(events: readonly SimEvent[], lang: Lang): StorySentence[] {
  const say = sayer(lang)
  const used = events.map(() => false)
  /** Marks and returns the unused events after `from` that match. */
  const takeAll = <E extends SimEvent>(from: number, match: (e: SimEvent) => e is E): E[] => {
    const out: E[] = []
    events.forEach((e, i) => {
      if (i > from && !used[i] && match(e)) {
        used[i] = true
        out.push(e)
      }
    })
    return out
  }
  const takeFirst = <E extends SimEvent>(from: number, match: (e: SimEvent) => e is E): E | undefined => {
    const i = events.findIndex((e, j) => j > from && !used[j] && match(e))
    if (i < 0) return undefined
    used[i] = true
    return events[i] as E
  }

  /** What the fencing of a broker did to the partitions: ISRs it left, leaders chosen in its place. */
  const fenceDetails = (fence: Fenced, at: number): { lines: string[]; told: SimEvent[] } => {
    const b = fence.brokerId
    const shrunk = takeAll(at, (e): e is Extract<SimEvent, { type: 'isrShrunk' }> => e.type === 'isrShrunk' && e.brokerId === b && e.reason === 'fenced')
    const elected = takeAll(
      at,
      (e): e is Extract<SimEvent, { type: 'leaderElected' }> => e.type === 'leaderElected' && e.previousLeader === b && e.reason === 'leaderFenced',
    )
    const lines: string[] = []
    if (shrunk.length > 0) {
      const names = shrunk.length > MAX_LISTED ? partitions(say, shrunk.length) : list(lang, shrunk.map(tp))
      lines.push(say('narration.group.leftIsr', { list: names }))
    }
    const led = elected.filter((e) => e.leader !== null)
    if (led.length > 0) {
      const items = led.map((e) => say('narration.group.leaderFor', { broker: e.leader ?? '', tp: tp(e), epoch: e.leaderEpoch }))
      lines.push(say('narration.group.newLeaders', { list: list(lang, items) }))
    }
    const orphaned = elected.filter((e) => e.leader === null)
    if (orphaned.length > 0) lines.push(say('narration.group.noLeader', { list: list(lang, orphaned.map(tp)) }))
    return { lines, told: [...shrunk, ...elected] }
  }
  const isFenceOf = (b: BrokerId) => (e: SimEvent): e is Fenced => e.type === 'brokerFenced' && e.brokerId === b

  const told: { text: string; tone: EventTone }[] = []
  const tell = (text: string, about: readonly SimEvent[]) => told.push({ text, tone: strongestTone(about) })

  events.forEach((e, i) => {
    if (used[i]) return
    used[i] = true
    switch (e.type) {
      case 'brokerKilled':
      case 'brokerRestarted': {
        const fence = takeFirst(i, isFenceOf(e.brokerId))
        if (!fence) break
        const head =
          e.type === 'brokerKilled'
            ? say('narration.group.killedFenced', { broker: e.brokerId, timeout: formatDuration(fence.sessionTimeoutMs, lang) })
            : say('narration.group.restartFenced', { broker: e.brokerId })
        const details = fenceDetails(fence, i)
        tell([head, ...details.lines].join(' '), [e, fence, ...details.told])
        return
      }
      case 'brokerFenced': {
        const details = fenceDetails(e, i)
        if (details.lines.length === 0) break
        const head = say('narration.group.fenced', { broker: e.brokerId, timeout: formatDuration(e.sessionTimeoutMs, lang) })
        tell([head, ...details.lines].join(' '), [e, ...details.told])
        return
      }
      case 'rebalanceStarted': {
        const g = e.groupId
        const end = events.findIndex((x, j) => j > i && !used[j] && x.type === 'groupStable' && x.groupId === g)
        const stable = events[end]
        if (!stable || stable.type !== 'groupStable') break
        used[end] = true
        // Who gave up and who got what is told by the assignment the rebalance ended with.
        events.forEach((x, j) => {
          if (j > i && j < end && (x.type === 'partitionsRevoked' || x.type === 'partitionsAssigned') && x.groupId === g) used[j] = true
        })
        const text = say('narration.group.rebalanced', {
          group: g,
          why: say(REBALANCE_WHY[e.reason]),
          protocol: say(e.protocol === 'eager' ? 'narration.protocol.eager' : 'narration.protocol.cooperative'),
          generation: stable.generation,
          assignment: owners(say, lang, stable.assignment),
        })
        tell(text, [e, stable])
        return
      }
      case 'partitionsRevoked':
      case 'partitionsAssigned': {
        // The group's "stable" sentence that follows tells the whole assignment.
        const g = e.groupId
        if (events.some((x, j) => j > i && !used[j] && x.type === 'groupStable' && x.groupId === g)) return
        break
      }
      case 'metadataRefreshed': {
        // A refresh that moved partitions is told by its reroutes.
        const p = e.producerId
        if (events.some((x, j) => !used[j] && x.type === 'producerRerouted' && x.producerId === p)) return
        break
      }
      case 'producerRerouted': {
        if (e.to === null) break
        const p = e.producerId
        const more = takeAll(i, (x): x is Extract<SimEvent, { type: 'producerRerouted' }> => x.type === 'producerRerouted' && x.producerId === p && x.to !== null)
        if (more.length === 0) break
        const routes = [e, ...more].map((r) => say('narration.group.route', { tp: tp(r), broker: r.to ?? '' }))
        tell(say('narration.group.rerouted', { producer: p, list: list(lang, routes) }), [e, ...more])
        return
      }
    }
    tell(narrate(e, lang), [e])
  })
  return tally(told)
}

/** Repeated sentences (a producer retrying again and again) told once with a count, where they last occurred. */
function tally(told: readonly { text: string; tone: EventTone }[]): StorySentence[] {
  const counts = new Map<string, number>()
  const lastAt = new Map<string, number>()
  told.forEach(({ text }, i) => {
    counts.set(text, (counts.get(text) ?? 0) + 1)
    lastAt.set(text, i)
  })
  return told.flatMap(({ text, tone }, i) => (lastAt.get(text) === i ? [{ text, tone, count: counts.get(text) ?? 1 }] : []))
}

/**
 * The events of one moment as one short story (see `storySentences`), in `lang`. Empty for no events; the same
 * as `narrate` for one event.
 */
export function narrateGroup(events: readonly SimEvent[], lang: Lang, options: GroupOptions = {}): string {
  const say = sayer(lang)
  const all = storySentences(events, lang)
  const max = Math.max(1, Math.floor(options.max ?? DEFAULT_MAX_SENTENCES))
  // Indexes of the sentences kept: the latest, or the strongest (the latest among equals).
  let keep = all.map((_, i) => i)
  if (options.order === 'importance') keep.sort((a, b) => toneRank(all[b]!.tone) - toneRank(all[a]!.tone) || b - a)
  else keep.reverse()
  keep = keep.slice(0, max)
  // Shown strongest first; among equals, in the order things happened.
  if (options.order === 'importance') keep.sort((a, b) => toneRank(all[b]!.tone) - toneRank(all[a]!.tone) || a - b)
  else keep.sort((a, b) => a - b)
  const text = keep.map((i) => {
    const { text: sentence, count } = all[i]!
    return count > 1 ? `${sentence} ${say('narration.group.times', { n: count })}` : sentence
  })
  const hidden = all.length - keep.length
  if (hidden > 0) text.push(say('narration.group.more', { n: hidden }))
  return text.join(' ')
}
