/**
 * The classic consumer-group assignors, as Kafka's clients implement them (RangeAssignor, RoundRobinAssignor,
 * CooperativeStickyAssignor). Pure functions over member ids, subscriptions and partition counts.
 */
export type AssignorName = 'range' | 'roundrobin' | 'cooperative-sticky' | 'uniform'
/** The classic protocol's client-side assignors (partition.assignment.strategy). */
export const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'cooperative-sticky']
/** The consumer protocol's server-side assignors (KIP-848: group.consumer.assignors, uniform first). */
export const SERVER_ASSIGNORS: readonly AssignorName[] = ['uniform', 'range']

export interface TopicPartitionRef {
  topic: string
  partition: number
}

export interface MemberSubscription {
  memberId: string
  topics: string[]
  /** What the member owns now (used by the sticky assignor). */
  owned?: TopicPartitionRef[]
}

export type Assignment = Record<string, TopicPartitionRef[]>

const byMemberId = (a: MemberSubscription, b: MemberSubscription) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0

function emptyAssignment(members: MemberSubscription[]): Assignment {
  const out: Assignment = {}
  for (const m of members) out[m.memberId] = []
  return out
}

/** Range: per topic, members sorted by id each take a contiguous range; the first (n % c) take one more. */
export function rangeAssign(
  members: MemberSubscription[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  const out = emptyAssignment(members)
  for (const topic of Object.keys(partitionsPerTopic).sort()) {
    const count = partitionsPerTopic[topic] ?? 0
    const subs = members.filter((m) => m.topics.includes(topic)).sort(byMemberId)
    if (subs.length === 0) continue
    const per = Math.floor(count / subs.length)
    const extra = count % subs.length
    subs.forEach((m, i) => {
      const start = per * i + Math.min(i, extra)
      const length = per + (i < extra ? 1 : 0)
      for (let p = start; p < start + length; p++) out[m.memberId]!.push({ topic, partition: p })
    })
  }
  return out
}

/** RoundRobin: every partition of every topic, in order, dealt to the sorted members in turn. */
export function roundRobinAssign(
  members: MemberSubscription[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  const out = emptyAssignment(members)
  const sorted = [...members].sort(byMemberId)
  if (sorted.length === 0) return out
  let next = 0
  for (const topic of Object.keys(partitionsPerTopic).sort()) {
    for (let p = 0; p < (partitionsPerTopic[topic] ?? 0); p++) {
      for (let tries = 0; tries < sorted.length; tries++) {
        const m = sorted[next % sorted.length]!
        next++
        if (m.topics.includes(topic)) {
          out[m.memberId]!.push({ topic, partition: p })
          break
        }
      }
    }
  }
  return out
}

/**
 * Sticky: as balanced as possible (counts differ by at most one) while keeping what each member owns.
 * Members keep owned partitions up to their quota; the rest go to the least loaded members, in id order.
 */
export function stickyAssign(
  members: MemberSubscription[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  const out = emptyAssignment(members)
  const sorted = [...members].sort(byMemberId)
  if (sorted.length === 0) return out
  const all: TopicPartitionRef[] = []
  for (const topic of Object.keys(partitionsPerTopic).sort()) {
    for (let p = 0; p < (partitionsPerTopic[topic] ?? 0); p++) all.push({ topic, partition: p })
  }
  const subscribed = (m: MemberSubscription, tp: TopicPartitionRef) => m.topics.includes(tp.topic)
  const total = all.length
  const base = Math.floor(total / sorted.length)
  let withExtra = total % sorted.length
  const taken = new Set<string>()
  const id = (tp: TopicPartitionRef) => `${tp.topic}\u0000${tp.partition}`
  // Keep owned partitions, up to the quota (members already above base take the extra slots first).
  const owners = [...sorted].sort(
    (a, b) => (b.owned?.length ?? 0) - (a.owned?.length ?? 0) || byMemberId(a, b),
  )
  for (const m of owners) {
    const owned = (m.owned ?? []).filter(
      (tp) => subscribed(m, tp) && tp.partition < (partitionsPerTopic[tp.topic] ?? 0),
    )
    let quota = base
    if (owned.length > base && withExtra > 0) {
      quota = base + 1
      withExtra--
    }
    for (const tp of owned.sort((a, b) => a.partition - b.partition)) {
      if (out[m.memberId]!.length >= quota || taken.has(id(tp))) continue
      out[m.memberId]!.push(tp)
      taken.add(id(tp))
    }
  }
  // Hand out the rest to the least loaded members.
  for (const tp of all) {
    if (taken.has(id(tp))) continue
    const candidates = sorted.filter((m) => subscribed(m, tp))
    if (candidates.length === 0) continue
    const target = candidates.reduce((best, m) =>
      out[m.memberId]!.length < out[best.memberId]!.length ? m : best,
    )
    out[target.memberId]!.push(tp)
    taken.add(id(tp))
  }
  for (const list of Object.values(out))
    list.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))
  return out
}

export function assign(
  name: AssignorName,
  members: MemberSubscription[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  switch (name) {
    case 'range':
      return rangeAssign(members, partitionsPerTopic)
    case 'roundrobin':
      return roundRobinAssign(members, partitionsPerTopic)
    case 'cooperative-sticky':
      return stickyAssign(members, partitionsPerTopic)
    // The uniform assignor balances the partitions and keeps each where it is when it can: the sticky rule.
    case 'uniform':
      return stickyAssign(members, partitionsPerTopic)
  }
}

/** Eager assignors stop the whole group on a rebalance; the cooperative one moves only what changes owner. */
export function isCooperative(name: AssignorName): boolean {
  return name === 'cooperative-sticky'
}
