import { describe, expect, it } from 'vitest'
import { createSimulation } from './createSimulation'
import { clusterView } from './views'

function purchases(networkDelayMs = 5) {
  const sim = createSimulation({ seed: 42, config: { networkDelayMs } })
  expect(
    sim.dispatch({
      type: 'createTopic',
      name: 'purchases',
      partitions: 3,
      replicationFactor: 3,
      config: { minInsyncReplicas: 2 },
    }),
  ).toEqual({ ok: true })
  expect(
    sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'P1', keys: 'customers', ratePerSec: 5 }),
  ).toEqual({ ok: true })
  expect(
    sim.dispatch({
      type: 'addProducer',
      topic: 'purchases',
      id: 'P2',
      keys: 'none',
      ratePerSec: 5,
      batchSize: 512,
    }),
  ).toEqual({ ok: true })
  return sim
}

describe('a running cluster', () => {
  it('appends, replicates and acknowledges', () => {
    const sim = purchases()
    sim.advance(10_000)
    const v = clusterView(sim.state)
    const parts = v.topics[0]!.partitions
    const total = parts.reduce((n, p) => n + p.logEndOffset, 0)
    expect(total).toBeGreaterThan(90)
    for (const p of parts) {
      expect(p.isr).toHaveLength(3)
      expect(p.highWatermark).toBeLessThanOrEqual(p.logEndOffset)
      expect(p.logEndOffset - p.highWatermark).toBeLessThan(5)
    }
    expect(v.producers[0]!.acked).toBeGreaterThan(45)
    expect(v.producers[0]!.failed).toBe(0)
  })

  it('elects a new leader from the ISR after the session timeout and the producer reroutes', () => {
    const sim = purchases()
    sim.advance(5_000)
    const before = clusterView(sim.state).topics[0]!.partitions[0]!
    const leader = before.leader!
    sim.dispatch({ type: 'killBroker', brokerId: leader })
    const events = sim.advance(12_000)
    const elected = events.filter((e) => e.type === 'leaderElected' && e.topic === 'purchases')
    expect(elected.length).toBeGreaterThan(0)
    const fenced = events.find((e) => e.type === 'brokerFenced')
    expect(fenced).toBeDefined()
    expect(fenced!.t).toBeGreaterThan(5_000 + 7_000 - 1)
    expect(fenced!.t).toBeLessThanOrEqual(5_000 + 9_000)
    const after = clusterView(sim.state).topics[0]!.partitions[0]!
    expect(after.leader).not.toBe(leader)
    expect(after.leader).not.toBeNull()
    expect(after.isr).not.toContain(leader)
    expect(after.logEndOffset).toBeGreaterThan(before.logEndOffset)
    expect(events.some((e) => e.type === 'producerRerouted' && e.partition === 0)).toBe(true)
    const p1 = clusterView(sim.state).producers.find((p) => p.id === 'P1')!
    expect(p1.leaders['purchases-0']).toBe(after.leader)
    sim.dispatch({ type: 'restartBroker', brokerId: leader })
    const back = sim.advance(5_000)
    expect(back.some((e) => e.type === 'isrExpanded' && e.brokerId === leader)).toBe(true)
  })
})
