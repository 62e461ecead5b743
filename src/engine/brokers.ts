import { allPartitions, emit, schedule, type Ctx } from './context'
import { fenceBroker, unfenceBroker } from './controller'
import { brokerId as toBrokerId } from './ids'
import { replicaOf, startFollowers } from './replication'
import type { BrokerState } from './state'

/** A new broker registers with the controller and gets no partitions until a topic or reassignment uses it. */
export function addBroker(ctx: Ctx): BrokerState {
  const id = toBrokerId(ctx.state.brokers.reduce((m, b) => Math.max(m, b.id), 0) + 1)
  const broker: BrokerState = {
    id,
    alive: true,
    fenced: false,
    incarnation: 0,
    registeredAt: ctx.state.timeMs,
    stalled: false,
    fenceAt: -1,
  }
  ctx.state.brokers.push(broker)
  emit(ctx, { type: 'brokerAdded', brokerId: id })
  return broker
}

/** When the controller will fence a broker that stopped now: session timeout after its last heartbeat. */
export function fenceTime(ctx: Ctx, b: BrokerState): number {
  const { brokerHeartbeatIntervalMs: every, brokerSessionTimeoutMs: timeout } = ctx.state.config
  const now = ctx.state.timeMs
  const lastHeartbeat = b.registeredAt + Math.floor((now - b.registeredAt) / every) * every
  return lastHeartbeat + timeout
}

/**
 * The broker process dies (kill -9). Connections to it drop, so requests waiting in its purgatory fail at once;
 * the controller notices only when the heartbeats stop for broker.session.timeout.ms.
 */
export function killBroker(ctx: Ctx, b: BrokerState): void {
  b.alive = false
  const fenceAt = fenceTime(ctx, b)
  b.fenceAt = fenceAt
  emit(ctx, { type: 'brokerKilled', brokerId: b.id, fenceAt })
  for (const p of allPartitions(ctx.state)) {
    if (p.leader !== b.id || p.pendingAcks.length === 0) continue
    for (const a of p.pendingAcks) {
      schedule(ctx, ctx.state.config.networkDelayMs, {
        kind: 'produceResponse',
        sentAt: ctx.state.timeMs,
        producerId: a.producerId,
        brokerId: b.id,
        requestId: a.requestId,
        topic: p.topic,
        partition: p.partition,
        batchId: a.batchId,
        error: 'NETWORK_EXCEPTION',
        baseOffset: -1,
      })
    }
    p.pendingAcks = []
  }
  schedule(ctx, Math.max(0, fenceAt - ctx.state.timeMs), {
    kind: 'sessionTimeout',
    brokerId: b.id,
    incarnation: b.incarnation,
  })
}

/**
 * The process starts again with its log on disk. Its old registration is fenced at once (a new incarnation
 * replaces it); it registers a moment later, unfenced, and catches up as a follower.
 */
export function restartBroker(ctx: Ctx, b: BrokerState): void {
  b.alive = true
  b.incarnation += 1
  b.stalled = false
  b.fenceAt = -1
  emit(ctx, { type: 'brokerRestarted', brokerId: b.id })
  fenceBroker(ctx, b)
  schedule(ctx, ctx.state.config.networkDelayMs, {
    kind: 'brokerRegistration',
    brokerId: b.id,
    incarnation: b.incarnation,
  })
}

export function onSessionTimeout(ctx: Ctx, b: BrokerState, incarnation: number): void {
  if (b.incarnation !== incarnation || b.alive) return
  fenceBroker(ctx, b)
}

export function onBrokerRegistration(ctx: Ctx, b: BrokerState, incarnation: number): void {
  if (b.incarnation !== incarnation || !b.alive) return
  unfenceBroker(ctx, b)
}

/** A stalled broker keeps heartbeating but stops fetching: after replica.lag.time.max.ms it leaves the ISRs. */
export function setStalled(ctx: Ctx, b: BrokerState, stalled: boolean): void {
  b.stalled = stalled
  emit(ctx, { type: 'brokerStalled', brokerId: b.id, stalled })
  if (stalled) return
  for (const p of allPartitions(ctx.state)) if (replicaOf(p, b.id)) startFollowers(ctx, p)
}
