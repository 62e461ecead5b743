import { emit, findBroker, findPartition, findTopic, schedule, type Ctx } from './context'
import type { BrokerId } from './ids'
import type { PartitionState, ReplicaState } from './state'
import type { NetworkTask } from './tasks'

type FetchResponse = Extract<NetworkTask, { kind: 'fetchResponse' }>
type FetchRequest = Extract<NetworkTask, { kind: 'fetchRequest' }>

/** A follower fetches while its broker runs, is registered and is not stalled. */
function canFetch(ctx: Ctx, brokerId: BrokerId): boolean {
  const b = findBroker(ctx.state, brokerId)
  return b !== undefined && b.alive && !b.fenced && !b.stalled
}

export function replicaOf(p: PartitionState, brokerId: BrokerId): ReplicaState | undefined {
  for (const r of p.replicas) if (r.brokerId === brokerId) return r
  return undefined
}

/**
 * The follower asks the leader for records from its log end offset (the request also reports its progress).
 * `caughtUpAt`: see the fetchRequest task.
 */
export function sendFetchRequest(ctx: Ctx, p: PartitionState, follower: ReplicaState, caughtUpAt = -1): void {
  if (p.leader === null || p.leader === follower.brokerId || follower.fetchInFlight) return
  if (!canFetch(ctx, follower.brokerId)) return
  // Behind the leader's log start offset, a fetch gets OFFSET_OUT_OF_RANGE: the follower empties its log and starts
  // again at the log start offset (the fetcher's truncateFullyAndStartAt), folded here into the next request.
  if (follower.logEndOffset < p.logStartOffset) follower.logEndOffset = p.logStartOffset
  follower.fetchInFlight = true
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'fetchRequest',
    sentAt: ctx.state.timeMs,
    topic: p.topic,
    partition: p.partition,
    leader: p.leader,
    follower: follower.brokerId,
    leaderEpoch: p.leaderEpoch,
    fetchOffset: follower.logEndOffset,
    caughtUpAt,
  })
}

/** The leader answers a fetch with every record past `fromOffset` it has now. */
function sendFetchResponse(ctx: Ctx, p: PartitionState, follower: ReplicaState, fromOffset: number): void {
  if (p.leader === null) return
  follower.fetchInFlight = true
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'fetchResponse',
    sentAt: ctx.state.timeMs,
    topic: p.topic,
    partition: p.partition,
    leader: p.leader,
    follower: follower.brokerId,
    leaderEpoch: p.leaderEpoch,
    fromOffset,
    toOffset: p.logEndOffset,
  })
}

/**
 * New records at the leader wake the followers whose fetch was parked there (long polling). A parked follower
 * was caught up until this moment: Kafka's follower re-sends its fetch every replica.fetch.wait.max.ms while idle,
 * so the leader never sees an idle follower as lagging.
 */
export function wakeParkedFollowers(ctx: Ctx, p: PartitionState): void {
  for (const r of p.replicas) {
    if (r.brokerId === p.leader || r.fetchInFlight || !canFetch(ctx, r.brokerId)) continue
    if (r.fetchOffsetAtLeader < p.logEndOffset) {
      r.lastCaughtUpMs = ctx.state.timeMs
      sendFetchResponse(ctx, p, r, Math.max(r.fetchOffsetAtLeader, p.logStartOffset))
    }
  }
}

/** Every follower that is up starts (or restarts) its fetch loop against the current leader. */
export function startFollowers(ctx: Ctx, p: PartitionState): void {
  for (const r of p.replicas) sendFetchRequest(ctx, p, r)
}

function isStale(ctx: Ctx, p: PartitionState, task: FetchResponse | FetchRequest): boolean {
  return (
    p.leaderEpoch !== task.leaderEpoch ||
    p.leader !== task.leader ||
    !findBroker(ctx.state, task.leader)?.alive
  )
}

/**
 * After a fetch that went nowhere: fetch again from the current leader, unless that leader is the dead one the fetch
 * was for. Then the follower waits for the controller to name a new leader (startFollowers) instead of calling the
 * dead one every millisecond (Kafka's fetcher backs off replica.fetch.backoff.ms and is moved on a leader change).
 */
function fetchAgainAfterStale(
  ctx: Ctx,
  p: PartitionState,
  follower: ReplicaState,
  task: FetchResponse | FetchRequest,
): void {
  const leaderDown =
    p.leader === task.leader &&
    p.leaderEpoch === task.leaderEpoch &&
    !findBroker(ctx.state, task.leader)?.alive
  if (!leaderDown) sendFetchRequest(ctx, p, follower)
}

/** The follower receives records and appends them; then it fetches again, reporting its new log end offset. */
export function onFetchResponse(ctx: Ctx, task: FetchResponse): void {
  const p = findPartition(ctx.state, task.topic, task.partition)
  const follower = p && replicaOf(p, task.follower)
  if (!p || !follower) return
  follower.fetchInFlight = false
  if (isStale(ctx, p, task) || !canFetch(ctx, follower.brokerId)) {
    fetchAgainAfterStale(ctx, p, follower, task)
    return
  }
  const to = Math.min(task.toOffset, p.logEndOffset)
  if (task.fromOffset > follower.logEndOffset) follower.logEndOffset = task.fromOffset // it was behind the log start
  if (to > follower.logEndOffset) {
    const from = follower.logEndOffset
    follower.logEndOffset = to
    emit(ctx, {
      type: 'replicaFetched',
      topic: p.topic,
      partition: p.partition,
      leader: task.leader,
      follower: task.follower,
      fromOffset: from,
      toOffset: to,
    })
  }
  sendFetchRequest(ctx, p, follower, follower.logEndOffset >= task.toOffset ? task.sentAt : -1)
}

