import { allPartitions, emit, findBroker, findTopic, isUnfenced, schedule, type Ctx } from './context'
import type { ElectionReason } from './events'
import type { BrokerId } from './ids'
import { truncateTo } from './log'
import { replicaOf, startFollowers, maybeAdvanceHighWatermark } from './replication'
import type { BrokerState, PartitionState } from './state'

/**
 * The KRaft controller's partition rules (PartitionChangeBuilder, ReplicationControlManager):
 * who leads, who is in sync, and what happens when a broker is fenced or comes back.
 */

function uncleanAllowed(ctx: Ctx, p: PartitionState): boolean {
  return (
    findTopic(ctx.state, p.topic)?.config.uncleanLeaderElectionEnable ??
    ctx.state.config.uncleanLeaderElectionEnable
  )
}

/** The first replica, in assignment order, that is in the ISR and unfenced. */
export function cleanCandidate(ctx: Ctx, p: PartitionState): BrokerId | null {
  for (const r of p.replicas)
    if (p.isr.includes(r.brokerId) && isUnfenced(ctx.state, r.brokerId)) return r.brokerId
  return null
}

function uncleanCandidate(ctx: Ctx, p: PartitionState): BrokerId | null {
  for (const r of p.replicas) if (isUnfenced(ctx.state, r.brokerId)) return r.brokerId
  return null
}

/**
 * Makes `leader` the partition's leader (or none), bumping the leader epoch. The log follows the new leader's:
 * records it lacks are cut from every replica (Kafka truncates followers to the new leader's epoch end offset).
 */
export function changeLeader(
  ctx: Ctx,
  p: PartitionState,
  leader: BrokerId | null,
  reason: ElectionReason,
): void {
  const previousLeader = p.leader
  const now = ctx.state.timeMs
  failPendingAcks(ctx, p)
  p.leader = leader
  p.leaderEpoch += 1
  if (leader !== null) {
    const newLeader = replicaOf(p, leader)!
    if (newLeader.logEndOffset < p.logEndOffset) {
      truncateTo(ctx, p, newLeader.logEndOffset, reason === 'unclean' ? 'uncleanElection' : 'truncated')
    }
    if (p.highWatermark > p.logEndOffset) p.highWatermark = p.logEndOffset
    for (const r of p.replicas) {
      if (r.logEndOffset > p.logEndOffset) r.logEndOffset = p.logEndOffset
      r.fetchOffsetAtLeader = Math.min(r.fetchOffsetAtLeader, r.logEndOffset)
      r.lastCaughtUpMs = now
    }
    newLeader.fetchOffsetAtLeader = newLeader.logEndOffset
  }
  emit(ctx, {
    type: 'leaderElected',
    topic: p.topic,
    partition: p.partition,
    previousLeader,
    leader,
    leaderEpoch: p.leaderEpoch,
    reason,
    isr: [...p.isr],
  })
  if (leader !== null) {
    startFollowers(ctx, p)
    maybeAdvanceHighWatermark(ctx, p)
  }
}

/** Requests waiting for the high watermark at a leader that is leader no more are answered with an error. */
function failPendingAcks(ctx: Ctx, p: PartitionState): void {
  const oldLeader = p.leader
  if (oldLeader === null || p.pendingAcks.length === 0) return
  const alive = findBroker(ctx.state, oldLeader)?.alive === true
  for (const a of p.pendingAcks) {
    schedule(ctx, ctx.state.config.networkDelayMs, {
      kind: 'produceResponse',
      sentAt: ctx.state.timeMs,
      producerId: a.producerId,
      brokerId: oldLeader,
      requestId: a.requestId,
      topic: p.topic,
      partition: p.partition,
      batchId: a.batchId,
      error: alive ? 'NOT_LEADER_OR_FOLLOWER' : 'NETWORK_EXCEPTION',
      baseOffset: -1,
    })
  }
  p.pendingAcks = []
}

/** Elects from the ISR, or, if allowed and no ISR member is left, from any live replica (unclean). */
export function electLeader(ctx: Ctx, p: PartitionState, reason: ElectionReason): void {
  const clean = cleanCandidate(ctx, p)
  if (clean !== null) {
    if (clean !== p.leader) changeLeader(ctx, p, clean, reason)
    return
  }
  if (uncleanAllowed(ctx, p)) {
    const unclean = uncleanCandidate(ctx, p)
    if (unclean !== null) {
      p.isr = [unclean]
      changeLeader(ctx, p, unclean, 'unclean')
      return
    }
  }
  if (p.leader !== null) changeLeader(ctx, p, null, reason)
}

/** No heartbeat for broker.session.timeout.ms: out of every ISR (but never emptying one), leaders re-elected. */
export function fenceBroker(ctx: Ctx, b: BrokerState): void {
  if (b.fenced) return
  b.fenced = true
  emit(ctx, {
    type: 'brokerFenced',
    brokerId: b.id,
    sessionTimeoutMs: ctx.state.config.brokerSessionTimeoutMs,
  })
  for (const p of allPartitions(ctx.state)) {
    if (!replicaOf(p, b.id)) continue
    if (p.isr.includes(b.id) && p.isr.length > 1) {
      p.isr = p.isr.filter((id) => id !== b.id)
      emit(ctx, {
        type: 'isrShrunk',
        topic: p.topic,
        partition: p.partition,
        brokerId: b.id,
        isr: [...p.isr],
        reason: 'fenced',
      })
    }
    if (p.leader === b.id) electLeader(ctx, p, 'leaderFenced')
    else if (p.leader !== null) maybeAdvanceHighWatermark(ctx, p)
  }
}

/** A (re)started broker registers: unfenced, it leads partitions that had no leader and follows the rest. */
export function unfenceBroker(ctx: Ctx, b: BrokerState): void {
  b.fenced = false
  b.registeredAt = ctx.state.timeMs
  emit(ctx, { type: 'brokerUnfenced', brokerId: b.id })
  for (const p of allPartitions(ctx.state)) {
    const replica = replicaOf(p, b.id)
    if (!replica) continue
    if (p.leader === null) electLeader(ctx, p, 'replicaReturned')
    else startFollowers(ctx, p)
  }
}

/** auto.leader.rebalance.enable: leadership goes back to the preferred replica when it is in sync. */
export function balanceLeaders(ctx: Ctx): void {
  for (const p of allPartitions(ctx.state)) {
    const preferred = p.replicas[0]?.brokerId
    if (preferred === undefined || p.leader === preferred) continue
    if (
      p.isr.includes(preferred) &&
      isUnfenced(ctx.state, preferred) &&
      findBroker(ctx.state, preferred)?.alive
    ) {
      changeLeader(ctx, p, preferred, 'preferred')
    }
  }
}
