import type { BrokerId, SimEvent } from '../../engine'
import type { Lang } from '../../i18n/translate'
import { strongestTone, toneRank, type EventTone } from './eventKind'
import { narrate } from './narrate'
import { REBALANCE_WHY, list, owners, partitions, sayer, tp } from './phrases'
import { formatDuration } from './simTime'

const PROTOCOL_NAME = {
  eager: 'narration.protocol.eager',
  cooperative: 'narration.protocol.cooperative',
  consumer: 'narration.protocol.consumer',
} as const

/**
 * The events of one moment told as a short story rather than one sentence each: what the aria-live strip says.
 * Pure functions of the events, as `narrate` is.
 */

/** A story longer than this many sentences is cut (see `GroupOptions`). */
const DEFAULT_MAX_SENTENCES = 3
/** Past this many partitions a list is told as a count. */
const MAX_LISTED = 4

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
    const shrunk = takeAll(
      at,
      (e): e is Extract<SimEvent, { type: 'isrShrunk' }> =>
        e.type === 'isrShrunk' && e.brokerId === b && e.reason === 'fenced',
    )
    const elected = takeAll(
      at,
      (e): e is Extract<SimEvent, { type: 'leaderElected' }> =>
        e.type === 'leaderElected' && e.previousLeader === b && e.reason === 'leaderFenced',
    )
    const lines: string[] = []
    if (shrunk.length > 0) {
      const names = shrunk.length > MAX_LISTED ? partitions(say, shrunk.length) : list(lang, shrunk.map(tp))
      lines.push(say('narration.group.leftIsr', { list: names }))
    }
    const led = elected.filter((e) => e.leader !== null)
    if (led.length > 0) {
      const items = led.map((e) =>
        say('narration.group.leaderFor', { broker: e.leader ?? '', tp: tp(e), epoch: e.leaderEpoch }),
      )
      lines.push(say('narration.group.newLeaders', { list: list(lang, items) }))
    }
    const orphaned = elected.filter((e) => e.leader === null)
    if (orphaned.length > 0)
      lines.push(say('narration.group.noLeader', { list: list(lang, orphaned.map(tp)) }))
    return { lines, told: [...shrunk, ...elected] }
  }
  const isFenceOf =
    (b: BrokerId) =>
    (e: SimEvent): e is Fenced =>
      e.type === 'brokerFenced' && e.brokerId === b

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
            ? say('narration.group.killedFenced', {
                broker: e.brokerId,
                timeout: formatDuration(fence.sessionTimeoutMs, lang),
              })
            : say('narration.group.restartFenced', { broker: e.brokerId })
        const details = fenceDetails(fence, i)
        tell([head, ...details.lines].join(' '), [e, fence, ...details.told])
        return
      }
      case 'brokerFenced': {
        const details = fenceDetails(e, i)
        if (details.lines.length === 0) break
        const head = say('narration.group.fenced', {
          broker: e.brokerId,
          timeout: formatDuration(e.sessionTimeoutMs, lang),
        })
        tell([head, ...details.lines].join(' '), [e, ...details.told])
        return
      }
      case 'rebalanceStarted': {
        const g = e.groupId
        const end = events.findIndex(
          (x, j) => j > i && !used[j] && x.type === 'groupStable' && x.groupId === g,
        )
        const stable = events[end]
        if (!stable || stable.type !== 'groupStable') break
        used[end] = true
        // Who gave up and who got what is told by the assignment the rebalance ended with.
        events.forEach((x, j) => {
          if (
            j > i &&
            j < end &&
            (x.type === 'partitionsRevoked' || x.type === 'partitionsAssigned') &&
            x.groupId === g
          )
            used[j] = true
        })
        const text = say('narration.group.rebalanced', {
          group: g,
          why: say(REBALANCE_WHY[e.reason]),
          protocol: say(PROTOCOL_NAME[e.protocol]),
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
        const more = takeAll(
          i,
          (x): x is Extract<SimEvent, { type: 'producerRerouted' }> =>
            x.type === 'producerRerouted' && x.producerId === p && x.to !== null,
        )
        if (more.length === 0) break
        const routes = [e, ...more].map((r) =>
          say('narration.group.route', { tp: tp(r), broker: r.to ?? '' }),
        )
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
  return told.flatMap(({ text, tone }, i) =>
    lastAt.get(text) === i ? [{ text, tone, count: counts.get(text) ?? 1 }] : [],
  )
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
  if (options.order === 'importance')
    keep.sort((a, b) => toneRank(all[b]!.tone) - toneRank(all[a]!.tone) || b - a)
  else keep.reverse()
  keep = keep.slice(0, max)
  // Shown strongest first; among equals, in the order things happened.
  if (options.order === 'importance')
    keep.sort((a, b) => toneRank(all[b]!.tone) - toneRank(all[a]!.tone) || a - b)
  else keep.sort((a, b) => a - b)
  const text = keep.map((i) => {
    const { text: sentence, count } = all[i]!
    return count > 1 ? `${sentence} ${say('narration.group.times', { n: count })}` : sentence
  })
  const hidden = all.length - keep.length
  if (hidden > 0) text.push(say('narration.group.more', { n: hidden }))
  return text.join(' ')
}
