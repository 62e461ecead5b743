import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../engine'
import { LANGS } from '../../i18n/translate'
import { isNotable } from '../../store/notable'
import { eventCategory, eventTone } from './eventKind'
import { narrate } from './narrate'
import { ALL, SAMPLES, b } from './sampleEvents'
import { narrateGroup } from './story'

describe('narrate: every event type', () => {
  it.each(ALL.map((e) => [e.type, e] as const))(
    '%s reads as a full sentence in both languages',
    (_type, e) => {
      for (const lang of LANGS) {
        const s = narrate(e, lang)
        expect(s.length).toBeGreaterThan(20)
        expect(s).not.toMatch(/\{\w+\}/) // no placeholder left unfilled
        expect(s).not.toMatch(/undefined|NaN|null/)
        expect(s).toMatch(/[.)]$/)
      }
    },
  )

  it('tells each type differently in English and Spanish', () => {
    const same = ALL.filter((e) => narrate(e, 'en') === narrate(e, 'es')).map((e) => e.type)
    expect(same).toEqual([])
  })

  it('has a category and a tone for each type', () => {
    for (const e of ALL) {
      expect(eventCategory(e)).toBeTruthy()
      expect(eventTone(e)).toBeTruthy()
    }
  })

  it('tells variants: no leader, unclean, retries, timeouts, acks=0, truncation', () => {
    const none = narrate({ ...SAMPLES.leaderElected, leader: null, isr: [b(2)] }, 'en')
    expect(none).toBe(
      'Partition purchases-1 has no leader: no replica of the ISR [2] is alive. Producers must wait until one of them comes back.',
    )
    expect(narrate({ ...SAMPLES.leaderElected, reason: 'unclean' }, 'en')).toMatch(
      /Unclean leader election on purchases-1.*lost/,
    )
    expect(narrate({ ...SAMPLES.leaderElected, reason: 'unclean' }, 'es')).toMatch(/no limpia.*perdieron/)
    expect(narrate({ ...SAMPLES.produceFailed, error: 'TIMEOUT', willRetry: false }, 'en')).toBe(
      'Producer P1 gave up on 3 records for purchases-0: TIMEOUT (delivery.timeout.ms passed without an acknowledgement); the application receives the error.',
    )
    expect(narrate({ ...SAMPLES.produceAcked, baseOffset: -1 }, 'en')).toContain('acks=0')
    expect(narrate({ ...SAMPLES.recordsLost, reason: 'truncated' }, 'en')).toContain(
      'purchases-1 lost 3 records (offsets 12–14)',
    )
    expect(narrate({ ...SAMPLES.recordSent, attempt: 3 }, 'en')).toContain('(attempt 3)')
    expect(narrate({ ...SAMPLES.isrShrunk, reason: 'lagging' }, 'en')).toBe(
      'purchases-0: broker 2 left the ISR: it lagged more than replica.lag.time.max.ms. ISR now [1, 3].',
    )
    expect(narrate({ ...SAMPLES.producerRerouted, to: null }, 'en')).toContain('purchases-1 has no leader')
    expect(narrate({ ...SAMPLES.segmentDeleted, baseOffset: 41 }, 'en')).toContain('(offset 41)')
    expect(narrate({ ...SAMPLES.producerRateChanged, ratePerSec: 2.5 }, 'es')).toBe(
      'El productor P1 ahora envía 2,5 mensajes/s.',
    )
  })
})

describe('narrate: consumers and groups', () => {
  it('tells assignments, commits and losses in plain words', () => {
    expect(narrate(SAMPLES.groupStable, 'en')).toBe(
      'Group emails is stable (generation 2): emails-1 reads partitions 0 and 1; emails-2 reads partition 2; emails-3 sits idle. Each partition has exactly one owner in the group.',
    )
    expect(narrate(SAMPLES.groupStable, 'es')).toContain(
      'emails-1 lee las particiones 0 y 1; emails-2 lee la partición 2; emails-3 queda inactivo',
    )
    expect(narrate(SAMPLES.offsetsCommitted, 'en')).toContain('purchases-0 at 12 and purchases-1 at 7')
    expect(narrate(SAMPLES.partitionsAssigned, 'en')).toBe(
      'Consumer emails-1 now reads purchases-0 and purchases-1 (generation 2).',
    )
    expect(narrate({ ...SAMPLES.partitionsAssigned, partitions: [] }, 'en')).toContain('sits idle')
    expect(narrate(SAMPLES.recordsSkipped, 'en')).toContain(
      'will never process 1 record of purchases-1 (offset 12)',
    )
    expect(narrate({ ...SAMPLES.offsetOutOfRange, resetTo: null }, 'en')).toContain('auto.offset.reset=none')
    expect(narrate({ ...SAMPLES.recordProcessed, duplicate: true }, 'es')).toContain('duplicado')
    expect(narrate({ ...SAMPLES.consumerCrashed, processing: null }, 'en')).toBe(
      'Consumer emails-1 of group emails crashed. The coordinator notices only after session.timeout.ms (45 s); until then nobody reads its partitions.',
    )
  })
})

