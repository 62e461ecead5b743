import { useId, useRef, useState, type FormEvent } from 'react'
import { CLEANUP_POLICIES, MAX_PARTITIONS_PER_TOPIC, type CleanupPolicy } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { closeDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { FormFooter } from './FormFooter'
import { ModalDialog } from './Dialog'
import { KafkaError } from './KafkaError'
import { topicNameProblem } from './topicNameProblem'
import './forms.css'

const RETENTIONS: readonly { ms: number; label: MessageKey }[] = [
  { ms: 3_600_000, label: 'createTopic.retention.hour' },
  { ms: 86_400_000, label: 'createTopic.retention.day' },
  { ms: 604_800_000, label: 'createTopic.retention.week' },
  { ms: -1, label: 'createTopic.retention.forever' },
]
const KAFKA_RETENTION_MS = 604_800_000
/** retention.bytes choices: Kafka's -1 (no limit), then sizes a teaching scene fills in minutes. */
const RETENTION_BYTES = [-1, 4096, 16384, 1048576]
const POLICY_LABEL: Record<CleanupPolicy, MessageKey> = {
  delete: 'createTopic.cleanupPolicy.delete',
  compact: 'createTopic.cleanupPolicy.compact',
  'compact,delete': 'createTopic.cleanupPolicy.compactDelete',
}

function parsePartitions(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const n = Number(trimmed)
  return n >= 1 && n <= MAX_PARTITIONS_PER_TOPIC ? n : null
}

const close = () => closeDialog('createTopic')

/** Create a topic: Kafka's name rules checked as you type, replication bounded by the live brokers. */
export function CreateTopicDialog() {
  const open = useUi((s) => s.dialog === 'createTopic')
  return open ? <CreateTopicForm onClose={close} /> : null
}

function CreateTopicForm({ onClose }: { onClose: () => void }) {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const live = useLab((s) => s.sim.state.brokers.filter((b) => b.alive && !b.fenced).length)
  const existing = useLab((s) => Object.keys(s.sim.state.topics))

  const [name, setName] = useState('')
  const [nameTouched, setNameTouched] = useState(false)
  const [partitionsText, setPartitionsText] = useState('3')
  const [partitionsTouched, setPartitionsTouched] = useState(false)
  const [rfChoice, setRfChoice] = useState(() => Math.min(3, Math.max(1, live)))
  const [retentionMs, setRetentionMs] = useState(KAFKA_RETENTION_MS)
  const [minIsrChoice, setMinIsrChoice] = useState(1)
  const [cleanupPolicy, setCleanupPolicy] = useState<CleanupPolicy>('delete')
  const [retentionBytes, setRetentionBytes] = useState(-1)
  const [submitted, setSubmitted] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const partitionsRef = useRef<HTMLInputElement>(null)

  const maxRf = Math.max(1, live)
  const rf = Math.min(rfChoice, maxRf)
  const minIsr = Math.min(minIsrChoice, rf)
  const nameProblem = topicNameProblem(name, existing)
  const showNameProblem = (nameTouched || submitted) && nameProblem !== undefined
  const partitions = parsePartitions(partitionsText)
  const showPartitionsProblem = (partitionsTouched || submitted) && partitions === null

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (nameProblem !== undefined) {
      nameRef.current?.focus()
      return
    }
    if (partitions === null) {
      partitionsRef.current?.focus()
      return
    }
    const result = store.getState().dispatch({
      type: 'createTopic',
      name,
      partitions,
      replicationFactor: rf,
      config: {
        cleanupPolicy,
        minInsyncReplicas: minIsr,
        // Retention does not apply to a compact-only topic.
        ...(cleanupPolicy === 'compact' ? {} : { retentionMs, retentionBytes }),
      },
    })
    if (result.ok) onClose()
    else setRefusal(result.error)
  }

  const rfHint =
    live === 0
      ? t('createTopic.rfHint.none')
      : live === 1
        ? t('createTopic.rfHint.one')
        : t('createTopic.rfHint.other', { n: live })

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('createTopic.title')}
        </h2>
        <div className="form-dialog-body">
          <div className="form-field">
            <label htmlFor={`${id}-name`}>{t('createTopic.name')}</label>
            <input
              ref={nameRef}
              id={`${id}-name`}
              type="text"
              className="mono"
              data-autofocus
              value={name}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={showNameProblem}
              aria-describedby={showNameProblem ? `${id}-name-error ${id}-name-hint` : `${id}-name-hint`}
              onChange={(e) => {
                setName(e.target.value)
                setNameTouched(true)
                setRefusal(null)
              }}
            />
            {showNameProblem && (
              <p id={`${id}-name-error`} className="form-error">
                <KafkaError error={nameProblem ?? ''} />
              </p>
            )}
            <p id={`${id}-name-hint`} className="form-hint">
              {t('createTopic.nameHint')}
            </p>
          </div>

          <div className="form-field">
            <label htmlFor={`${id}-partitions`}>{t('createTopic.partitions')}</label>
            <input
              ref={partitionsRef}
              id={`${id}-partitions`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_PARTITIONS_PER_TOPIC}
              step={1}
              value={partitionsText}
              aria-invalid={showPartitionsProblem}
              aria-describedby={
                showPartitionsProblem
                  ? `${id}-partitions-error ${id}-partitions-hint`
                  : `${id}-partitions-hint`
              }
              onChange={(e) => {
                setPartitionsText(e.target.value)
                setPartitionsTouched(true)
                setRefusal(null)
              }}
            />
            {showPartitionsProblem && (
              <p id={`${id}-partitions-error`} className="form-error">
                {t('createTopic.partitionsError', { max: MAX_PARTITIONS_PER_TOPIC })}
              </p>
            )}
            <p id={`${id}-partitions-hint`} className="form-hint">
              {t('createTopic.partitionsHint', { max: MAX_PARTITIONS_PER_TOPIC })}
            </p>
          </div>

          <div className="form-field">
            <label htmlFor={`${id}-rf`}>{t('createTopic.rf')}</label>
            <select
              id={`${id}-rf`}
              value={rf}
              aria-describedby={`${id}-rf-hint`}
              onChange={(e) => {
                setRfChoice(Number(e.target.value))
                setRefusal(null)
              }}
            >
              {Array.from({ length: maxRf }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
            <p id={`${id}-rf-hint`} className="form-hint">
              {rfHint}
            </p>
          </div>

          <div className="form-field">
            <label htmlFor={`${id}-policy`}>{t('createTopic.cleanupPolicy')}</label>
            <select
              id={`${id}-policy`}
              value={cleanupPolicy}
              aria-describedby={`${id}-policy-hint`}
              onChange={(e) => setCleanupPolicy(e.target.value as CleanupPolicy)}
            >
              {CLEANUP_POLICIES.map((p) => (
                <option key={p} value={p}>
                  {t(POLICY_LABEL[p])}
                </option>
              ))}
            </select>
            <p id={`${id}-policy-hint`} className="form-hint">
              {t('createTopic.cleanupPolicyHint')}
            </p>
          </div>

          {cleanupPolicy !== 'compact' && (
            <>
              <div className="form-field">
                <label htmlFor={`${id}-retention`}>{t('createTopic.retention')}</label>
                <select
                  id={`${id}-retention`}
                  value={retentionMs}
                  onChange={(e) => setRetentionMs(Number(e.target.value))}
                >
                  {RETENTIONS.map((r) => (
                    <option key={r.ms} value={r.ms}>
                      {t(r.label)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-retention-bytes`}>{t('createTopic.retentionBytes')}</label>
                <select
                  id={`${id}-retention-bytes`}
                  value={retentionBytes}
                  onChange={(e) => setRetentionBytes(Number(e.target.value))}
                >
                  {RETENTION_BYTES.map((b) => (
                    <option key={b} value={b}>
                      {b < 0
                        ? t('createTopic.retentionBytes.none')
                        : t('createTopic.retentionBytes.n', { n: b })}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}

          <div className="form-field">
            <label htmlFor={`${id}-minisr`}>{t('createTopic.minIsr')}</label>
            <select
              id={`${id}-minisr`}
              value={minIsr}
              aria-describedby={`${id}-minisr-hint`}
              onChange={(e) => setMinIsrChoice(Number(e.target.value))}
            >
              {Array.from({ length: rf }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
            <p id={`${id}-minisr-hint`} className="form-hint">
              {t('createTopic.minIsrHint')}
            </p>
          </div>
        </div>
        <FormFooter refusal={refusal} onClose={onClose} submitLabel={t('createTopic.create')} />
      </form>
    </ModalDialog>
  )
}
