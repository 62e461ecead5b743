import { describe, expect, test } from 'vitest'
import { createSimulation, topicCollisionError, topicNameError } from '../../engine'
import { en } from '../../i18n/en'
import { es } from '../../i18n/es'
import { kafkaErrorExplanation } from './kafkaErrorExplanation'

describe('kafkaErrorExplanation', () => {
  test('explains the messages Kafka (and so the engine) writes', () => {
    expect(kafkaErrorExplanation(topicNameError('órdenes')!)).toBe('kafkaError.topicNameChars')
    expect(kafkaErrorExplanation(topicNameError('')!)).toBe('kafkaError.topicNameEmpty')
    expect(kafkaErrorExplanation(topicNameError('..')!)).toBe('kafkaError.topicNameDots')
    expect(kafkaErrorExplanation(topicNameError('x'.repeat(250))!)).toBe('kafkaError.topicNameLong')
    expect(kafkaErrorExplanation(topicCollisionError('a.b', ['a_b'])!)).toBe('kafkaError.topicCollides')
    const sim = createSimulation({ seed: 1, brokers: 1 })
    sim.dispatch({ type: 'createTopic', name: 'purchases', partitions: 1, replicationFactor: 1 })
    const again = sim.dispatch({
      type: 'createTopic',
      name: 'purchases',
      partitions: 1,
      replicationFactor: 1,
    })
    expect(again.ok ? '' : kafkaErrorExplanation(again.error)).toBe('kafkaError.topicExists')
    const rf = sim.dispatch({ type: 'createTopic', name: 'more', partitions: 1, replicationFactor: 3 })
    expect(rf.ok ? '' : kafkaErrorExplanation(rf.error)).toBe('kafkaError.replicationFactor')
    const partition = sim.dispatch({ type: 'produce', topic: 'purchases', value: 'x', partition: 5 })
    expect(partition.ok ? '' : kafkaErrorExplanation(partition.error)).toBe('kafkaError.invalidPartition')
  })

  test('says nothing of a message it does not know', () => {
    expect(kafkaErrorExplanation('Something else went wrong.')).toBeUndefined()
  })

  test('every explanation is in both languages, and the Spanish one is a translation', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('kafkaError.')) as (keyof typeof en)[]) {
      expect(es[key].length, key).toBeGreaterThan(10)
      expect(es[key], key).not.toBe(en[key])
    }
  })
})
