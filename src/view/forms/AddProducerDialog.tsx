import { useId, useRef, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { closeDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { FormFooter } from './FormFooter'
import { ModalDialog } from './Dialog'
import { writableTopics } from './partitionDecision'
import './forms.css'

type Acks = '0' | '1' | 'all'
type Keys = 'customers' | 'none'

const ACKS: readonly Acks[] = ['all', '1', '0']
const KEYS: readonly Keys[] = ['customers', 'none']
const MIN_RATE = 0.2
const MAX_RATE = 50

function parseRate(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(n) && n >= MIN_RATE && n <= MAX_RATE ? n : null
}

const close = () => closeDialog('addProducer')

/** Add a producer: its topic, keys, rate, acks and idempotence (Kafka's defaults preselected). */
export function AddProducerDialog() {
  const open = useUi((s) => s.dialog === 'addProducer')
  return open ? <AddProducerForm onClose={close} /> : null
}

function AddProducerForm({ onClose }: { onClose: () => void }) {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const topics = useLab((s) => writableTopics(s.sim.state).map((x) => x.name))
  const [topicChoice, setTopicChoice] = useState('')
  const [keys, setKeys] = useState<Keys>('customers')
  const [rateText, setRateText] = useState('1')
  const [rateTouched, setRateTouched] = useState(false)
  const [acks, setAcks] = useState<Acks>('all')
  const [idempotenceChoice, setIdempotenceChoice] = useState(true)
  const [submitted, setSubmitted] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const rateRef = useRef<HTMLInputElement>(null)

  const topic = topics.includes(topicChoice) ? topicChoice : (topics[0] ?? '')
  const rate = parseRate(rateText)
  const showRateProblem = (rateTouched || submitted) && rate === null
  // Kafka refuses enable.idempotence=true unless acks=all (ConfigException), so the form turns it off.
  const idempotence = acks === 'all' && idempotenceChoice

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (rate === null) {
      rateRef.current?.focus()
      return
    }
    const result = store
      .getState()
      .dispatch({ type: 'addProducer', topic, keys, ratePerSec: rate, acks, enableIdempotence: idempotence })
    if (result.ok) onClose()
    else setRefusal(result.error)
  }

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('addProducer.title')}
        </h2>
        <div className="form-dialog-body">
          <div className="form-field">
            <label htmlFor={`${id}-topic`}>{t('addProducer.topic')}</label>
            <select
              id={`${id}-topic`}
              data-autofocus
              value={topic}
              aria-describedby={topics.length === 0 ? `${id}-topic-hint` : undefined}
              onChange={(e) => setTopicChoice(e.target.value)}
            >
              {topics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            {topics.length === 0 && (
              <p id={`${id}-topic-hint`} className="form-hint">
                {t('form.noTopics')}
              </p>
            )}
          </div>

          <fieldset className="form-fieldset">
            <legend className="form-legend">{t('addProducer.keys')}</legend>
            {KEYS.map((k) => (
              <label key={k} className="form-check">
                <input
                  type="radio"
                  name={`${id}-keys`}
                  value={k}
                  checked={keys === k}
                  onChange={() => setKeys(k)}
                />
                <span className="form-option-text">
                  <span>{t(`addProducer.keys.${k}`)}</span>
                  <span className="form-hint">{t(`addProducer.keys.${k}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="form-field">
            <label htmlFor={`${id}-rate`}>{t('addProducer.rate')}</label>
            <input
              ref={rateRef}
              id={`${id}-rate`}
              type="number"
              inputMode="decimal"
              min={MIN_RATE}
              max={MAX_RATE}
              step={0.1}
              value={rateText}
              aria-invalid={showRateProblem}
              aria-describedby={showRateProblem ? `${id}-rate-error ${id}-rate-hint` : `${id}-rate-hint`}
              onChange={(e) => {
                setRateText(e.target.value)
                setRateTouched(true)
              }}
            />
            {showRateProblem && (
              <p id={`${id}-rate-error`} className="form-error">
                {t('addProducer.rateError', { min: MIN_RATE, max: MAX_RATE })}
              </p>
            )}
            <p id={`${id}-rate-hint`} className="form-hint">
              {t('addProducer.rateHint', { min: MIN_RATE, max: MAX_RATE })}
            </p>
          </div>

          <fieldset className="form-fieldset">
            <legend className="form-legend">{t('addProducer.acks')}</legend>
            {ACKS.map((a) => (
              <label key={a} className="form-check">
                <input
                  type="radio"
                  name={`${id}-acks`}
                  value={a}
                  checked={acks === a}
                  onChange={() => setAcks(a)}
                />
                <span className="form-option-text">
                  <span className="mono">acks={a}</span>
                  <span className="form-hint">{t(`addProducer.acks.${a}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="form-field">
            <label className="form-check">
              <input
                type="checkbox"
                checked={idempotence}
                disabled={acks !== 'all'}
                aria-describedby={`${id}-idem-hint`}
                onChange={(e) => setIdempotenceChoice(e.target.checked)}
              />
              <span>{t('addProducer.idempotence')}</span>
            </label>
            <p id={`${id}-idem-hint`} className="form-hint">
              {acks === 'all'
                ? t('addProducer.idempotenceHint')
                : t('addProducer.idempotenceNeedsAll', { acks })}
            </p>
          </div>
        </div>
        <FormFooter refusal={refusal} onClose={onClose} submitLabel={t('addProducer.add')} />
      </form>
    </ModalDialog>
  )
}
