import { GROUP_CONSUMER_HEARTBEAT_INTERVAL_MS, GROUP_CONSUMER_SESSION_TIMEOUT_MS } from './config'
import { emit, schedule, type Ctx } from './context'
import { scheduleConsumerTick, takePartition } from './consumers'
import { groupMembers, revoke, targetAssignment } from './groupCoordinator'
import type { EventOf } from './events'
import type { ConsumerState, GroupState } from './state'

/**
 * The consumer rebalance protocol of KIP-848 (group.protocol=consumer). The coordinator owns the assignment: when
 * members come or go it bumps the group epoch and computes every member's target assignment with a server-side
 * assignor. Each member reconciles through its own heartbeats: it first gives up what it must (committing first),
 * then takes what is free. Only the partitions that move pause; nobody waits for a group-wide join and sync.
 */
export function heartbeatIntervalOf(group: GroupState): number {
  return group.protocol === 'consumer'
    ? GROUP_CONSUMER_HEARTBEAT_INTERVAL_MS
    : group.config.heartbeatIntervalMs
}

export function sessionTimeoutOf(group: GroupState): number {
  return group.protocol === 'consumer' ? GROUP_CONSUMER_SESSION_TIMEOUT_MS : group.config.sessionTimeoutMs
}

/** The group epoch moves and the coordinator computes the target assignment; members learn it as they heartbeat. */
export function newTargetAssignment(
  ctx: Ctx,
  group: GroupState,
  reason: EventOf<'rebalanceStarted'>['reason'],
): void {
  const members = groupMembers(ctx, group)
  if (members.length === 0) {
    group.phase = 'Empty'
    group.assignment = {}
    return
  }
  group.generation += 1
  group.assignment = targetAssignment(ctx, group, members)
  group.phase = 'Reconciling'
  emit(ctx, {
    type: 'rebalanceStarted',
    groupId: group.groupId,
    generation: group.generation,
    reason,
    protocol: 'consumer',
  })
  maybeStable(ctx, group)
}

/** The member heartbeats: its first heartbeat (the join) soon, then every group.consumer.heartbeat.interval.ms. */
export function scheduleHeartbeat(ctx: Ctx, c: ConsumerState, delayMs: number): void {
  const at = ctx.state.timeMs + delayMs
  if (c.heartbeatDueAt >= ctx.state.timeMs && c.heartbeatDueAt <= at) return
  c.heartbeatDueAt = at
  schedule(ctx, delayMs, { kind: 'memberHeartbeat', memberId: c.memberId })
}

export function onMemberHeartbeat(ctx: Ctx, memberId: string): void {
  const c = ctx.state.consumers.find((x) => x.memberId === memberId)
  const group = c && ctx.state.groups[c.groupId]
  if (!c || !group || group.protocol !== 'consumer' || c.heartbeatDueAt !== ctx.state.timeMs) return
  c.heartbeatDueAt = -1
  if (c.status !== 'active' || c.heartbeatStoppedAt >= 0 || !group.members.includes(c.memberId)) return
  const moved = reconcile(ctx, group, c)
  // A member that reconciled says so at once; the coordinator may have more for it.
  scheduleHeartbeat(
    ctx,
    c,
    moved ? 2 * ctx.state.config.networkDelayMs : GROUP_CONSUMER_HEARTBEAT_INTERVAL_MS,
  )
}

/** The heartbeat's answer: give up what the target no longer holds, take what it holds and nobody owns. */
function reconcile(ctx: Ctx, group: GroupState, c: ConsumerState): boolean {
  const target = group.assignment[c.memberId] ?? []
  const giveUp = c.owned.filter((p) => !target.includes(p))
  revoke(ctx, group, c, giveUp)
  const ownedByOthers = new Set(groupMembers(ctx, group).flatMap((o) => (o === c ? [] : o.owned)))
  const gained = target.filter((p) => !c.owned.includes(p) && !ownedByOthers.has(p))
  for (const p of gained) takePartition(ctx, group, c, p)
  c.owned.sort((a, b) => a - b)
  if (gained.length > 0) {
    emit(ctx, {
      type: 'partitionsAssigned',
      groupId: group.groupId,
      memberId: c.memberId,
      topic: group.topic,
      partitions: [...c.owned],
      generation: group.generation,
    })
    scheduleConsumerTick(ctx, c)
  }
  if (sameSet(c.owned, target)) c.memberEpoch = group.generation
  maybeStable(ctx, group)
  return giveUp.length > 0 || gained.length > 0
}

function maybeStable(ctx: Ctx, group: GroupState): void {
  if (group.phase !== 'Reconciling') return
  const members = groupMembers(ctx, group)
  if (!members.every((m) => sameSet(m.owned, group.assignment[m.memberId] ?? []))) return
  group.phase = 'Stable'
  emit(ctx, {
    type: 'groupStable',
    groupId: group.groupId,
    generation: group.generation,
    assignment: Object.fromEntries(members.map((m) => [m.memberId, [...m.owned]])),
  })
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p))
}