/** The leader learns how far the follower got: the ISR may grow, the high watermark may advance. */
export function onFetchRequest(ctx: Ctx, task: FetchRequest): void {
  const p = findPartition(ctx.state, task.topic, task.partition)
  const follower = p && replicaOf(p, task.follower)
  if (!p || !follower) return
  follower.fetchInFlight = false
  if (isStale(ctx, p, task) || !canFetch(ctx, follower.brokerId)) {
    fetchAgainAfterStale(ctx, p, follower, task)
    return
  }
  const now = ctx.state.timeMs
  follower.fetchOffsetAtLeader = Math.min(task.fetchOffset, p.logEndOffset)
  // Replica.updateFetchState: at the end now, or at least at the end the leader had when it last answered.
  if (follower.fetchOffsetAtLeader >= p.logEndOffset) follower.lastCaughtUpMs = now
  else if (task.caughtUpAt > follower.lastCaughtUpMs) follower.lastCaughtUpMs = task.caughtUpAt
  maybeExpandIsr(ctx, p, follower)
  maybeAdvanceHighWatermark(ctx, p)
  if (follower.fetchOffsetAtLeader < p.logEndOffset)
    sendFetchResponse(ctx, p, follower, follower.fetchOffsetAtLeader)
}

/** A follower rejoins the ISR once it has everything up to the high watermark (Partition.isFollowerInSync). */
function maybeExpandIsr(ctx: Ctx, p: PartitionState, follower: ReplicaState): void {
  if (p.isr.includes(follower.brokerId)) return
  if (follower.fetchOffsetAtLeader < p.highWatermark) return
  const order = p.replicas.map((r) => r.brokerId)
  p.isr = [...p.isr, follower.brokerId].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  emit(ctx, {
    type: 'isrExpanded',
    topic: p.topic,
    partition: p.partition,
    brokerId: follower.brokerId,
    isr: [...p.isr],
  })
}

/** The effective min.insync.replicas: capped at the replication factor. */
export function effectiveMinIsr(minInsyncReplicas: number, replicationFactor: number): number {
  return Math.min(minInsyncReplicas, replicationFactor)
}

/**
 * HW = the smallest log end offset among the leader and its ISR, as the leader knows them. It never goes back,
 * and it does not move while the ISR is smaller than min.insync.replicas (Partition.maybeIncrementLeaderHW).
 */
export function maybeAdvanceHighWatermark(ctx: Ctx, p: PartitionState): void {
  if (p.leader === null) return
  const minIsr = findTopic(ctx.state, p.topic)?.config.minInsyncReplicas ?? 1
  if (p.isr.length < effectiveMinIsr(minIsr, p.replicas.length)) return
  let hw = p.logEndOffset
  for (const id of p.isr) {
    if (id === p.leader) continue
    const r = replicaOf(p, id)
    if (r) hw = Math.min(hw, r.fetchOffsetAtLeader)
  }
  if (hw <= p.highWatermark) return
  const from = p.highWatermark
  p.highWatermark = hw
  emit(ctx, { type: 'highWatermarkAdvanced', topic: p.topic, partition: p.partition, from, to: hw })
  completePendingAcks(ctx, p)
}

/** acks=all requests in purgatory complete once the high watermark covers their last record. */
function completePendingAcks(ctx: Ctx, p: PartitionState): void {
  if (p.leader === null) return
  const hw = p.highWatermark
  const pending = p.pendingAcks
  let kept = 0
  for (let i = 0; i < pending.length; i++) {
    const a = pending[i]!
    if (a.lastOffset >= hw) {
      pending[kept++] = a
      continue
    }
    schedule(ctx, ctx.state.config.networkDelayMs, {
      kind: 'produceResponse',
      sentAt: ctx.state.timeMs,
      producerId: a.producerId,
      brokerId: p.leader,
      requestId: a.requestId,
      topic: p.topic,
      partition: p.partition,
      batchId: a.batchId,
      error: null,
      baseOffset: a.baseOffset,
    })
  }
  pending.length = kept
}

/** The leader's periodic check (every replica.lag.time.max.ms / 2): followers not caught up for too long leave. */
export function expireLaggingReplicas(ctx: Ctx): void {
  const now = ctx.state.timeMs
  const maxLag = ctx.state.config.replicaLagTimeMaxMs
  for (const topic of Object.values(ctx.state.topics)) {
    for (const p of topic.partitions) {
      if (p.leader === null || !findBroker(ctx.state, p.leader)?.alive) continue
      const lagging = p.isr.filter((id) => {
        if (id === p.leader) return false
        const r = replicaOf(p, id)
        return r !== undefined && r.fetchOffsetAtLeader < p.logEndOffset && now - r.lastCaughtUpMs > maxLag
      })
      for (const id of lagging) {
        p.isr = p.isr.filter((x) => x !== id)
        emit(ctx, {
          type: 'isrShrunk',
          topic: p.topic,
          partition: p.partition,
          brokerId: id,
          isr: [...p.isr],
          reason: 'lagging',
        })
      }
      if (lagging.length > 0) maybeAdvanceHighWatermark(ctx, p)
    }
  }
}
