import { brokerCommands } from './brokerCommands'
import { consumerCommands } from './consumerCommands'
import { onConsumerFetchResponse, onOffsetCommit } from './consumers'
import { onAutoCommit, onConsumerTick, onPollTimer } from './pollLoop'
import { onMemberHeartbeat } from './consumerProtocol'
import { onMemberSessionTimeout, onRebalanceNotice, onRebalanceStep } from './groupCoordinator'
import { onBrokerRegistration, onSessionTimeout } from './brokers'
import { type CommandHandler, type CommandResult, refuse } from './commands'
import {
  clusterConfigProblem,
  KAFKA_CLUSTER_DEFAULTS,
  LOG_CLEANER_BACKOFF_MS,
  type ClusterConfig,
} from './config'
import { findBroker, findTopic, schedule, type Ctx } from './context'
import { balanceLeaders } from './controller'
import type { SimEvent } from './events'
import { brokerId } from './ids'
import { deleteExpiredSegments } from './log'
import { runLogCleaner } from './logCleaner'
import { onProduceAckTimeout, onProduceRequest } from './produceHandler'
import { producerCommands } from './producerCommands'
import {
  onDeliveryTimeout,
  onLingerExpired,
  onMetadataMaxAge,
  onMetadataResponse,
  onMetadataRetry,
  onProduceResponse,
  onRetryBatch,
} from './producerResponses'
import { onProducerTick } from './producers'
import { heapPeek, heapPop } from './queue'
import { expireLaggingReplicas, onFetchRequest, onFetchResponse } from './replication'
import type { SimState } from './state'
import type { Task } from './tasks'
import { topicCommands } from './topicCommands'
import { describe, isRecord } from './validate'

export interface SimulationOptions {
  seed: number
  /** Cluster settings; anything left out keeps Kafka's default. */
  config?: Partial<ClusterConfig>
  /** How many brokers start registered (ids 1..n). */
  brokers?: number
}

const HANDLERS: Record<string, CommandHandler> = {
  ...brokerCommands,
  ...topicCommands,
  ...producerCommands,
  ...consumerCommands,
}

export const ENGINE_COMMAND_TYPES: readonly string[] = Object.keys(HANDLERS)

/**
 * The starting state: registered brokers, no topics, the controller's periodic checks scheduled. Settings out of
 * range (CLUSTER_TIMING_LIMITS) throw: callers check untrusted ones first (a scene file's schema does).
 */
export function initialState(options: SimulationOptions): SimState {
  const config = { ...KAFKA_CLUSTER_DEFAULTS, ...options.config }
  const problem = clusterConfigProblem(config)
  if (problem) throw new Error(problem)
  const state: SimState = {
    version: 1,
    seed: options.seed,
    timeMs: 0,
    rng: options.seed | 0,
    seq: 0,
    nextRequestId: 1,
    config,
    brokers: [],
    topics: {},
    producers: [],
    producersQuietUntil: 0,
    groups: {},
    consumers: [],
    queue: [],
  }
  const count = options.brokers ?? 3
  for (let i = 1; i <= count; i++) {
    state.brokers.push({
      id: brokerId(i),
      alive: true,
      fenced: false,
      incarnation: 0,
      registeredAt: 0,
      stalled: false,
      fenceAt: -1,
    })
  }
  const ctx: Ctx = { state, events: [] }
  schedule(ctx, config.replicaLagTimeMaxMs / 2, { kind: 'isrExpiration' })
  schedule(ctx, config.retentionCheckIntervalMs, { kind: 'retentionCheck' })
  schedule(ctx, LOG_CLEANER_BACKOFF_MS, { kind: 'logCleaner' })
  if (config.autoLeaderRebalanceEnable)
    schedule(ctx, config.leaderImbalanceCheckIntervalMs, { kind: 'leaderImbalanceCheck' })
  return state
}

/** Applies one command to the state: checked whole first, so a refusal changes nothing. Never throws. */
export function applyCommand(
  state: SimState,
  command: unknown,
): { result: CommandResult; events: SimEvent[] } {
  const ctx: Ctx = { state, events: [] }
  if (!isRecord(command))
    return {
      result: refuse(`A command must be an object with a type, got ${describe(command)}.`),
      events: [],
    }
  const type = command.type
  const handler =
    typeof type === 'string' && Object.prototype.hasOwnProperty.call(HANDLERS, type)
      ? HANDLERS[type]
      : undefined
  if (!handler) return { result: refuse(`Unknown command type ${describe(type)}.`), events: [] }
  return { result: handler(ctx, command), events: ctx.events }
}

