import { emit, schedule, type Ctx } from './context'
import {
  commitNow,
  commitPending,
  fetch,
  finishProcessing,
  scheduleConsumerTick,
  startProcessing,
  takePartition,
} from './consumers'
import { joinGroup, leaveGroup, memberRejoins } from './groupCoordinator'
import type { ConsumerState, GroupState } from './state'
import { scheduleHeartbeat } from './consumerProtocol'

/**
 * The application's poll loop, as the Java consumer runs it. A poll hands over at most max.poll.records of what
 * the fetcher has buffered; the application processes them one by one (its rate), then polls again. Auto-commits
 * happen inside poll. Heartbeats run on their own thread: a member busy processing keeps heartbeating, but when the
 * time since its last poll passes max.poll.interval.ms, the heartbeat thread leaves the group ("consumer poll
 * timeout has expired") and the application only learns it at its next poll, when its commit fails and it rejoins.
 */
function findMember(ctx: Ctx, memberId: string): { c: ConsumerState; group: GroupState } | undefined {
  const c = ctx.state.consumers.find((x) => x.memberId === memberId)
  const group = c && ctx.state.groups[c.groupId]
  return c && group ? { c, group } : undefined
}

export function onConsumerTick(ctx: Ctx, memberId: string): void {
  const found = findMember(ctx, memberId)
  if (!found) return
  const { c, group } = found
  c.tickScheduled = false
  if (c.status !== 'active') return
  commitPending(ctx, group, c)
  finishProcessing(ctx, group, c)
  // Done with its batch (or stuck on a record), the application calls poll() again.
  if (c.batch.length === 0 || c.stuckAt) poll(ctx, group, c)
  if (!c.processing) startProcessing(ctx, group, c)
  // The fetcher fetches ahead once the last record is handed over.
  if (c.batch.length === 0 && c.buffer.length === 0 && !c.pollTimedOut) fetch(ctx, group, c)
  scheduleConsumerTick(ctx, c)
}

/** Between two polls: the application holds records of the last one. */
export function betweenPolls(c: ConsumerState): boolean {
  return c.batch.length > 0 || c.processing !== null
}

function poll(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  c.lastPollAt = ctx.state.timeMs
  if (c.pollTimedOut) return rejoin(ctx, group, c)
  if (c.rejoinPending && ctx.state.timeMs >= c.rejoinNoticeAt) memberRejoins(ctx, group, c)
  if (c.autoCommitDue) {
    c.autoCommitDue = false
    if (group.commitMode === 'auto') commitNow(ctx, group, c, [...c.owned])
  }
  if (c.stuckAt || c.buffer.length === 0) return
  c.batch = c.buffer.splice(0, c.maxPollRecords)
  if (c.pollTimerAt < 0) {
    c.pollTimerAt = ctx.state.timeMs + c.maxPollIntervalMs
    schedule(ctx, c.maxPollIntervalMs, { kind: 'pollTimer', memberId: c.memberId })
  }
}

/** auto.commit.interval.ms passed: the next poll commits (at once when the application is waiting in poll). */
export function onAutoCommit(ctx: Ctx, memberId: string): void {
  const found = findMember(ctx, memberId)
  if (!found || found.c.status !== 'active') return
  const { c, group } = found
  if (group.commitMode === 'auto') {
    if (betweenPolls(c) || c.pollTimedOut) c.autoCommitDue = true
    else commitNow(ctx, group, c, [...c.owned])
  }
  schedule(ctx, group.config.autoCommitIntervalMs, { kind: 'autoCommit', memberId })
}

