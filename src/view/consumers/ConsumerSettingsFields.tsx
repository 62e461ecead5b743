import { useId } from 'react'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'

export interface ConsumerSettings {
  ratePerSec: string
  maxPollRecords: string
  maxPollIntervalMs: string
  valueFormat: 'any' | 'text' | 'json' | 'avro'
  onDeserializationError: 'fail' | 'skip' | 'deadLetter'
  deadLetterTopic: string
}

export const DEFAULT_SETTINGS: ConsumerSettings = {
  ratePerSec: '2',
  maxPollRecords: '500',
  maxPollIntervalMs: '300000',
  valueFormat: 'any',
  onDeserializationError: 'fail',
  deadLetterTopic: '',
}

const FORMATS = ['any', 'text', 'json', 'avro'] as const
const ON_ERROR = ['fail', 'skip', 'deadLetter'] as const

/** A field as typed: a number when it is one, the text itself otherwise, so that the engine says what is wrong. */
const asNumber = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text

/** The command fields these settings stand for; the defaults are left out, as a course author would write them. */
export function settingsFields(s: ConsumerSettings, readTopic: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (s.ratePerSec !== DEFAULT_SETTINGS.ratePerSec) out.ratePerSec = asNumber(s.ratePerSec)
  if (s.maxPollRecords !== DEFAULT_SETTINGS.maxPollRecords) out.maxPollRecords = asNumber(s.maxPollRecords)
  if (s.maxPollIntervalMs !== DEFAULT_SETTINGS.maxPollIntervalMs)
    out.maxPollIntervalMs = asNumber(s.maxPollIntervalMs)
  if (s.valueFormat !== 'any') out.valueFormat = s.valueFormat
  if (s.onDeserializationError !== 'fail') out.onDeserializationError = s.onDeserializationError
  if (s.onDeserializationError === 'deadLetter') out.deadLetterTopic = s.deadLetterTopic || `${readTopic}.DLT`
  return out
}

/** The member's own settings, folded away: its speed, its poll loop and its value deserializer. */
export function ConsumerSettingsFields({
  value,
  onChange,
  readTopic,
}: {
  value: ConsumerSettings
  onChange: (v: ConsumerSettings) => void
  readTopic: string
}) {
  const t = useT()
  const id = useId()
  const topics = useLab((s) =>
    Object.values(s.sim.state.topics)
      .filter((x) => !x.internal && x.name !== readTopic)
      .map((x) => x.name as string),
  )
  const set = <K extends keyof ConsumerSettings>(key: K, v: ConsumerSettings[K]) =>
    onChange({ ...value, [key]: v })
  const number = (
    key: 'ratePerSec' | 'maxPollRecords' | 'maxPollIntervalMs',
    label: string,
    hint?: string,
  ) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        className="mono"
        value={value[key]}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
      {hint && (
        <p id={`${id}-${key}-hint`} className="form-hint">
          {hint}
        </p>
      )}
    </div>
  )
  return (
    <details className="form-more">
      <summary>{t('addConsumer.pollLoop')}</summary>
      {number('ratePerSec', t('addConsumer.rate'))}
      {number('maxPollRecords', t('addConsumer.maxPollRecords'), t('addConsumer.maxPollRecordsHint'))}
      {number('maxPollIntervalMs', t('addConsumer.maxPollIntervalMs'), t('addConsumer.maxPollIntervalHint'))}
      <div className="form-field">
        <label htmlFor={`${id}-format`}>{t('addConsumer.valueFormat')}</label>
        <select
          id={`${id}-format`}
          value={value.valueFormat}
          onChange={(e) => set('valueFormat', e.target.value as ConsumerSettings['valueFormat'])}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`addConsumer.valueFormat.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-onError`}>{t('addConsumer.onError')}</label>
        <select
          id={`${id}-onError`}
          value={value.onDeserializationError}
          onChange={(e) =>
            set('onDeserializationError', e.target.value as ConsumerSettings['onDeserializationError'])
          }
        >
          {ON_ERROR.map((h) => (
            <option key={h} value={h}>
              {t(`addConsumer.onError.${h}`)}
            </option>
          ))}
        </select>
      </div>
      {value.onDeserializationError === 'deadLetter' && (
        <div className="form-field">
          <label htmlFor={`${id}-dlt`}>{t('addConsumer.deadLetterTopic')}</label>
          {topics.length === 0 ? (
            <p className="form-hint">{t('addConsumer.noDeadLetterTopic')}</p>
          ) : (
            <select
              id={`${id}-dlt`}
              value={topics.includes(value.deadLetterTopic) ? value.deadLetterTopic : ''}
              onChange={(e) => set('deadLetterTopic', e.target.value)}
            >
              <option value="" disabled>
                —
              </option>
              {topics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </details>
  )
}
