import { describe, expect, it } from 'vitest'
import { clusterView, recordViews } from '../engine'
import { defaultScenario } from '../scenarios/builtins'
import { buildSimulation } from '../scenarios/scenario'
import { cloneState, cloneStateCounted } from './cloneState'

describe('cloneState', () => {
  it('copies every container, so the live run going on does not change the copy', () => {
    const sim = buildSimulation(defaultScenario)
    sim.advance(45_000)
    const copy = cloneState(sim.state)
    const before = JSON.stringify(copy)
    const view = clusterView(copy)
    const records = recordViews(copy, 'purchases', 0)

    // Mutate the live state in every way the engine can: time, appends, a kill, an election, truncation, a quiet day.
    expect(sim.dispatch({ type: 'killBroker', brokerId: 1 }).ok).toBe(true)
    sim.advance(20_000)
    expect(sim.dispatch({ type: 'restartBroker', brokerId: 1 }).ok).toBe(true)
    expect(sim.dispatch({ type: 'produce', topic: 'purchases', key: 'k', value: 'v' }).ok).toBe(true)
    expect(sim.dispatch({ type: 'createTopic', name: 'late', partitions: 2, replicationFactor: 2 }).ok).toBe(
      true,
    )
    sim.advance(60_000)
    expect(sim.dispatch({ type: 'quietProducers', forMs: 86_400_000 }).ok).toBe(true)
    sim.advance(86_400_000)

    expect(JSON.stringify(copy)).toBe(before)
    expect(clusterView(copy)).toEqual(view)
    expect(recordViews(copy, 'purchases', 0)).toEqual(records)
    expect(clusterView(sim.state)).not.toEqual(view)
  })

  it('shares the immutable records and keeps the shape (an aliased list stays one list)', () => {
    const sim = buildSimulation(defaultScenario)
    sim.advance(90_000)
    const segments = sim.state.topics.purchases!.partitions[0]!.segments
    expect(segments.length).toBeGreaterThan(1)
    const { state: copy, slots } = cloneStateCounted(sim.state)
    const copiedSegments = copy.topics.purchases!.partitions[0]!.segments
    expect(copiedSegments).not.toBe(segments)
    // Closed segments: new segment objects around the same (never changed) record list.
    expect(copiedSegments[0]).not.toBe(segments[0])
    expect(copiedSegments[0]!.records).toBe(segments[0]!.records)
    // The active segment's list grows in place: it is copied, its records shared.
    const live = segments[segments.length - 1]!
    const copied = copiedSegments[copiedSegments.length - 1]!
    expect(copied.records).not.toBe(live.records)
    copied.records.forEach((r, i) => expect(r).toBe(live.records[i]))
    expect(slots).toBeGreaterThan(0)
    // A produce request on the wire carries its batch's record list: the copy keeps the two as one list.
    const shared = [1, 2]
    const aliased = {
      ...sim.state,
      producersQuietUntil: 0,
      queue: [...sim.state.queue],
    } as typeof sim.state & { extra: unknown }
    aliased.extra = { a: shared, b: shared }
    const aliasCopy = cloneState(aliased) as typeof aliased
    const extra = aliasCopy.extra as { a: unknown; b: unknown }
    expect(extra.a).toBe(extra.b)
    expect(extra.a).not.toBe(shared)
  })

  it('keeps a topic named __proto__ an own, plain entry', () => {
    const sim = buildSimulation({ id: 'p', seed: 1, brokers: 1, config: {}, commands: [] })
    expect(
      sim.dispatch({ type: 'createTopic', name: '__proto__', partitions: 1, replicationFactor: 1 }).ok,
    ).toBe(true)
    const copy = cloneState(sim.state)
    expect(Object.prototype.hasOwnProperty.call(copy.topics, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(copy.topics)).toBe(Object.prototype)
    expect(JSON.stringify(copy)).toBe(JSON.stringify(sim.state))
  })
})
