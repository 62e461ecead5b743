import { MAX_CONSUMERS } from './config'
import { emit, findPartition, findTopic, schedule, type Ctx } from './context'
import { OK, refuse, type CommandHandler } from './commands'
import { scheduleConsumerTick, storeOffsets } from './consumers'
import { heartbeatIntervalOf, scheduleHeartbeat, sessionTimeoutOf } from './consumerProtocol'
import {
  fenceStaticMember,
  groupMembers,
  joinGroup,
  membershipChanged,
  removeMember,
  replaceStaticMember,
} from './groupCoordinator'
import { assignorFor, COMMIT_MODES, memberSettings, newGroup } from './groupSettings'
import { readRange } from './log'
import { lastHeartbeatAt } from './pollLoop'
import { ensureOffsetsTopic } from './offsetsTopic'
import type { ConsumerState, GroupState } from './state'
import { describe, finiteNumber, isRecord, oneOf, okValue, quote } from './validate'

const GROUP_ID = /^[A-Za-z0-9._-]{1,60}$/
/** Kafka's rule for group.instance.id (JoinGroupRequest.validateGroupInstanceId): the legal characters of a topic name. */
const GROUP_INSTANCE_ID = /^[A-Za-z0-9._-]{1,249}$/
function groupFrom(ctx: Ctx, v: unknown): GroupState | string {
  if (typeof v !== 'string') return `groupId must be text, got ${describe(v)}.`
  return Object.prototype.hasOwnProperty.call(ctx.state.groups, v)
    ? ctx.state.groups[v]!
    : `Group ${quote(v)} does not exist.`
}

function memberFrom(ctx: Ctx, v: unknown): ConsumerState | string {
  if (typeof v !== 'string') return `memberId must be text, got ${describe(v)}.`
  return ctx.state.consumers.find((c) => c.memberId === v) ?? `Consumer ${quote(v)} does not exist.`
}

/** The offset --reset-offsets would choose for one partition. */
function resetTarget(ctx: Ctx, group: GroupState, partition: number, to: unknown): number | string {
  const p = findPartition(ctx.state, group.topic, partition)
  if (!p) return `Partition ${partition} does not exist.`
  const clamp = (o: number) => Math.max(p.logStartOffset, Math.min(p.highWatermark, o))
  if (to === 'earliest') return p.logStartOffset
  if (to === 'latest') return p.highWatermark
  if (isRecord(to) && typeof to.offset === 'number' && Number.isInteger(to.offset)) return clamp(to.offset)
  if (isRecord(to) && typeof to.shiftBy === 'number' && Number.isInteger(to.shiftBy))
    return clamp((group.committed[partition] ?? p.highWatermark) + to.shiftBy)
  if (isRecord(to) && typeof to.timestamp === 'number' && Number.isFinite(to.timestamp)) {
    const first = readRange(p, p.logStartOffset, p.highWatermark).find(
      (r) => r.timestamp >= (to.timestamp as number),
    )
    return first ? first.offset : p.highWatermark
  }
  return `to must be 'earliest', 'latest', {offset}, {shiftBy} or {timestamp}, got ${describe(to)}.`
}

