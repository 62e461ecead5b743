import { useId, useMemo, useState, type FormEvent } from 'react'
import type { RecordFormat } from '../../engine'
import { useT } from '../../i18n/useT'
import type { ProduceFormFields } from '../../lessons/types'
import { currentStep } from '../../store/lessonSlice'
import { useLab, useLabStore } from '../../store/react'
import type { LabStore } from '../../store/simStore'
import { KafkaError } from './KafkaError'
import { PartitionDecisionView } from './PartitionDecisionView'
import {
  consoleProducerId,
  consoleProducerInfo,
  decidedPartition,
  decidePartition,
  writableTopics,
} from './partitionDecision'
import './forms.css'

const FORMATS: readonly RecordFormat[] = ['json', 'avro', 'text']
const DEFAULT_KEY = 'customer-42'
const DEFAULT_VALUE = '{"customer": "customer-42", "item": "coffee beans", "amount": 12.5}'

type Outcome = { ok: true; topic: string; partition: number | null } | { ok: false; error: string }

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Where a keyless record went: the sticky partition it was sent to, which the partitioner may have left right
 * after (the engine then says so in a stickyPartitionChanged event, `from` being where this record went).
 */
function stickyPartitionUsed(store: LabStore, topic: string): number | null {
  const id = consoleProducerId(topic)
  for (const e of store.getState().recent) {
    if (e.type === 'stickyPartitionChanged' && e.producerId === id) return e.from
  }
  const info = consoleProducerInfo(store.getState().sim.state, topic)
  return info && info.stickyPartition >= 0 ? info.stickyPartition : null
}

/** The form's fields before anyone touched them. */
/** The value of a record nobody reading JSON or Avro can deserialize. */
export const POISON_VALUE = 'oops: not JSON'

const PRODUCE_DEFAULTS: ProduceFormFields = {
  key: DEFAULT_KEY,
  noKey: false,
  value: DEFAULT_VALUE,
  format: 'json',
  partition: null,
}

/**
 * "Produce by hand": one record, with the producer's partition decision shown before it is sent. Each lesson step
 * (and each restart of one) starts the form afresh, with the step's own fields if it has any: nothing typed or
 * chosen in an earlier step carries over, nor the "sent to" line of a record sent there.
 */
export function ProduceForm() {
  const reset = useLab((s) => s.formsReset)
  const preset = useLab((s) => currentStep(s.lesson)?.produceForm)
  return <ProduceFormFieldsView key={reset} initial={{ ...PRODUCE_DEFAULTS, ...preset }} />
}

