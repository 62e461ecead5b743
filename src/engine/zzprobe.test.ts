import { it } from 'vitest'
import { createSimulation } from './createSimulation'
import { heapPop } from './queue'
it('count', () => {
  const sim = createSimulation({ seed: 1, brokers: 3, config: { networkDelayMs: 1 } })
  sim.dispatch({ type: 'createTopic', name: 'purchases', partitions: 6, replicationFactor: 3, config: { minInsyncReplicas: 2, retentionMs: 600000 } })
  sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'a', keys: 'customers', ratePerSec: 50 })
  sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'b', keys: 'none', ratePerSec: 50 })
  sim.dispatch({ type: 'addProducer', topic: 'purchases', id: 'c', keys: { prefix: 'device-', count: 1000 }, ratePerSec: 50 })
  sim.advance(60000)
  const counts = new Map<string, number>()
  const q = sim.state.queue
  const orig = q.length
  // count tasks processed over 60 s by wrapping the heap: sample the queue kinds instead
  const ev = new Map<string, number>()
  const evs = sim.advance(60000)
  for (const e of evs) ev.set(e.type, (ev.get(e.type) ?? 0) + 1)
  for (const t of sim.state.queue) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1)
  console.log('queue size', orig, sim.state.queue.length, [...counts])
  console.log('events per 60s', evs.length, [...ev])
  void heapPop
})