export const consumerCommands: Record<string, CommandHandler> = {
  addConsumer(ctx, input) {
    if (typeof input.groupId !== 'string' || !GROUP_ID.test(input.groupId)) {
      return refuse('groupId must be 1 to 60 letters, digits, dots, dashes or underscores.')
    }
    if (typeof input.topic !== 'string') return refuse(`topic must be text, got ${describe(input.topic)}.`)
    const topic = findTopic(ctx.state, input.topic)
    if (!topic) return refuse(`Topic ${quote(input.topic)} does not exist.`)
    if (topic.internal) return refuse(`Kafka Lab groups do not read the internal topic ${topic.name}.`)
    if (ctx.state.consumers.length >= MAX_CONSUMERS)
      return refuse(`A cluster may have at most ${MAX_CONSUMERS} consumers here.`)
    const rate =
      input.ratePerSec === undefined ? okValue(2) : finiteNumber(input.ratePerSec, 'ratePerSec', 0.1, 200)
    if (!rate.ok) return refuse(rate.error)
    const instance = input.groupInstanceId
    if (instance !== undefined && (typeof instance !== 'string' || !GROUP_INSTANCE_ID.test(instance))) {
      return refuse(
        `groupInstanceId must be 1 to 249 letters, digits, dots, dashes or underscores, got ${describe(instance)}.`,
      )
    }
    let group = Object.prototype.hasOwnProperty.call(ctx.state.groups, input.groupId)
      ? ctx.state.groups[input.groupId]
      : undefined
    if (group && group.topic !== topic.name) {
      return refuse(
        `Group '${group.groupId}' reads '${group.topic}'; in Kafka Lab a group subscribes to one topic.`,
      )
    }
    // The settings are checked whether or not the group exists (a bad one is refused, not silently dropped); only a
    // new group takes them.
    const made = newGroup(input.groupId, topic.name, input)
    if (!made.ok) return refuse(made.error)
    if (group && input.groupProtocol !== undefined && input.groupProtocol !== group.protocol) {
      return refuse(
        `Group '${group.groupId}' uses the ${group.protocol} protocol; its members cannot join with group.protocol=${String(input.groupProtocol)}.`,
      )
    }
    const settings = memberSettings(ctx, input)
    if (!settings.ok) return refuse(settings.error)
    if (settings.value.deadLetterTopic === topic.name)
      return refuse(`A group cannot dead-letter records into the topic it reads ('${topic.name}').`)
    if (!group) {
      group = made.value
      ctx.state.groups[group.groupId] = group
    }
    ensureOffsetsTopic(ctx)
    const memberId = `${group.groupId}-${group.nextMemberNumber++}`
    const c: ConsumerState = {
      groupInstanceId: instance ?? null,
      memberId,
      groupId: group.groupId,
      topic: topic.name,
      ratePerSec: rate.value,
      status: 'active',
      ...settings.value,
      lastPollAt: ctx.state.timeMs,
      pollTimerAt: -1,
      pollTimedOut: false,
      heartbeatStoppedAt: -1,
      stuckAt: null,
      autoCommitDue: false,
      rejoinPending: false,
      rejoinNoticeAt: 0,
      memberEpoch: 0,
      heartbeatDueAt: -1,
      owned: [],
      positions: {},
      buffer: [],
      batch: [],
      fetchInFlight: false,
      tickScheduled: false,
      processing: null,
      pendingCommit: null,
      processedUpTo: {},
      processed: 0,
      recent: [],
      fetchCursor: 0,
      joinedAt: ctx.state.timeMs,
      crashedAt: -1,
    }
    // A static member coming back (the same group.instance.id) takes the place of the one it was.
    const previous =
      instance === undefined
        ? undefined
        : groupMembers(ctx, group).find((m) => m.groupInstanceId === instance)
    if (previous && group.phase === 'Stable') {
      replaceStaticMember(ctx, group, previous, c)
      if (group.protocol === 'consumer') scheduleHeartbeat(ctx, c, 2 * ctx.state.config.networkDelayMs)
      return OK
    }
    if (previous) fenceStaticMember(ctx, group, previous)
    ctx.state.consumers.push(c)
    group.members.push(memberId)
    emit(ctx, { type: 'consumerJoined', groupId: group.groupId, memberId, topic: topic.name })
    schedule(ctx, group.config.autoCommitIntervalMs, { kind: 'autoCommit', memberId })
    joinGroup(ctx, group, c)
    if (group.protocol === 'consumer') scheduleHeartbeat(ctx, c, 2 * ctx.state.config.networkDelayMs)
    return OK
  },
  removeConsumer(ctx, input) {
    const c = memberFrom(ctx, input.memberId)
    if (typeof c === 'string') return refuse(c)
    const group = ctx.state.groups[c.groupId]!
    removeMember(ctx, group, c, 'left')
    return OK
  },
  crashConsumer(ctx, input) {
    const c = memberFrom(ctx, input.memberId)
    if (typeof c === 'string') return refuse(c)
    if (c.status === 'crashed') return refuse(`Consumer '${c.memberId}' has already crashed.`)
    const group = ctx.state.groups[c.groupId]!
    const now = ctx.state.timeMs
    c.status = 'crashed'
    c.crashedAt = now
    const processing = c.processing?.offset ?? null
    c.processing = null
    c.pendingCommit = null
    c.buffer = []
    c.batch = []
    c.stuckAt = null
    if (c.heartbeatStoppedAt < 0) c.heartbeatStoppedAt = now
    const sessionTimeoutMs = sessionTimeoutOf(group)
    const lastHeartbeat = lastHeartbeatAt(c, heartbeatIntervalOf(group), now)
    emit(ctx, {
      type: 'consumerCrashed',
      groupId: group.groupId,
      memberId: c.memberId,
      sessionTimeoutMs,
      processing,
    })
    schedule(ctx, Math.max(0, lastHeartbeat + sessionTimeoutMs - now), {
      kind: 'memberSessionTimeout',
      groupId: group.groupId,
      memberId: c.memberId,
    })
    return OK
  },
  setConsumerRate(ctx, input) {
    const c = memberFrom(ctx, input.memberId)
    if (typeof c === 'string') return refuse(c)
    const rate = finiteNumber(input.ratePerSec, 'ratePerSec', 0.1, 200)
    if (!rate.ok) return refuse(rate.error)
    c.ratePerSec = rate.value
    if (c.status === 'active') scheduleConsumerTick(ctx, c)
    return OK
  },
  setAssignor(ctx, input) {
    const group = groupFrom(ctx, input.groupId)
    if (typeof group === 'string') return refuse(group)
    if (input.assignor === undefined) return refuse('assignor is missing.')
    const assignor = assignorFor(group.protocol, input.assignor)
    if (!assignor.ok) return refuse(assignor.error)
    if (assignor.value === group.assignor) return OK
    group.assignor = assignor.value
    emit(ctx, { type: 'groupAssignorChanged', groupId: group.groupId, assignor: assignor.value })
    membershipChanged(ctx, group, 'assignorChanged')
    return OK
  },
  setCommitMode(ctx, input) {
    const group = groupFrom(ctx, input.groupId)
    if (typeof group === 'string') return refuse(group)
    const mode = oneOf(input.commitMode, 'commitMode', COMMIT_MODES)
    if (!mode.ok) return refuse(mode.error)
    group.commitMode = mode.value
    group.config = { ...group.config, enableAutoCommit: mode.value === 'auto' }
    return OK
  },
  resetOffsets(ctx, input) {
    const group = groupFrom(ctx, input.groupId)
    if (typeof group === 'string') return refuse(group)
    if (input.topic !== undefined && input.topic !== group.topic)
      return refuse(`Group '${group.groupId}' reads '${group.topic}', not ${describe(input.topic)}.`)
    if (groupMembers(ctx, group).length > 0) {
      return refuse(
        `Assignments can only be reset if the group '${group.groupId}' is inactive, but the current state is ${group.phase}.`,
      )
    }
    const count = findTopic(ctx.state, group.topic)?.partitions.length ?? 0
    const offsets: Record<number, number> = {}
    for (let p = 0; p < count; p++) {
      const target = resetTarget(ctx, group, p, input.to)
      if (typeof target === 'string') return refuse(target)
      offsets[p] = target
    }
    storeOffsets(ctx, group, offsets)
    emit(ctx, { type: 'offsetsReset', groupId: group.groupId, topic: group.topic, offsets })
    return OK
  },
}
