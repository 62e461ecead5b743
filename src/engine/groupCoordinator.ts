import { assign, isCooperative } from './assignors'
import { emit, findTopic, schedule, type Ctx } from './context'
import { GROUP_INITIAL_REBALANCE_DELAY_MS } from './config'
import { commitNow, commitOnClose, scheduleConsumerTick, takePartition } from './consumers'
import type { ConsumerState, GroupState } from './state'
import type { EventOf } from './events'
import { heartbeatIntervalOf, newTargetAssignment, sessionTimeoutOf } from './consumerProtocol'
import { betweenPolls, lastHeartbeatAt } from './pollLoop'

/**
 * The group coordinator's side of the classic protocol: members join and leave, a rebalance runs in phases
 * (PreparingRebalance → CompletingRebalance → Stable), eager assignors stop everyone, the cooperative one moves
 * only the partitions that change owner (in two rounds).
 */
type Reason = EventOf<'rebalanceStarted'>['reason']

export function groupMembers(ctx: Ctx, group: GroupState): ConsumerState[] {
  return ctx.state.consumers.filter((c) => c.groupId === group.groupId && group.members.includes(c.memberId))
}

export function revoke(ctx: Ctx, group: GroupState, c: ConsumerState, partitions: number[]): void {
  if (partitions.length === 0) return
  // With auto-commit (and after-processing commits) the consumer commits what it processed before letting go.
  if (c.status === 'active' && group.commitMode !== 'beforeProcessing') commitNow(ctx, group, c, partitions)
  c.owned = c.owned.filter((p) => !partitions.includes(p))
  c.buffer = c.buffer.filter((r) => !partitions.includes(r.partition))
  c.batch = c.batch.filter((r) => !partitions.includes(r.partition))
  if (c.stuckAt && partitions.includes(c.stuckAt.partition)) c.stuckAt = null
  if (c.processing && partitions.includes(c.processing.partition)) c.processing = null
  for (const p of partitions) {
    delete c.positions[p]
    group.pausedSince[p] = ctx.state.timeMs
  }
  emit(ctx, {
    type: 'partitionsRevoked',
    groupId: group.groupId,
    memberId: c.memberId,
    topic: group.topic,
    partitions: [...partitions].sort((a, b) => a - b),
  })
}

/**
 * Starts a rebalance, or folds the change into the one under way. Every member must join again, which the Java
 * consumer does inside poll(): a member waiting in poll rejoins at once, a member busy with a batch only when it
 * polls again, and the group waits for it (up to its max.poll.interval.ms, when it is dropped). Eager members give
 * up all their partitions as they rejoin.
 */
export function requestRebalance(ctx: Ctx, group: GroupState, reason: Reason): void {
  if (group.phase === 'PreparingRebalance') return
  if (group.phase === 'CompletingRebalance') {
    group.rejoinRequested = true
    return
  }
  const fromEmpty = group.phase === 'Empty'
  if (group.members.length === 0) {
    group.phase = 'Empty'
    group.assignment = {}
    return
  }
  group.phase = 'PreparingRebalance'
  group.joinDelayUntil = ctx.state.timeMs + (fromEmpty ? GROUP_INITIAL_REBALANCE_DELAY_MS : 0)
  const cooperative = isCooperative(group.assignor)
  emit(ctx, {
    type: 'rebalanceStarted',
    groupId: group.groupId,
    generation: group.generation,
    reason,
    protocol: cooperative ? 'cooperative' : 'eager',
  })
  const interval = heartbeatIntervalOf(group)
  for (const c of groupMembers(ctx, group)) {
    c.rejoinPending = true
    // Its next heartbeat's answer (REBALANCE_IN_PROGRESS) tells it to rejoin.
    c.rejoinNoticeAt = lastHeartbeatAt(c, interval, ctx.state.timeMs) + interval
    if (c.status === 'active')
      schedule(ctx, c.rejoinNoticeAt - ctx.state.timeMs, { kind: 'rebalanceNotice', memberId: c.memberId })
  }
  completeJoinIfReady(ctx, group)
}

/** The member's heartbeat answered REBALANCE_IN_PROGRESS: waiting in poll, it rejoins now; busy, at its next poll. */
export function onRebalanceNotice(ctx: Ctx, memberId: string): void {
  const c = ctx.state.consumers.find((x) => x.memberId === memberId)
  const group = c && ctx.state.groups[c.groupId]
  if (!c || !group || !c.rejoinPending || c.status !== 'active' || c.pollTimedOut || betweenPolls(c)) return
  if (ctx.state.timeMs >= c.rejoinNoticeAt) memberRejoins(ctx, group, c)
}

/** The member sends JoinGroup (onJoinPrepare first: an eager member gives up everything, committing first). */
export function memberRejoins(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  c.rejoinPending = false
  if (group.phase !== 'PreparingRebalance') return
  if (!isCooperative(group.assignor)) revoke(ctx, group, c, [...c.owned])
  completeJoinIfReady(ctx, group)
}

