import { describe, expect, it } from 'vitest'
import type { Simulation } from './createSimulation'
import { canDeserialize } from './deserialization'
import { eventsOf, must, recordsOf, testCluster } from './testCluster'
import { clusterView } from './views'

const json = (value: string) => ({ partition: 0, offset: 0, key: null, value, format: 'json' as const })

describe('value deserializers', () => {
  it('JSON fails on what does not parse and on Avro framing; Avro needs its framing; text and bytes read anything', () => {
    expect(canDeserialize('json', json('{"a":1}'))).toBe(true)
    expect(canDeserialize('json', { ...json('42'), format: 'text' })).toBe(true)
    expect(canDeserialize('json', { ...json('hello'), format: 'text' })).toBe(false)
    expect(canDeserialize('json', { ...json('{"a":1}'), format: 'avro' })).toBe(false)
    expect(canDeserialize('avro', json('{"a":1}'))).toBe(false)
    expect(canDeserialize('avro', { ...json('x'), format: 'avro' })).toBe(true)
    for (const f of ['text', 'any'] as const)
      expect(canDeserialize(f, { ...json('\u0000bytes'), format: 'avro' })).toBe(true)
  })
})

/** Two partitions of JSON records, one text record in the middle of partition 0. */
function poisoned(): Simulation {
  const sim = testCluster({ config: { networkDelayMs: 5 } })
  must(sim, { type: 'createTopic', name: 'orders', partitions: 2, replicationFactor: 3 })
  must(sim, { type: 'createTopic', name: 'orders.DLT', partitions: 1, replicationFactor: 3 })
  for (let i = 0; i < 10; i++)
    must(sim, { type: 'produce', topic: 'orders', partition: i % 2, value: `{"n":${i}}`, format: 'json' })
  must(sim, { type: 'produce', topic: 'orders', partition: 0, value: 'not json', format: 'text' })
  for (let i = 10; i < 20; i++)
    must(sim, { type: 'produce', topic: 'orders', partition: i % 2, value: `{"n":${i}}`, format: 'json' })
  sim.advance(1000)
  return sim
}
const group = (sim: Simulation, id: string) => clusterView(sim.state).groups.find((g) => g.groupId === id)!
const reader = (extra: Record<string, unknown>) => ({
  type: 'addConsumer',
  groupId: 'g',
  topic: 'orders',
  autoOffsetReset: 'earliest',
  ratePerSec: 20,
  maxPollRecords: 3,
  valueFormat: 'json',
  ...extra,
})

describe('records a consumer cannot read', () => {
  it("fail (the default): the member is stuck at that offset, its lag stays, and the group's other member carries on", () => {
    const sim = poisoned()
    must(sim, reader({}))
    must(sim, reader({}))
    const events = sim.advance(30_000)
    const g = group(sim, 'g')
    const stuck = sim.state.consumers.find((c) => c.stuckAt !== null)!
    expect(stuck.stuckAt).toEqual({ partition: 0, offset: 5 })
    expect(eventsOf(events, 'recordNotDeserialized')).toMatchObject([
      { partition: 0, offset: 5, format: 'text', expected: 'json', handling: 'fail' },
    ])
    expect(g.committed['orders-0']).toBe(5)
    expect(g.lag['orders-0']).toBe(6)
    expect(g.committed['orders-1']).toBe(10)
    expect(g.lag['orders-1']).toBe(0)
    // Still polling and heartbeating: nobody times it out.
    expect(eventsOf(events, 'consumerLeft')).toEqual([])
    expect(
      clusterView(sim.state).groups[0]!.members.find((m) => m.memberId === stuck.memberId)!.stuckAt,
    ).toEqual({ partition: 'orders-0', offset: 5 })
  })

  it('skip: the member seeks past it, counted once as skipped, and reads on', () => {
    const sim = poisoned()
    must(sim, reader({ onDeserializationError: 'skip' }))
    sim.advance(30_000)
    const g = group(sim, 'g')
    expect(g.skipped).toBe(1)
    expect(g.committed['orders-0']).toBe(11)
    expect(g.members[0]!.processed).toBe(20)
  })

  it('deadLetter: the record goes to the dead-letter topic as it was, counted once, and the member reads on', () => {
    const sim = poisoned()
    must(sim, reader({ onDeserializationError: 'deadLetter', deadLetterTopic: 'orders.DLT' }))
    sim.advance(30_000)
    const g = group(sim, 'g')
    expect(g.deadLettered).toBe(1)
    expect(g.skipped).toBe(0)
    expect(g.committed['orders-0']).toBe(11)
    expect(recordsOf(sim, 'orders.DLT', 0).map((r) => [r.value, r.format])).toEqual([['not json', 'text']])
  })

  it('a member that reads bytes never fails', () => {
    const sim = poisoned()
    must(sim, reader({ valueFormat: 'any' }))
    sim.advance(30_000)
    expect(group(sim, 'g').members[0]!.processed).toBe(21)
  })

  it('refuses a dead-letter handling without a topic, or into the topic it reads, changing nothing', () => {
    const sim = poisoned()
    const before = JSON.stringify(sim.state)
    expect(sim.dispatch(reader({ onDeserializationError: 'deadLetter' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/deadLetterTopic/),
    })
    expect(
      sim.dispatch(reader({ onDeserializationError: 'deadLetter', deadLetterTopic: 'nope' })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/does not exist/) })
    expect(
      sim.dispatch(reader({ onDeserializationError: 'deadLetter', deadLetterTopic: 'orders' })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/reads/) })
    expect(sim.dispatch(reader({ valueFormat: 'xml' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/valueFormat/),
    })
    expect(sim.dispatch(reader({ deadLetterTopic: 'orders.DLT' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only used/),
    })
    expect(JSON.stringify(sim.state)).toBe(before)
  })
})
