import type { SimEvent } from './events'
import { recordAt } from './log'
import { invariant } from './invariant'
import { checkProducers, checkSequences } from './producerInvariants'
import type { KafkaRecord, PartitionState, SimState } from './state'

/**
 * Kafka's invariants over the engine's state, shared by the property tests (index.ts does not export this).
 * `checkState` looks at one instant; an `InvariantWatcher` also remembers what it saw, for the rules that span time:
 * a committed record never changes, the high watermark never goes back, one leader per leader epoch, an acknowledged
 * acks=all record stays. Only an unclean election may break the rules over time, and only for what it cut.
 * A broken rule throws an Error saying which rule, where and when. Plain throws, not `expect`: these run millions of
 * times per test run.
 */

export { invariant }

const tp = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`

/** A short picture of a partition for a failure message (no records, no producer table). */
export function describePartition(p: PartitionState): string {
  const replicas = p.replicas.map((r) => `${r.brokerId}:${r.logEndOffset}/${r.fetchOffsetAtLeader}`).join(' ')
  return `${tp(p)} leader ${p.leader} epoch ${p.leaderEpoch} isr [${p.isr}] replicas(id:leo/atLeader) [${replicas}] lso ${p.logStartOffset} hw ${p.highWatermark} leo ${p.logEndOffset}`
}

/** The log, the watermarks, the replica set and the ISR of one partition, at one instant. */
export function checkPartition(state: SimState, p: PartitionState): void {
  const at = () => `${describePartition(p)} at ${state.timeMs} ms`
  // Offsets only increase along the log, from the log start offset to the log end offset. Only the cleaner leaves
  // gaps, and only below its cleaner point: nothing at or past it was ever removed.
  invariant(p.segments.length > 0, () => `no segment: ${at()}`)
  invariant(
    p.segments[0]!.baseOffset === p.logStartOffset,
    () => `the first segment starts at ${p.segments[0]!.baseOffset}: ${at()}`,
  )
  invariant(
    p.cleanerPoint <= p.logEndOffset,
    () => `cleaner point ${p.cleanerPoint} past the log end: ${at()}`,
  )
  let next = p.logStartOffset
  let epoch = -1
  for (let s = 0; s < p.segments.length; s++) {
    const seg = p.segments[s]!
    const end = p.segments[s + 1]?.baseOffset ?? p.logEndOffset
    invariant(
      seg.baseOffset >= next && seg.baseOffset <= end,
      () => `segment ${s} starts at ${seg.baseOffset}, after offset ${next - 1}: ${at()}`,
    )
    for (const r of seg.records) {
      invariant(
        r.offset >= Math.max(next, seg.baseOffset) && r.offset < end,
        () => `offset ${r.offset} out of order in segment ${seg.baseOffset}: ${at()}`,
      )
      invariant(
        r.offset === next || r.offset <= p.cleanerPoint,
        () => `gap before offset ${r.offset}: ${at()}`,
      )
      invariant(
        r.leaderEpoch >= epoch && r.leaderEpoch <= p.leaderEpoch,
        () => `record ${r.offset} has leader epoch ${r.leaderEpoch} after ${epoch}: ${at()}`,
      )
      epoch = r.leaderEpoch
      next = r.offset + 1
    }
  }
  invariant(
    next === p.logEndOffset || p.logEndOffset <= p.cleanerPoint,
    () => `the records end at ${next}: ${at()}`,
  )
  invariant(
    0 <= p.logStartOffset && p.logStartOffset <= p.highWatermark && p.highWatermark <= p.logEndOffset,
    () => `not 0 <= LSO <= HW <= LEO: ${at()}`,
  )

  // Replicas, ISR, leader.
  const ids = p.replicas.map((r) => r.brokerId)
  invariant(
    ids.length > 0 && new Set(ids).size === ids.length,
    () => `replica list empty or with a broker twice: ${at()}`,
  )
  for (const id of ids)
    invariant(
      state.brokers.some((b) => b.id === id),
      () => `replica on unknown broker ${id}: ${at()}`,
    )
  invariant(
    p.isr.length > 0 && new Set(p.isr).size === p.isr.length,
    () => `ISR empty or with a broker twice: ${at()}`,
  )
  for (const id of p.isr) {
    const replica = p.replicas.find((r) => r.brokerId === id)
    invariant(replica !== undefined, () => `ISR member ${id} is not a replica: ${at()}`)
    invariant(p.highWatermark <= replica.logEndOffset, () => `HW above the LEO of ISR member ${id}: ${at()}`)
    const fenced = state.brokers.find((b) => b.id === id)?.fenced === true
    invariant(
      !fenced || p.isr.length === 1,
      () => `fenced broker ${id} in an ISR of ${p.isr.length}: ${at()}`,
    )
  }
  for (const r of p.replicas)
    invariant(r.logEndOffset <= p.logEndOffset, () => `replica ${r.brokerId} ahead of the log: ${at()}`)
  if (p.leader === null) {
    invariant(p.pendingAcks.length === 0, () => `requests wait in the purgatory of no leader: ${at()}`)
  } else {
    const leader = p.leader
    invariant(p.isr.includes(leader), () => `leader outside the ISR: ${at()}`)
    invariant(
      state.brokers.find((b) => b.id === leader)?.fenced === false,
      () => `fenced broker ${leader} leads: ${at()}`,
    )
    const self = p.replicas.find((r) => r.brokerId === leader)!
    invariant(
      self.logEndOffset === p.logEndOffset,
      () => `the leader's own LEO ${self.logEndOffset} is not the log's: ${at()}`,
    )
  }
  checkSequences(p, at)
}

/** The task queue: finite times, none in the past, heap-ordered by (time, sequence number). */
export function checkQueue(state: SimState): void {
  const q = state.queue
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!
    invariant(
      Number.isFinite(t.at) && t.at >= state.timeMs,
      () => `task ${t.kind} due at ${t.at}, now ${state.timeMs}`,
    )
    invariant(t.seq < state.seq, () => `task ${t.kind} has sequence number ${t.seq} >= ${state.seq}`)
    if (i > 0) {
      const parent = q[(i - 1) >> 1]!
      invariant(
        parent.at < t.at || (parent.at === t.at && parent.seq < t.seq),
        () => `task heap out of order at ${i}`,
      )
    }
  }
}

/** Consumer groups: members and consumers agree, each partition has at most one owner per group. */
export function checkGroups(state: SimState): void {
  for (const c of state.consumers) {
    const group = state.groups[c.groupId]
    // A member whose poll timeout expired has left while its application finishes its batch.
    invariant(
      group !== undefined && (group.members.includes(c.memberId) || c.pollTimedOut),
      () => `consumer ${c.memberId} is not a member of ${c.groupId}`,
    )
    for (const key of Object.keys(c.positions))
      invariant(
        c.owned.includes(Number(key)),
        () => `${c.memberId} has a position on unowned partition ${key}`,
      )
    for (const r of [...c.buffer, ...c.batch])
      invariant(
        c.owned.includes(r.partition),
        () => `${c.memberId} buffers a record of unowned partition ${r.partition}`,
      )
  }
  for (const group of Object.values(state.groups)) {
    const count = state.topics[group.topic]?.partitions.length ?? 0
    const owners = new Map<number, string>()
    for (const m of group.members) {
      const c = state.consumers.find((x) => x.memberId === m)
      invariant(c !== undefined, () => `${group.groupId} lists member ${m}, which does not exist`)
      for (const partition of c.owned) {
        invariant(partition >= 0 && partition < count, () => `${m} owns partition ${partition} of ${count}`)
        const other = owners.get(partition)
        invariant(
          other === undefined,
          () => `${group.groupId}: partition ${partition} owned by ${other} and ${m}`,
        )
        owners.set(partition, m)
      }
    }
    for (const [partition, offset] of Object.entries(group.committed)) {
      invariant(
        Number.isInteger(offset) && offset >= 0,
        () => `${group.groupId} committed ${offset} on partition ${partition}`,
      )
    }
  }
}

/** Everything that must hold at any instant. */
export function checkState(state: SimState): void {
  for (const t of Object.values(state.topics)) {
    t.partitions.forEach((p, i) =>
      invariant(p.partition === i && p.topic === t.name, () => `partition ${tp(p)} at ${t.name}[${i}]`),
    )
    for (const p of t.partitions) checkPartition(state, p)
  }
  checkQueue(state)
  checkProducers(state)
  checkGroups(state)
}

const content = (r: KafkaRecord) => `${r.producerId}|${r.producerEpoch}|${r.sequence}|${r.key}|${r.value}`
/** The same record, or one with the same content (a record object is never changed in place). */
const same = (a: KafkaRecord | undefined, b: KafkaRecord) =>
  a === b || (a !== undefined && content(a) === content(b))

interface PartitionMemory {
  highWatermark: number
  logStartOffset: number
  leaderEpoch: number
  /** Who led in each leader epoch seen. */
  leaders: Map<number, number | null>
  /** Committed records by offset: they never change. Acknowledged acks=all records are among them. */
  committed: KafkaRecord[]
  /** The offsets acknowledged to an acks=all producer (to say so when one is lost). */
  acked: Set<number>
  /** Where and when unclean elections cut this partition's log (committed offsets may point past its end since). */
  cuts: { t: number; fromOffset: number }[]
}

/**
 * Watches a simulation step after step: call `observe` with the state and the events of each step (in order).
 * Holds what it needs to check the rules over time.
 */
export class InvariantWatcher {
  private readonly partitions = new Map<string, PartitionMemory[]>()
  private readonly acks = new Map<string, string>()
  private lastEventTime = 0

  observe(state: SimState, events: readonly SimEvent[]): void {
    for (const producer of state.producers) this.acks.set(producer.id, producer.config.acks)
    this.readEvents(state, events)
    checkState(state)
    for (const t of Object.values(state.topics)) for (const p of t.partitions) this.comparePartition(state, p)
    this.checkCommittedOffsets(state)
  }

  /** Whether an unclean election ever cut this partition's log. */
  sawUncleanLoss(topic: string, partition: number): boolean {
    return (this.partitions.get(topic)?.[partition]?.cuts.length ?? 0) > 0
  }

  private memory(topic: string, partition: number): PartitionMemory {
    let list = this.partitions.get(topic)
    if (!list) this.partitions.set(topic, (list = []))
    let m = list[partition]
    if (!m) {
      m = {
        highWatermark: 0,
        logStartOffset: 0,
        leaderEpoch: -1,
        leaders: new Map(),
        committed: [],
        acked: new Set(),
        cuts: [],
      }
      list[partition] = m
    }
    return m
  }

  private readEvents(state: SimState, events: readonly SimEvent[]): void {
    // Unclean cuts first: the state read below is the step's end, after all of them.
    for (const e of events) {
      if (e.type === 'recordsLost' && e.reason === 'uncleanElection')
        this.memory(e.topic, e.partition).cuts.push({ t: e.t, fromOffset: e.fromOffset })
    }
    for (const e of events) {
      invariant(
        e.t >= this.lastEventTime && e.t <= state.timeMs,
        () => `event ${e.type} at ${e.t} after one at ${this.lastEventTime} (now ${state.timeMs})`,
      )
      this.lastEventTime = e.t
      if (e.type === 'leaderElected') {
        const m = this.memory(e.topic, e.partition)
        invariant(
          e.leaderEpoch > m.leaderEpoch,
          () => `${tp(e)}: leader epoch ${e.leaderEpoch} elected after ${m.leaderEpoch}`,
        )
        m.leaderEpoch = e.leaderEpoch
        m.leaders.set(e.leaderEpoch, e.leader)
      } else if (e.type === 'recordsLost') {
        const m = this.memory(e.topic, e.partition)
        if (e.reason === 'uncleanElection') {
          // The one exception Kafka allows: forget what the cut took, committed or acknowledged.
          m.highWatermark = Math.min(m.highWatermark, e.fromOffset)
          m.logStartOffset = Math.min(m.logStartOffset, e.fromOffset)
          if (m.committed.length > e.fromOffset) m.committed.length = e.fromOffset
          for (const offset of m.acked) if (offset >= e.fromOffset) m.acked.delete(offset)
        } else {
          invariant(
            e.fromOffset >= m.highWatermark,
            () =>
              `${tp(e)}: a clean election cut committed offsets ${e.fromOffset}..${e.toOffset} (HW was ${m.highWatermark})`,
          )
        }
      } else if (e.type === 'produceAcked' && this.acks.get(e.producerId) === 'all') {
        const p = state.topics[e.topic]?.partitions[e.partition]
        invariant(p !== undefined, () => `${e.producerId} acknowledged on missing partition ${tp(e)}`)
        const m = this.memory(e.topic, e.partition)
        const batch = `${tp(e)}@${e.baseOffset}+${e.recordCount}`
        // Committed when the leader answered (a network delay ago), then cut by an unclean election: the loss Kafka allows.
        const answeredAt = e.t - state.config.networkDelayMs
        if (m.cuts.some((c) => c.t >= answeredAt && c.fromOffset < e.baseOffset + e.recordCount)) continue
        invariant(
          e.baseOffset >= 0 && e.baseOffset + e.recordCount <= p.highWatermark,
          () => `acknowledged ${batch} was not committed: ${describePartition(p)}`,
        )
        for (let i = 0; i < e.recordCount; i++) {
          const r = recordAt(p, e.baseOffset + i)
          // Already deleted by retention, or compacted away (superseded by a later record with its key).
          if (r === undefined && (e.baseOffset + i < p.logStartOffset || e.baseOffset + i < p.cleanerPoint))
            continue
          invariant(
            r?.producerId === e.producerId,
            () => `acknowledged ${batch} is not ${e.producerId}'s in the log: ${describePartition(p)}`,
          )
          m.acked.add(e.baseOffset + i)
        }
      }
    }
  }

  private comparePartition(state: SimState, p: PartitionState): void {
    const m = this.memory(p.topic, p.partition)
    const at = () => `${describePartition(p)} at ${state.timeMs} ms`
    invariant(p.highWatermark >= m.highWatermark, () => `HW went back from ${m.highWatermark}: ${at()}`)
    invariant(
      p.logStartOffset >= m.logStartOffset,
      () => `log start went back from ${m.logStartOffset}: ${at()}`,
    )
    invariant(p.leaderEpoch >= m.leaderEpoch, () => `leader epoch went back from ${m.leaderEpoch}: ${at()}`)
    const leader = m.leaders.get(p.leaderEpoch)
    invariant(
      leader === undefined || leader === p.leader,
      () => `two leaders in epoch ${p.leaderEpoch}: ${leader} and ${p.leader}: ${at()}`,
    )
    m.leaders.set(p.leaderEpoch, p.leader)
    m.leaderEpoch = p.leaderEpoch
    // Committed records never change, acknowledged ones included; offsets below the HW never go to another record.
    const known = m.committed
    for (const seg of p.segments) {
      for (const r of seg.records) {
        if (r.offset >= p.highWatermark) break
        const then = known[r.offset]
        if (then === undefined) known[r.offset] = r
        else if (then !== r && !same(r, then)) {
          const what = m.acked.has(r.offset) ? 'acknowledged acks=all' : 'committed'
          invariant(
            false,
            () => `${what} offset ${r.offset} (${content(then)}) is now ${content(r)}: ${at()}`,
          )
        }
      }
    }
    // Cut below a committed offset without an unclean election.
    invariant(
      p.logEndOffset >= Math.min(known.length, m.highWatermark),
      () => `log end below committed offset ${known.length - 1}: ${at()}`,
    )
    m.highWatermark = p.highWatermark
    m.logStartOffset = p.logStartOffset
  }

  /** A group commits only what its members read, and they read only committed records. */
  private checkCommittedOffsets(state: SimState): void {
    for (const group of Object.values(state.groups)) {
      const topic = state.topics[group.topic]
      for (const [key, offset] of Object.entries(group.committed)) {
        const p = topic?.partitions[Number(key)]
        invariant(
          p !== undefined,
          () => `${group.groupId} committed on missing partition ${group.topic}-${key}`,
        )
        if (this.sawUncleanLoss(p.topic, p.partition)) continue
        invariant(
          offset <= p.highWatermark,
          () => `${group.groupId} committed ${offset} past the HW: ${describePartition(p)}`,
        )
      }
    }
  }
}