function runTask(ctx: Ctx, task: Task): void {
  const s = ctx.state
  switch (task.kind) {
    case 'produceRequest':
      return onProduceRequest(ctx, task)
    case 'produceResponse':
      return onProduceResponse(ctx, task)
    case 'fetchResponse':
      return onFetchResponse(ctx, task)
    case 'fetchRequest':
      return onFetchRequest(ctx, task)
    case 'metadataResponse':
      return onMetadataResponse(ctx, task)
    case 'producerTick':
      return onProducerTick(ctx, task.producerId)
    case 'lingerExpired':
      return onLingerExpired(ctx, task)
    case 'retryBatch':
      return onRetryBatch(ctx, task)
    case 'deliveryTimeout':
      return onDeliveryTimeout(ctx, task)
    case 'metadataMaxAge':
      return onMetadataMaxAge(ctx, task)
    case 'metadataRetry':
      return onMetadataRetry(ctx, task)
    case 'produceAckTimeout':
      return onProduceAckTimeout(ctx, task)
    case 'sessionTimeout': {
      const b = findBroker(s, task.brokerId)
      return b && onSessionTimeout(ctx, b, task.incarnation)
    }
    case 'brokerRegistration': {
      const b = findBroker(s, task.brokerId)
      return b && onBrokerRegistration(ctx, b, task.incarnation)
    }
    case 'isrExpiration':
      expireLaggingReplicas(ctx)
      return schedule(ctx, s.config.replicaLagTimeMaxMs / 2, { kind: 'isrExpiration' })
    case 'retentionCheck':
      for (const t of Object.values(s.topics))
        for (const p of t.partitions) deleteExpiredSegments(ctx, p, t.config)
      return schedule(ctx, s.config.retentionCheckIntervalMs, { kind: 'retentionCheck' })
    case 'logCleaner':
      runLogCleaner(ctx)
      return schedule(ctx, LOG_CLEANER_BACKOFF_MS, { kind: 'logCleaner' })
    case 'consumerFetchResponse':
      return onConsumerFetchResponse(ctx, task)
    case 'offsetCommit':
      return onOffsetCommit(ctx, task)
    case 'consumerTick':
      return onConsumerTick(ctx, task.memberId)
    case 'autoCommit':
      return onAutoCommit(ctx, task.memberId)
    case 'rebalanceNotice':
      return onRebalanceNotice(ctx, task.memberId)
    case 'pollTimer':
      return onPollTimer(ctx, task.memberId)
    case 'memberHeartbeat':
      return onMemberHeartbeat(ctx, task.memberId)
    case 'memberSessionTimeout':
      return onMemberSessionTimeout(ctx, task.groupId, task.memberId)
    case 'rebalanceStep':
      return onRebalanceStep(ctx, task.groupId, task.generation, task.step)
    case 'leaderImbalanceCheck':
      balanceLeaders(ctx)
      return schedule(ctx, s.config.leaderImbalanceCheckIntervalMs, { kind: 'leaderImbalanceCheck' })
  }
}

/** Runs every task due up to `timeMs` (inclusive), then sets the clock there. */
export function advanceTo(state: SimState, timeMs: number, events: SimEvent[] = []): SimEvent[] {
  advanceWithin(state, timeMs, Infinity, events)
  return events
}

/**
 * Like advanceTo, but runs at most `maxTasks` tasks. Returns how many it ran; when the limit stops it short of
 * `timeMs`, the clock stays at the last task run (so the same call again carries on exactly where it stopped).
 */
export function advanceWithin(
  state: SimState,
  timeMs: number,
  maxTasks: number,
  events: SimEvent[] = [],
): number {
  const ctx: Ctx = { state, events }
  const queue = state.queue
  let ran = 0
  for (;;) {
    const next = queue[0] // the heap's top
    if (next === undefined || next.at > timeMs) break
    if (ran >= maxTasks) return ran
    heapPop(queue)
    state.timeMs = next.at
    runTask(ctx, next)
    ran++
  }
  if (timeMs > state.timeMs) state.timeMs = timeMs
  return ran
}

/** The time of the next scheduled task, if any. */
export function nextTaskTime(state: SimState): number | undefined {
  return heapPeek(state.queue)?.at
}

/** Runs the tasks of the next instant that does something visible (emits at least one event), up to a limit. */
export function stepToNextEvent(state: SimState, limitMs: number): SimEvent[] {
  const until = state.timeMs + limitMs
  for (;;) {
    const at = nextTaskTime(state)
    if (at === undefined || at > until) {
      advanceTo(state, until)
      return []
    }
    const events = advanceTo(state, at)
    if (events.length > 0) return events
  }
}

export { findTopic }
