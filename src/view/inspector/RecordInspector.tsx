import { useId } from 'react'
import { useT, type TFunction } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { useInspectorDrawer } from './useInspectorDrawer'
import { recordDetails, type RecordDetails } from './recordDetails'
import { simDayClock } from './simTime'
import './inspector.css'

interface RecordSelection {
  topic: string
  partition: number
  offset: number
}

/** retention.ms in words: "7 days", "1 hour", "forever". */
export function retentionPhrase(t: TFunction, ms: number): string {
  if (ms < 0) return t('inspector.retention.forever')
  const units: [number, Parameters<TFunction>[0], Parameters<TFunction>[0]][] = [
    [86_400_000, 'inspector.duration.day', 'inspector.duration.days'],
    [3_600_000, 'inspector.duration.hour', 'inspector.duration.hours'],
    [60_000, 'inspector.duration.minute', 'inspector.duration.minutes'],
  ]
  for (const [size, one, many] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size
      return t('inspector.retention.for', { duration: n === 1 ? t(one) : t(many, { n }) })
    }
  }
  return t('inspector.retention.for', { duration: t('inspector.duration.ms', { n: ms }) })
}

/** The selected record, in a drawer on the right; shown only while a record is selected. */
export function RecordInspector() {
  const selection = useLab((s): RecordSelection | null =>
    s.selection?.kind === 'record'
      ? { topic: s.selection.topic, partition: s.selection.partition, offset: s.selection.offset }
      : null,
  )
  return selection ? <InspectorPanel selection={selection} /> : null
}

function InspectorPanel({ selection }: { selection: RecordSelection }) {
  const t = useT()
  const id = useId()
  const { select } = useLabActions()
  const { panelRef, headingRef, close } = useInspectorDrawer()
  const details = useLab((s) =>
    recordDetails(s.sim.state, selection.topic, selection.partition, selection.offset),
  )

  return (
    <aside ref={panelRef} className="inspector" aria-labelledby={`${id}-title`}>
      <header className="inspector-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="inspector-title">
          {t('inspector.title', {
            topic: selection.topic,
            partition: selection.partition,
            offset: selection.offset,
          })}
        </h2>
        <button type="button" className="btn btn-small" onClick={close}>
          {t('inspector.close')}
        </button>
      </header>
      <div className="inspector-body">
        <InspectorContent details={details} t={t} />
        <button
          type="button"
          className="btn btn-small inspector-open-log"
          onClick={() => select({ kind: 'log', topic: selection.topic, partition: selection.partition })}
        >
          {t('logInspector.open', { name: `${selection.topic}-${selection.partition}` })}
        </button>
      </div>
    </aside>
  )
}

function InspectorContent({ details, t }: { details: RecordDetails; t: TFunction }) {
  const where = { topic: details.topic, partition: details.partition, offset: details.offset }
  switch (details.status) {
    case 'noTopic':
      return <p className="inspector-gone">{t('inspector.noTopic', where)}</p>
    case 'missing':
      return <p className="inspector-gone">{t('inspector.missing', where)}</p>
    case 'compacted':
      return <p className="inspector-gone">{t('inspector.compacted', where)}</p>
    case 'lost':
      return (
        <p className="inspector-gone">
          {t(details.reason === 'truncated' ? 'inspector.lost.truncated' : 'inspector.lost.uncleanElection')}
        </p>
      )
    case 'deleted':
      return (
        <p className="inspector-gone">
          {t('inspector.deleted', { ...where, start: details.logStartOffset })}
        </p>
      )
    case 'present':
      break
  }
  const { record, replicas, committed, highWatermark } = details
  const when = simDayClock(record.timestamp)
  return (
    <>
      <p className={committed ? 'inspector-state is-committed' : 'inspector-state is-pending'}>
        <span aria-hidden="true">{committed ? '✓ ' : '○ '}</span>
        {committed
          ? t('inspector.committed', { hw: highWatermark })
          : t('inspector.uncommitted', { hw: highWatermark })}
      </p>
      {details.stuck.map((m) => (
        <p key={m.memberId} className="inspector-note inspector-stuck" role="status">
          {t('inspector.stuck', {
            member: m.memberId,
            group: m.groupId,
            expected: m.expected,
            format: record.format,
          })}
        </p>
      ))}
      {details.replaced && (
        <p className="inspector-note">
          {t(
            details.replaced === 'truncated'
              ? 'inspector.replaced.truncated'
              : 'inspector.replaced.uncleanElection',
          )}
        </p>
      )}

      <dl className="inspector-fields">
        <dt>{t('inspector.topic')}</dt>
        <dd className="mono">{details.topic}</dd>
        <dt>{t('inspector.partition')}</dt>
        <dd className="mono">{details.partition}</dd>
        <dt>{t('inspector.offset')}</dt>
        <dd className="mono">{details.offset}</dd>
        <dt>{t('inspector.key')}</dt>
        <dd className={record.key === null ? 'inspector-null' : 'mono'}>
          {record.key === null
            ? t('inspector.nullKey')
            : record.key === ''
              ? t('inspector.emptyKey')
              : record.key}
        </dd>
        <dt>{t('inspector.format')}</dt>
        <dd>{t(`inspector.format.${record.format}`)}</dd>
        <dt>{t('inspector.size')}</dt>
        <dd>{t('inspector.bytes', { n: record.sizeBytes })}</dd>
        <dt>{t('inspector.timestamp')}</dt>
        <dd className="mono">{t('inspector.time', { day: when.day, clock: when.clock })}</dd>
        <dt>{t('inspector.producer')}</dt>
        <dd>
          <span className="mono">{record.producerId}</span>{' '}
          <span className="inspector-muted">
            (
            {record.sequence >= 0
              ? t('inspector.sequence', { n: record.sequence })
              : t('inspector.noSequence')}
            )
          </span>
        </dd>
        <dt>{t('inspector.leaderEpoch')}</dt>
        <dd className="mono">{record.leaderEpoch}</dd>
      </dl>

      <h3 className="inspector-subtitle">{t('inspector.value')}</h3>
      {record.value === null ? (
        <p className="inspector-note" data-testid="inspector-value">
          {t('inspector.tombstone')}
        </p>
      ) : (
        <pre className="inspector-value" data-testid="inspector-value">
          {record.value}
        </pre>
      )}

      <h3 className="inspector-subtitle">{t('inspector.replicas')}</h3>
      <ul className="inspector-replicas">
        {replicas.map((r) => (
          <li key={r.brokerId} className={r.hasIt ? 'has-it' : 'lacks-it'}>
            <span aria-hidden="true" className="inspector-mark">
              {r.hasIt ? '●' : '○'}
            </span>
            <span className="inspector-broker">{t('inspector.broker', { id: r.brokerId })}</span>
            {r.leader && <span className="inspector-badge is-leader">{t('inspector.leader')}</span>}
            {!r.alive && <span className="inspector-badge is-offline">{t('inspector.offline')}</span>}
            <span className="inspector-muted">
              {r.hasIt ? t('inspector.hasIt') : t('inspector.notCopied')}
            </span>
          </li>
        ))}
      </ul>

      <section className="inspector-immutable">
        <h3 className="inspector-subtitle">{t('inspector.immutableTitle')}</h3>
        <p>
          {t('inspector.immutableBody', {
            retention: retentionPhrase(t, details.retentionMs),
            offset: details.offset,
          })}
        </p>
      </section>
    </>
  )
}