/** The heartbeat thread's look at the poll timer (one timer per member, moved on while the member keeps polling). */
export function onPollTimer(ctx: Ctx, memberId: string): void {
  const found = findMember(ctx, memberId)
  if (!found) return
  const { c, group } = found
  c.pollTimerAt = -1
  if (c.status !== 'active' || c.pollTimedOut || !betweenPolls(c)) return
  const due = c.lastPollAt + c.maxPollIntervalMs
  if (ctx.state.timeMs < due) {
    c.pollTimerAt = due
    schedule(ctx, due - ctx.state.timeMs, { kind: 'pollTimer', memberId })
    return
  }
  pollTimeoutExpired(ctx, group, c)
}

function pollTimeoutExpired(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  const now = ctx.state.timeMs
  const staticMember = c.groupInstanceId !== null && group.protocol === 'classic'
  c.pollTimedOut = true
  emit(ctx, {
    type: 'pollTimeoutExpired',
    groupId: group.groupId,
    memberId: c.memberId,
    maxPollIntervalMs: c.maxPollIntervalMs,
    lastPollAt: c.lastPollAt,
    leaveGroup: !staticMember,
  })
  if (!staticMember) {
    leaveGroup(ctx, group, c, 'pollTimeout')
    return
  }
  // A static member sends no LeaveGroup: its heartbeats stop, and the coordinator keeps its partitions until its
  // session times out.
  c.heartbeatStoppedAt = now
  schedule(ctx, group.config.sessionTimeoutMs, {
    kind: 'memberSessionTimeout',
    groupId: group.groupId,
    memberId: c.memberId,
  })
}

/**
 * The poll after a poll timeout: the commit of what it processed fails (CommitFailedException: it is no longer part
 * of an active group), its partitions are lost (no commit), and it joins again. A static member still in the group
 * (within its session timeout) of a stable group gets its partitions back without a rebalance.
 */
function rejoin(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  const now = ctx.state.timeMs
  if (group.commitMode === 'auto' && c.owned.length > 0) {
    emit(ctx, {
      type: 'commitFailed',
      groupId: group.groupId,
      memberId: c.memberId,
      error: 'UNKNOWN_MEMBER_ID',
    })
  }
  if (c.owned.length > 0) {
    emit(ctx, {
      type: 'partitionsLost',
      groupId: group.groupId,
      memberId: c.memberId,
      topic: group.topic,
      partitions: [...c.owned],
    })
  }
  c.owned = []
  c.positions = {}
  c.processedUpTo = {}
  c.batch = []
  c.buffer = []
  c.pendingCommit = null
  c.stuckAt = null
  c.autoCommitDue = false
  c.pollTimedOut = false
  c.rejoinPending = false
  c.heartbeatStoppedAt = -1
  c.joinedAt = now
  c.memberEpoch = 0
  emit(ctx, { type: 'consumerJoined', groupId: group.groupId, memberId: c.memberId, topic: group.topic })
  if (!group.members.includes(c.memberId)) {
    group.members.push(c.memberId)
    joinGroup(ctx, group, c)
    if (group.protocol === 'consumer') scheduleHeartbeat(ctx, c, 2 * ctx.state.config.networkDelayMs)
    return
  }
  if (group.phase === 'PreparingRebalance') return memberRejoins(ctx, group, c)
  if (group.phase !== 'Stable') return // the rebalance under way hands it its partitions
  const partitions = [...(group.assignment[c.memberId] ?? [])].sort((a, b) => a - b)
  for (const p of partitions) takePartition(ctx, group, c, p)
  c.owned.sort((a, b) => a - b)
  emit(ctx, {
    type: 'partitionsAssigned',
    groupId: group.groupId,
    memberId: c.memberId,
    topic: group.topic,
    partitions: [...c.owned],
    generation: group.generation,
  })
}

/** When the member's heartbeat thread last heartbeated (every interval from its join, until it stopped). */
export function lastHeartbeatAt(c: ConsumerState, intervalMs: number, now: number): number {
  const until = c.heartbeatStoppedAt >= 0 ? c.heartbeatStoppedAt : now
  return c.joinedAt + Math.floor(Math.max(0, until - c.joinedAt) / intervalMs) * intervalMs
}
