import { MAX_BROKERS } from './config'
import { findBroker, type Ctx } from './context'
import { addBroker, killBroker, restartBroker, setStalled } from './brokers'
import { OK, refuse, type CommandHandler } from './commands'
import type { BrokerState } from './state'
import { bool, wholeNumber } from './validate'

function brokerFrom(ctx: Ctx, v: unknown): BrokerState | string {
  const id = wholeNumber(v, 'brokerId', 0, Number.MAX_SAFE_INTEGER)
  if (!id.ok) return id.error
  return findBroker(ctx.state, id.value) ?? `Broker ${id.value} does not exist.`
}

export const brokerCommands: Record<string, CommandHandler> = {
  addBroker(ctx) {
    if (ctx.state.brokers.length >= MAX_BROKERS)
      return refuse(`A cluster may have at most ${MAX_BROKERS} brokers here.`)
    addBroker(ctx)
    return OK
  },
  killBroker(ctx, input) {
    const b = brokerFrom(ctx, input.brokerId)
    if (typeof b === 'string') return refuse(b)
    if (!b.alive) return refuse(`Broker ${b.id} is already stopped.`)
    killBroker(ctx, b)
    return OK
  },
  restartBroker(ctx, input) {
    const b = brokerFrom(ctx, input.brokerId)
    if (typeof b === 'string') return refuse(b)
    if (b.alive) return refuse(`Broker ${b.id} is already running.`)
    restartBroker(ctx, b)
    return OK
  },
  stallBroker(ctx, input) {
    const b = brokerFrom(ctx, input.brokerId)
    if (typeof b === 'string') return refuse(b)
    const stalled =
      input.stalled === undefined ? { ok: true as const, value: true } : bool(input.stalled, 'stalled')
    if (!stalled.ok) return refuse(stalled.error)
    if (!b.alive) return refuse(`Broker ${b.id} is stopped.`)
    setStalled(ctx, b, stalled.value)
    return OK
  },
}
