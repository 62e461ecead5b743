import { emit, findBroker, findPartition, findTopic, schedule, type Ctx } from './context'
import { consumerOffsetsPartition } from './javaHash'
import { appendBatch, readRecords } from './log'
import { maybeAdvanceHighWatermark, wakeParkedFollowers } from './replication'
import { producerId } from './ids'
import type { ConsumerState, FetchedRecord, GroupState, PartitionState, PendingRecord } from './state'
import type { TopicConfig } from './config'
import type { ProducerId } from './ids'
import type { NetworkTask } from './tasks'
import { ensureOffsetsTopic, OFFSETS_TOPIC } from './offsetsTopic'
import { canDeserialize, handleUnreadable } from './deserialization'

/**
 * A consumer's loop: fetch from each owned partition's leader up to the high watermark, process one record per
 * tick, and commit its position to the group coordinator (periodically, after or before each record).
 */
const RECENT_KEPT = 24

export function tickInterval(c: ConsumerState): number {
  return 1000 / c.ratePerSec
}

export function scheduleConsumerTick(ctx: Ctx, c: ConsumerState): void {
  if (c.tickScheduled) return
  c.tickScheduled = true
  schedule(ctx, tickInterval(c), { kind: 'consumerTick', memberId: c.memberId })
}

/** Where a member starts on a partition it gets: the committed offset, else auto.offset.reset. */
export function startingPosition(ctx: Ctx, group: GroupState, partition: number): number {
  const p = findPartition(ctx.state, group.topic, partition)
  const committed = group.committed[partition]
  let start: number
  if (committed !== undefined) start = committed
  else if (group.config.autoOffsetReset === 'earliest') start = p?.logStartOffset ?? 0
  else start = p?.highWatermark ?? 0 // latest (also the fallback for 'none', reported when it is out of range)
  const done = group.processedUpTo[partition]
  if (p && done !== undefined && start > done && start > p.logStartOffset) {
    const from = Math.max(done, p.logStartOffset)
    if (start > from) {
      group.skipped += start - from
      emit(ctx, {
        type: 'recordsSkipped',
        topic: group.topic,
        partition,
        groupId: group.groupId,
        fromOffset: from,
        toOffset: start,
      })
    }
  }
  return start
}

/** The broker coordinating a group: the leader of its __consumer_offsets partition. */
export function coordinatorOf(ctx: Ctx, groupId: string): number | null {
  const p = findPartition(ctx.state, OFFSETS_TOPIC, consumerOffsetsPartition(groupId))
  return p?.leader ?? null
}

function sendCommit(ctx: Ctx, group: GroupState, c: ConsumerState, offsets: Record<number, number>): void {
  if (Object.keys(offsets).length === 0) return
  ensureOffsetsTopic(ctx) // FindCoordinator: a member that joined while no broker was up creates it now
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'offsetCommit',
    sentAt: ctx.state.timeMs,
    groupId: group.groupId,
    memberId: c.memberId,
    coordinator: coordinatorOf(ctx, group.groupId) as never,
    generation: group.generation,
    offsets,
  })
}

/**
 * Commits the member's position on these partitions (auto-commit every interval, before a rebalance takes them, on
 * close), as the Java consumer commits `SubscriptionState.allConsumed()`: every assigned partition with a valid
 * position, whether or not it read anything there, and again when nothing changed. A new group that has read
 * nothing so stores where it starts (lag 0 with `latest`).
 */
export function commitNow(ctx: Ctx, group: GroupState, c: ConsumerState, partitions: number[]): void {
  sendCommit(ctx, group, c, positionsOf(c, partitions))
}

/** The member's valid positions on these partitions: what a commit of `allConsumed()` carries. */
function positionsOf(c: ConsumerState, partitions: readonly number[]): Record<number, number> {
  const offsets: Record<number, number> = {}
  for (const p of partitions) {
    const position = c.processedUpTo[p]
    if (position !== undefined) offsets[p] = position
  }
  return offsets
}

/** The member takes a partition: it starts at the committed offset (else auto.offset.reset), a valid position. */
export function takePartition(ctx: Ctx, group: GroupState, c: ConsumerState, partition: number): void {
  const since = group.pausedSince[partition]
  if (since !== undefined) {
    group.pausedMs[partition] = (group.pausedMs[partition] ?? 0) + ctx.state.timeMs - since
    delete group.pausedSince[partition]
  }
  c.owned.push(partition)
  c.positions[partition] = startingPosition(ctx, group, partition)
  // Committed as it is until the member reads past it.
  c.processedUpTo[partition] = c.positions[partition]
}

