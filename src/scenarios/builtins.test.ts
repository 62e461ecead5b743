import { describe, expect, it } from 'vitest'
import { clusterView, MAX_PARTITIONS_PER_TOPIC } from '../engine'
import { LOAD_TASK_LIMIT } from '../store/loadRun'
import { BUILTIN_SCENARIOS, builtinScenario, largeScenario } from './builtins'
import { buildSimulation } from './scenario'

describe('built-in scenes', () => {
  it.each(Object.keys(BUILTIN_SCENARIOS))('%s builds within the load limit and is found by its id', (id) => {
    const sc = builtinScenario(id)!
    expect(sc.id).toBe(id)
    expect(() => buildSimulation(sc, LOAD_TASK_LIMIT)).not.toThrow()
  })

  it('knows no other ids (nor inherited names)', () => {
    expect(builtinScenario('huge')).toBeUndefined()
    expect(builtinScenario('toString')).toBeUndefined()
  })
})

describe('the large scene', () => {
  it('is a topic at the simulator’s own partition limit, on 30 brokers, replication factor 3', () => {
    const v = clusterView(buildSimulation(largeScenario).state)
    const topic = v.topics.find((t) => !t.internal)!
    expect(topic.partitions).toHaveLength(MAX_PARTITIONS_PER_TOPIC)
    expect(MAX_PARTITIONS_PER_TOPIC).toBe(1000)
    expect(v.brokers).toHaveLength(30)
    expect(topic.partitions.every((p) => p.replicas.length === 3 && p.leader !== null)).toBe(true)
    // Placement spreads the leaders: no broker leads much more than its share (1000 / 30).
    const leads = new Map<number, number>()
    for (const p of topic.partitions) leads.set(p.leader!, (leads.get(p.leader!) ?? 0) + 1)
    expect(leads.size).toBe(30)
    expect(Math.max(...leads.values())).toBeLessThanOrEqual(40)
  })

  it('writes a few hundred records a second and both groups read them', () => {
    const sim = buildSimulation(largeScenario)
    sim.advance(10_000)
    const v = clusterView(sim.state)
    const written = v.topics.find((t) => !t.internal)!.partitions.reduce((n, p) => n + p.logEndOffset, 0)
    expect(written).toBeGreaterThan(2000)
    expect(written).toBeLessThan(3000)
    expect(v.producers.every((p) => p.failed === 0)).toBe(true)
    expect(v.groups.map((g) => [g.groupId, g.phase])).toEqual([
      ['dashboards', 'Stable'],
      ['archiver', 'Stable'],
    ])
    expect(v.groups.every((g) => Object.keys(g.committed).length > 0)).toBe(true)
  })
})