/** A new member's JoinGroup: it is in the rebalance it starts (or joins). */
export function joinGroup(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  membershipChanged(ctx, group, 'memberJoined')
  c.rejoinPending = false
  if (group.protocol === 'classic') completeJoinIfReady(ctx, group)
}

/** Every running member has joined: the coordinator answers the JoinGroups (after the initial delay of a new group). */
function completeJoinIfReady(ctx: Ctx, group: GroupState): void {
  if (group.phase !== 'PreparingRebalance') return
  if (groupMembers(ctx, group).some((c) => c.rejoinPending && c.status === 'active' && !c.pollTimedOut))
    return
  const delay = Math.max(0, group.joinDelayUntil - ctx.state.timeMs) + 2 * ctx.state.config.networkDelayMs
  schedule(ctx, delay, {
    kind: 'rebalanceStep',
    groupId: group.groupId,
    generation: group.generation,
    step: 'sync',
  })
}

/** The group's assignor over its members (what each owns now, for the sticky ones): partitions by member. */
export function targetAssignment(
  ctx: Ctx,
  group: GroupState,
  members: ConsumerState[],
): Record<string, number[]> {
  const count = findTopic(ctx.state, group.topic)?.partitions.length ?? 0
  const target = assign(
    group.assignor,
    members.map((c) => ({
      memberId: c.memberId,
      topics: [group.topic],
      owned: c.owned.map((partition) => ({ topic: group.topic, partition })),
    })),
    { [group.topic]: count },
  )
  return Object.fromEntries(Object.entries(target).map(([m, tps]) => [m, tps.map((tp) => tp.partition)]))
}

/** JoinGroup done: the leader member computes the assignment (here, the coordinator on its behalf). */
function sync(ctx: Ctx, group: GroupState): void {
  const members = groupMembers(ctx, group)
  // A member that crashed still counts until its session times out: the rebalance waits for it.
  const crashed = members.filter((c) => c.status === 'crashed' || c.pollTimedOut)
  if (crashed.length > 0) return // memberSessionTimeout removes them and asks again
  if (members.some((c) => c.rejoinPending)) return // a busy member joins at its next poll, which asks again
  group.phase = 'CompletingRebalance'
  group.generation += 1
  group.assignment = targetAssignment(ctx, group, members)
  schedule(ctx, 2 * ctx.state.config.networkDelayMs, {
    kind: 'rebalanceStep',
    groupId: group.groupId,
    generation: group.generation,
    step: 'stable',
  })
}

/** SyncGroup done: members take their partitions (cooperative: after the previous owner let go). */
function stabilise(ctx: Ctx, group: GroupState): void {
  const members = groupMembers(ctx, group)
  const cooperative = isCooperative(group.assignor)
  let revokedForOthers = false
  for (const c of members) {
    const target = group.assignment[c.memberId] ?? []
    const giveUp = c.owned.filter((p) => !target.includes(p))
    if (giveUp.length > 0) {
      revoke(ctx, group, c, giveUp)
      revokedForOthers = true
    }
  }
  for (const c of members) {
    const target = group.assignment[c.memberId] ?? []
    const ownedByOthers = new Set(members.filter((o) => o !== c).flatMap((o) => o.owned))
    const gained = target.filter((p) => !c.owned.includes(p) && !(cooperative && ownedByOthers.has(p)))
    // Cooperative: a partition revoked in this round gets its new owner in the follow-up rebalance.
    const taken = cooperative && revokedForOthers ? [] : gained
    for (const p of taken) takePartition(ctx, group, c, p)
    c.owned.sort((a, b) => a - b)
    if (taken.length > 0 || !cooperative) {
      emit(ctx, {
        type: 'partitionsAssigned',
        groupId: group.groupId,
        memberId: c.memberId,
        topic: group.topic,
        partitions: [...c.owned],
        generation: group.generation,
      })
    }
    if (c.status === 'active') scheduleConsumerTick(ctx, c)
  }
  group.phase = 'Stable'
  emit(ctx, {
    type: 'groupStable',
    groupId: group.groupId,
    generation: group.generation,
    assignment: Object.fromEntries(members.map((c) => [c.memberId, [...c.owned]])),
  })
  if (cooperative && revokedForOthers) requestRebalance(ctx, group, 'cooperativeFollowUp')
  else if (group.rejoinRequested) {
    group.rejoinRequested = false
    requestRebalance(ctx, group, 'memberJoined')
  }
}

export function onRebalanceStep(
  ctx: Ctx,
  groupId: string,
  generation: number,
  step: 'sync' | 'stable',
): void {
  const group = ctx.state.groups[groupId]
  if (!group || group.generation !== generation) return
  if (step === 'sync' && group.phase === 'PreparingRebalance') sync(ctx, group)
  else if (step === 'stable' && group.phase === 'CompletingRebalance') stabilise(ctx, group)
}