function ProduceFormFieldsView({ initial }: { initial: ProduceFormFields }) {
  const t = useT()
  const store = useLabStore()
  const id = useId()
  const topics = useLab((s) => writableTopics(s.sim.state))
  const [topicChoice, setTopicChoice] = useState(initial.topic ?? '')
  const topic = topics.find((x) => x.name === topicChoice) ?? topics[0]
  const topicName = topic?.name ?? ''
  const producer = useLab((s) => (topicName ? consoleProducerInfo(s.sim.state, topicName) : null))
  const topicLeaders = useLab((s) => {
    const state = s.sim.state
    return topicName && Object.hasOwn(state.topics, topicName)
      ? (state.topics[topicName]?.partitions.map((p) => p.leader) ?? [])
      : []
  })

  const [key, setKey] = useState(initial.key)
  const [noKey, setNoKey] = useState(initial.noKey)
  const [value, setValue] = useState(initial.value)
  const [tombstone, setTombstone] = useState(initial.tombstone === true)
  const [format, setFormat] = useState<RecordFormat>(initial.format)
  const [partitionChoice, setPartitionChoice] = useState(
    initial.partition === null ? '' : String(initial.partition),
  )
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const valueIsJson = useMemo(() => isJson(value), [value])

  if (!topic) {
    return (
      <section className="produce-form" aria-labelledby={`${id}-title`} data-anchor="control:produce">
        <h3 id={`${id}-title`} className="panel-title">
          {t('produce.title')}
        </h3>
        <p className="form-hint">{t('form.noTopics')}</p>
      </section>
    )
  }

  // The engine checks an explicit partition against the console producer's metadata when it exists.
  const selectable = producer ? producer.partitionCount : topic.partitions
  const explicit =
    partitionChoice !== '' && Number(partitionChoice) < selectable ? Number(partitionChoice) : null
  const recordKey = noKey ? null : key
  const decision = decidePartition({ key: recordKey, explicit, topicPartitions: topic.partitions, producer })
  const leaders = producer?.leaders ?? topicLeaders

  const send = (e: FormEvent, poison = false) => {
    e.preventDefault()
    const predicted = decidedPartition(decision)
    const command = {
      type: 'produce' as const,
      topic: topic.name,
      key: recordKey,
      // A record no JSON or Avro consumer can read: Kafka checks nothing, the consumer's deserializer does.
      ...(poison
        ? { value: POISON_VALUE, format: 'text' as const }
        : { value: tombstone ? null : value, format }),
      ...(explicit !== null ? { partition: explicit } : {}),
    }
    const result = store.getState().dispatch(command)
    if (!result.ok) {
      setOutcome({ ok: false, error: result.error })
      return
    }
    const partition =
      decision.kind === 'sticky' || decision.kind === 'stickyNew'
        ? stickyPartitionUsed(store, topic.name)
        : predicted
    setOutcome({ ok: true, topic: topic.name, partition })
  }

  const emptyKeyHint = !noKey && key === ''
  // Kafka refuses a keyless record on a compacted topic: the form says so before it is sent.
  const keylessRefused = noKey && topic.compacted
  return (
    <form
      className="produce-form"
      aria-labelledby={`${id}-title`}
      onSubmit={send}
      noValidate
      data-anchor="control:produce"
    >
      <h3 id={`${id}-title`} className="panel-title">
        {t('produce.title')}
      </h3>

      <div className="form-field">
        <label htmlFor={`${id}-topic`}>{t('produce.topic')}</label>
        <select id={`${id}-topic`} value={topic.name} onChange={(e) => setTopicChoice(e.target.value)}>
          {topics.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name}
            </option>
          ))}
        </select>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-key`}>{t('produce.key')}</label>
        <input
          id={`${id}-key`}
          type="text"
          className="mono"
          value={key}
          disabled={noKey}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={emptyKeyHint ? `${id}-key-hint` : undefined}
          onChange={(e) => setKey(e.target.value)}
        />
        <label className="form-check">
          <input type="checkbox" checked={noKey} onChange={(e) => setNoKey(e.target.checked)} />
          {t('produce.noKey')}
        </label>
        {emptyKeyHint && (
          <p id={`${id}-key-hint`} className="form-hint">
            {t('produce.emptyKey')}
          </p>
        )}
        {keylessRefused && (
          <p className="form-hint form-warning" data-testid="keyless-compacted">
            {t('produce.keylessCompacted', { topic: topic.name })}
          </p>
        )}
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-value`}>{t('produce.value')}</label>
        <textarea
          id={`${id}-value`}
          className="mono"
          rows={3}
          value={tombstone ? '' : value}
          disabled={tombstone}
          placeholder={tombstone ? 'null' : undefined}
          spellCheck={false}
          aria-describedby={format === 'json' && !valueIsJson && !tombstone ? `${id}-value-hint` : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <label className="form-check" title={t('produce.tombstoneHint')}>
          <input type="checkbox" checked={tombstone} onChange={(e) => setTombstone(e.target.checked)} />
          {t('produce.tombstone')}
        </label>
        {format === 'json' && !valueIsJson && !tombstone && (
          <p id={`${id}-value-hint`} className="form-hint">
            {t('produce.notJson')}
          </p>
        )}
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-format`}>{t('produce.format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value as RecordFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`produce.format.${f}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-partition`}>{t('produce.partition')}</label>
        <select
          id={`${id}-partition`}
          value={explicit === null ? '' : String(explicit)}
          onChange={(e) => setPartitionChoice(e.target.value)}
        >
          <option value="">{t('produce.partition.auto')}</option>
          {Array.from({ length: selectable }, (_, n) => (
            <option key={n} value={String(n)}>
              {t('produce.partition.option', { n })}
            </option>
          ))}
        </select>
      </div>

      <PartitionDecisionView id={`${id}-decision`} decision={decision} leaders={leaders} />

      <div className="produce-buttons">
        <button type="submit" className="btn btn-primary produce-send" aria-describedby={`${id}-decision`}>
          {t('produce.send')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          title={t('produce.poisonHint')}
          onClick={(e) => send(e, true)}
        >
          {t('produce.poison')}
        </button>
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          <KafkaError error={outcome.error} />
        </p>
      )}
      <p role="status" className="form-status">
        {outcome?.ok && outcome.partition !== null
          ? t('produce.sent', { topic: outcome.topic, partition: outcome.partition })
          : ''}
      </p>
    </form>
  )
}