/**
 * `close()`: a synchronous commit of every position, completed before the member sends LeaveGroup (the Java
 * consumer's ConsumerCoordinator.close commits, then leaves). A commit sent ahead of the leave, as any other,
 * would reach a coordinator that no longer knows the member.
 */
export function commitOnClose(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  const offsets = positionsOf(c, c.owned)
  if (Object.keys(offsets).length === 0) return
  ensureOffsetsTopic(ctx)
  const coordinator = coordinatorOf(ctx, group.groupId)
  const fail = (error: 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS') =>
    emit(ctx, { type: 'commitFailed', groupId: group.groupId, memberId: c.memberId, error })
  if (coordinator === null || !findBroker(ctx.state, coordinator)?.alive)
    return fail('COORDINATOR_NOT_AVAILABLE')
  if (group.phase !== 'Stable') return fail('REBALANCE_IN_PROGRESS')
  storeOffsets(ctx, group, offsets)
  emit(ctx, {
    type: 'offsetsCommitted',
    groupId: group.groupId,
    memberId: c.memberId,
    topic: group.topic,
    offsets,
  })
}

export function finishProcessing(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  const r = c.processing
  if (!r) return
  c.processing = null
  const duplicate = r.offset < (group.processedUpTo[r.partition] ?? 0)
  if (duplicate) group.duplicates += 1
  group.processedUpTo[r.partition] = Math.max(group.processedUpTo[r.partition] ?? 0, r.offset + 1)
  c.processedUpTo[r.partition] = r.offset + 1
  c.processed += 1
  c.recent.push({ ...r, duplicate })
  if (c.recent.length > RECENT_KEPT) c.recent.shift()
  emit(ctx, {
    type: 'recordProcessed',
    topic: group.topic,
    partition: r.partition,
    groupId: group.groupId,
    memberId: c.memberId,
    offset: r.offset,
    key: r.key,
    duplicate,
  })
  if (group.commitMode === 'afterProcessing') c.pendingCommit = r
}

/** The application's loop commits what it processed on the previous pass (commitSync after processing). */
export function commitPending(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  const r = c.pendingCommit
  if (!r) return
  c.pendingCommit = null
  if (c.owned.includes(r.partition)) sendCommit(ctx, group, c, { [r.partition]: r.offset + 1 })
}

/** The application takes the next record of its batch (one it cannot deserialize is handled, or stops it). */
export function startProcessing(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  for (let next = c.batch.shift(); next; next = c.batch.shift()) {
    if (!canDeserialize(c.valueFormat, next)) {
      if (handleUnreadable(ctx, group, c, next)) continue
      return
    }
    c.processing = next
    if (group.commitMode === 'beforeProcessing')
      sendCommit(ctx, group, c, { [next.partition]: next.offset + 1 })
    return
  }
}

/** Fetches from the next owned partition that has committed records past the member's position. */
export function fetch(ctx: Ctx, group: GroupState, c: ConsumerState): void {
  if (c.fetchInFlight || c.owned.length === 0) return
  for (let i = 0; i < c.owned.length; i++) {
    const partition = c.owned[(c.fetchCursor + i) % c.owned.length]!
    const p = findPartition(ctx.state, group.topic, partition)
    if (!p || p.leader === null || !findBroker(ctx.state, p.leader)?.alive) continue
    let position = c.positions[partition] ?? p.highWatermark
    if (position < p.logStartOffset || position > p.logEndOffset) {
      const reset = group.config.autoOffsetReset
      const resetTo = reset === 'earliest' ? p.logStartOffset : reset === 'latest' ? p.highWatermark : null
      emit(ctx, {
        type: 'offsetOutOfRange',
        topic: group.topic,
        partition,
        groupId: group.groupId,
        memberId: c.memberId,
        position,
        resetTo,
      })
      if (resetTo === null) continue
      position = resetTo
      c.positions[partition] = resetTo
      // The reset position is the consumer's position: what it commits next.
      c.processedUpTo[partition] = resetTo
    }
    if (position >= p.highWatermark) continue
    const records: FetchedRecord[] = readRecords(p, position, p.highWatermark, c.maxPollRecords).map((r) => ({
      partition,
      offset: r.offset,
      key: r.key,
      value: r.value,
      format: r.format,
    }))
    if (records.length === 0) continue
    c.fetchCursor = (c.fetchCursor + i + 1) % c.owned.length
    c.fetchInFlight = true
    const d = ctx.state.config.networkDelayMs
    schedule(ctx, 2 * d, {
      kind: 'consumerFetchResponse',
      sentAt: ctx.state.timeMs + d,
      groupId: group.groupId,
      memberId: c.memberId,
      topic: group.topic,
      partition,
      leader: p.leader,
      records,
    })
    return
  }
}

export function onConsumerFetchResponse(
  ctx: Ctx,
  task: Extract<NetworkTask, { kind: 'consumerFetchResponse' }>,
): void {
  const c = ctx.state.consumers.find((x) => x.memberId === task.memberId)
  if (!c) return
  c.fetchInFlight = false
  const group = ctx.state.groups[c.groupId]
  const first = task.records[0]
  const last = task.records[task.records.length - 1]
  if (!group || c.status !== 'active' || !first || !last) return
  if (!c.owned.includes(task.partition) || c.positions[task.partition] !== first.offset) return
  c.buffer.push(...task.records)
  c.positions[task.partition] = last.offset + 1
  group.consumed[task.partition] = (group.consumed[task.partition] ?? 0) + task.records.length
  emit(ctx, {
    type: 'recordsFetched',
    topic: group.topic,
    partition: task.partition,
    groupId: group.groupId,
    memberId: c.memberId,
    fromOffset: first.offset,
    toOffset: last.offset + 1,
  })
}

/** The coordinator stores the commit as a record in __consumer_offsets, then the group's offsets move. */
export function onOffsetCommit(ctx: Ctx, task: Extract<NetworkTask, { kind: 'offsetCommit' }>): void {
  const group = ctx.state.groups[task.groupId]
  if (!group) return
  const coordinator = coordinatorOf(ctx, task.groupId)
  const broker = coordinator === null ? undefined : findBroker(ctx.state, coordinator)
  const fail = (error: 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS' | 'UNKNOWN_MEMBER_ID') =>
    emit(ctx, { type: 'commitFailed', groupId: group.groupId, memberId: task.memberId, error })
  if (!broker?.alive || coordinator !== task.coordinator) return fail('COORDINATOR_NOT_AVAILABLE')
  if (!group.members.includes(task.memberId)) return fail('UNKNOWN_MEMBER_ID')
  if (task.generation !== group.generation) return fail('REBALANCE_IN_PROGRESS')
  storeOffsets(ctx, group, task.offsets)
  emit(ctx, {
    type: 'offsetsCommitted',
    groupId: group.groupId,
    memberId: task.memberId,
    topic: group.topic,
    offsets: { ...task.offsets },
  })
}

/** Writes a group's offsets as records in its __consumer_offsets partition and makes them the committed ones. */
export function storeOffsets(ctx: Ctx, group: GroupState, offsets: Record<number, number>): void {
  const topic = findTopic(ctx.state, OFFSETS_TOPIC)
  const p = topic?.partitions[consumerOffsetsPartition(group.groupId)]
  if (topic && p && p.leader !== null) {
    const records = Object.entries(offsets).map(([partition, offset]) => {
      const key = `${group.groupId}:${group.topic}:${partition}`
      const value = String(offset)
      return {
        key,
        value,
        format: 'text' as const,
        timestamp: ctx.state.timeMs,
        sizeBytes: key.length + value.length + 8,
      }
    })
    appendAtLeader(ctx, p, topic.config, records, producerId('group-coordinator'))
  }
  for (const [partition, offset] of Object.entries(offsets)) group.committed[Number(partition)] = offset
}

/** A write the cluster makes itself (a commit, a dead-lettered record): appended at the leader, then replicated. */
export function appendAtLeader(
  ctx: Ctx,
  p: PartitionState,
  config: TopicConfig,
  records: PendingRecord[],
  writer: ProducerId,
): void {
  appendBatch(ctx, p, config, records, writer, 0, -1)
  const self = p.replicas.find((r) => r.brokerId === p.leader)
  if (self) {
    self.logEndOffset = p.logEndOffset
    self.fetchOffsetAtLeader = p.logEndOffset
  }
  wakeParkedFollowers(ctx, p)
  maybeAdvanceHighWatermark(ctx, p)
}