describe('narrate: the story of a failed broker', () => {
  it('kill', () => {
    expect(narrate(SAMPLES.brokerKilled, 'en')).toBe(
      'Broker 2 stopped. Its heartbeats stop too: the controller will fence it in 9 s, once broker.session.timeout.ms has passed since the last one.',
    )
    expect(narrate({ ...SAMPLES.brokerKilled, fenceAt: 17_000 }, 'es')).toContain('dentro de 7 s')
  })

  it('fence', () => {
    expect(narrate(SAMPLES.brokerFenced, 'en')).toMatch(
      /^The controller fenced broker 2: no heartbeat for 9 s\./,
    )
    expect(narrate(SAMPLES.brokerFenced, 'es')).toMatch(
      /^El controlador aisló \(fenced\) al broker 2: no recibió ningún heartbeat en 9 s\./,
    )
  })

  it('leader elected from the ISR', () => {
    expect(narrate(SAMPLES.leaderElected, 'en')).toBe(
      'Partition purchases-1 lost its leader; the controller chose broker 3 from the ISR [3, 1] (leader epoch 2).',
    )
    expect(narrate(SAMPLES.leaderElected, 'es')).toBe(
      'La partición purchases-1 perdió su líder; el controlador eligió al broker 3 del ISR [3, 1] (leader epoch 2).',
    )
  })

  it('ISR shrinks when fenced', () => {
    expect(narrate(SAMPLES.isrShrunk, 'en')).toBe(
      'purchases-0: broker 2 left the ISR: it is fenced. ISR now [1, 3].',
    )
  })

  it('producer rerouted', () => {
    expect(narrate(SAMPLES.producerRerouted, 'en')).toBe(
      'Producer P1 refreshed its metadata and now sends purchases-1 to broker 3, its new leader.',
    )
    expect(narrate(SAMPLES.producerRerouted, 'es')).toBe(
      'El productor P1 actualizó sus metadatos y ahora envía purchases-1 al broker 3, su nuevo líder.',
    )
  })

  it('rejoin', () => {
    expect(narrate(SAMPLES.isrExpanded, 'en')).toBe(
      'Broker 2 caught up and rejoined the ISR of purchases-0. ISR now [1, 2, 3].',
    )
    expect(narrate(SAMPLES.isrExpanded, 'es')).toBe(
      'El broker 2 se puso al día y volvió al ISR de purchases-0. ISR ahora: [1, 2, 3].',
    )
  })

  it('retention and a refused write', () => {
    expect(narrate(SAMPLES.segmentDeleted, 'en')).toBe(
      'Retention deleted a segment of purchases-0 (offsets 0–41): its newest record was older than retention.ms. The log now starts at offset 42; offsets are never reused.',
    )
    expect(narrate(SAMPLES.produceFailed, 'en')).toBe(
      'Producer P1 could not write to purchases-0: NOT_ENOUGH_REPLICAS (the ISR is smaller than min.insync.replicas); it will retry.',
    )
  })
})

describe('narrating a real run', () => {
  it('names the new leader after the leader of purchases-0 is killed', () => {
    const sim = createSimulation({ seed: 7, brokers: 3, config: { networkDelayMs: 5 } })
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
    sim.advance(3000)
    const oldLeader = sim.state.topics['purchases']!.partitions[0]!.leader!
    expect(sim.dispatch({ type: 'killBroker', brokerId: oldLeader })).toEqual({ ok: true })
    const notable = sim.advance(12_000).filter(isNotable)
    const newLeader = sim.state.topics['purchases']!.partitions[0]!.leader
    expect(newLeader).not.toBeNull()
    expect(newLeader).not.toBe(oldLeader)

    const lines = notable.map((e) => narrate(e, 'en'))
    expect(lines[0]).toMatch(new RegExp(`^Broker ${oldLeader} stopped\\.`))
    expect(lines).toContain(
      `The controller fenced broker ${oldLeader}: no heartbeat for 9 s. It leaves the ISRs, and the partitions it led need a new leader.`,
    )
    const election = lines.find((l) => l.startsWith('Partition purchases-0 lost its leader'))
    expect(election).toContain(`the controller chose broker ${newLeader} from the ISR`)
    expect(lines).toContain(
      `Producer P1 refreshed its metadata and now sends purchases-0 to broker ${newLeader}, its new leader.`,
    )

    const story = narrateGroup(notable, 'es', { max: Number.POSITIVE_INFINITY })
    expect(story).toContain(`el broker ${newLeader} para purchases-0`)
    for (const lang of LANGS) for (const e of notable) expect(narrate(e, lang)).not.toBe('')
  })
})