/** The member is out of the group (it left, or its session expired): the rest rebalance. */
export function removeMember(
  ctx: Ctx,
  group: GroupState,
  c: ConsumerState,
  reason: 'left' | 'sessionTimeout',
): void {
  // Leaving, an active member commits first (a timed-out one has crashed: it commits nothing).
  if (c.status === 'active' && !c.pollTimedOut && group.commitMode !== 'beforeProcessing')
    commitOnClose(ctx, group, c)
  if (c.status === 'active' && c.pollTimedOut && reason === 'sessionTimeout') {
    leaveGroup(ctx, group, c, reason) // a static member that stopped polling: the application still runs
    return
  }
  dropMember(ctx, group, c, reason)
  afterLeave(ctx, group, reason === 'left' ? 'memberLeft' : 'memberTimedOut')
}

/** The coordinator drops the member (it left, it timed out); the consumer itself may go on running. */
export function leaveGroup(
  ctx: Ctx,
  group: GroupState,
  c: ConsumerState,
  reason: 'sessionTimeout' | 'pollTimeout',
): void {
  for (const p of c.owned) group.pausedSince[p] = ctx.state.timeMs
  group.members = group.members.filter((m) => m !== c.memberId)
  delete group.assignment[c.memberId]
  emit(ctx, { type: 'consumerLeft', groupId: group.groupId, memberId: c.memberId, reason })
  afterLeave(ctx, group, reason === 'pollTimeout' ? 'pollTimeout' : 'memberTimedOut')
}

function afterLeave(ctx: Ctx, group: GroupState, reason: Reason): void {
  if (group.protocol === 'classic' && group.phase === 'PreparingRebalance') {
    // A rebalance was waiting for this member: it can go on now.
    schedule(ctx, 0, {
      kind: 'rebalanceStep',
      groupId: group.groupId,
      generation: group.generation,
      step: 'sync',
    })
    return
  }
  membershipChanged(ctx, group, reason)
}

/** Members came or went: the classic protocol rebalances, the consumer protocol computes a new target assignment. */
export function membershipChanged(ctx: Ctx, group: GroupState, reason: Reason): void {
  if (group.protocol === 'consumer') newTargetAssignment(ctx, group, reason)
  else requestRebalance(ctx, group, reason)
}

/** A crashed member (or a static one that stopped polling) is removed when its session runs out. */
export function onMemberSessionTimeout(ctx: Ctx, groupId: string, memberId: string): void {
  const group = ctx.state.groups[groupId]
  const c = ctx.state.consumers.find((x) => x.memberId === memberId && x.groupId === groupId)
  if (!group || !c || c.heartbeatStoppedAt < 0 || !group.members.includes(c.memberId)) return
  const interval = heartbeatIntervalOf(group)
  if (ctx.state.timeMs < lastHeartbeatAt(c, interval, ctx.state.timeMs) + sessionTimeoutOf(group)) return // a stale timer
  removeMember(ctx, group, c, 'sessionTimeout')
}

/**
 * A static member joins again with its group.instance.id while the group is stable (KIP-345): the coordinator
 * swaps the old member id for the new one and hands back the same assignment. No rebalance, no generation; the old
 * member, if it still runs, is fenced (FENCED_INSTANCE_ID). The partitions resume from their committed offsets.
 */
export function replaceStaticMember(ctx: Ctx, group: GroupState, old: ConsumerState, c: ConsumerState): void {
  const partitions = [...(group.assignment[old.memberId] ?? old.owned)].sort((a, b) => a - b)
  group.members = group.members.map((m) => (m === old.memberId ? c.memberId : m))
  delete group.assignment[old.memberId]
  group.assignment[c.memberId] = partitions
  ctx.state.consumers = ctx.state.consumers.filter((x) => x !== old)
  ctx.state.consumers.push(c)
  emit(ctx, { type: 'consumerJoined', groupId: group.groupId, memberId: c.memberId, topic: group.topic })
  for (const p of partitions) takePartition(ctx, group, c, p)
  emit(ctx, {
    type: 'staticMemberReplaced',
    groupId: group.groupId,
    memberId: c.memberId,
    replaced: old.memberId,
    groupInstanceId: c.groupInstanceId ?? '',
    partitions,
  })
  emit(ctx, {
    type: 'partitionsAssigned',
    groupId: group.groupId,
    memberId: c.memberId,
    topic: group.topic,
    partitions: [...partitions],
    generation: group.generation,
  })
  schedule(ctx, group.config.autoCommitIntervalMs, { kind: 'autoCommit', memberId: c.memberId })
  scheduleConsumerTick(ctx, c)
}

/** The same group.instance.id joins during a rebalance: the old member is fenced out, the new one joins it. */
export function fenceStaticMember(ctx: Ctx, group: GroupState, old: ConsumerState): void {
  dropMember(ctx, group, old, 'fenced')
}

/** Takes a member out of the coordinator's lists and the cluster's consumers. */
function dropMember(
  ctx: Ctx,
  group: GroupState,
  c: ConsumerState,
  reason: 'left' | 'sessionTimeout' | 'fenced',
): void {
  for (const p of c.owned) group.pausedSince[p] = ctx.state.timeMs
  group.members = group.members.filter((m) => m !== c.memberId)
  delete group.assignment[c.memberId]
  ctx.state.consumers = ctx.state.consumers.filter((x) => x !== c)
  emit(ctx, { type: 'consumerLeft', groupId: group.groupId, memberId: c.memberId, reason })
}
