import { useId } from 'react'
import { useT, type TFunction } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { uiStore } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { useInspectorDrawer } from './useInspectorDrawer'
import { logDetails, type LogDetails, type LogEntry } from './logDetails'
import './inspector.css'

const clip = (text: string) => (text.length > 28 ? `${text.slice(0, 27)}…` : text)

interface LogSelection {
  topic: string
  partition: number
}

/** A partition's whole log as its segments, in the drawer on the right: shown while a log is selected. */
export function LogInspector() {
  const selection = useLab((s): LogSelection | null =>
    s.selection?.kind === 'log' ? { topic: s.selection.topic, partition: s.selection.partition } : null,
  )
  return selection ? <LogPanel selection={selection} /> : null
}

function LogPanel({ selection }: { selection: LogSelection }) {
  const t = useT()
  const id = useId()
  const { panelRef, headingRef, close } = useInspectorDrawer()
  const details = useLab((s) => logDetails(s.sim.state, selection.topic, selection.partition))
  const name = `${selection.topic}-${selection.partition}`
  const asCompacted = useUi((s) => s.compactedView === name)

  return (
    <aside
      ref={panelRef}
      className="inspector log-inspector"
      aria-labelledby={`${id}-title`}
      data-anchor={`log:${name}`}
    >
      <header className="inspector-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="inspector-title">
          {t('logInspector.title', { name })}
        </h2>
        <button type="button" className="btn btn-small" onClick={close}>
          {t('inspector.close')}
        </button>
      </header>
      <div className="inspector-body">
        {details ? (
          <>
            <LogSummary details={details} t={t} />
            <label className="log-compacted-toggle">
              <input
                type="checkbox"
                checked={asCompacted}
                onChange={(e) => uiStore.setState({ compactedView: e.target.checked ? name : null })}
              />
              {t('logInspector.viewCompacted')}
            </label>
            {asCompacted && (
              <p className="inspector-note" role="status">
                {t('logInspector.survivors', { kept: details.survivors, total: details.records })}
              </p>
            )}
            <Segments details={details} t={t} />
          </>
        ) : (
          <p className="inspector-gone">{t('logInspector.gone', { name })}</p>
        )}
      </div>
    </aside>
  )
}

function LogSummary({ details, t }: { details: LogDetails; t: TFunction }) {
  return (
    <>
      <dl className="inspector-fields">
        <dt>cleanup.policy</dt>
        <dd className="mono">{details.policy}</dd>
        <dt>{t('logInspector.logStart')}</dt>
        <dd className="mono">{details.logStartOffset}</dd>
        {details.cleanerPoint !== null && (
          <>
            <dt>{t('logInspector.cleanerPoint')}</dt>
            <dd className="mono">{details.cleanerPoint}</dd>
            <dt>{t('logInspector.dirtyRatio')}</dt>
            <dd>
              {t('logInspector.dirtyRatioValue', {
                ratio: (details.dirtyRatio ?? 0).toFixed(2),
                min: details.minCleanableDirtyRatio,
              })}
            </dd>
          </>
        )}
        <dt>HW · LEO</dt>
        <dd className="mono">
          {details.highWatermark} · {details.logEndOffset}
        </dd>
      </dl>
      <p className="inspector-muted log-explain">
        {t(details.cleanerPoint === null ? 'logInspector.explainDelete' : 'logInspector.explainCompact')}
      </p>
    </>
  )
}

function Segments({ details, t }: { details: LogDetails; t: TFunction }) {
  return (
    <>
      <h3 className="inspector-subtitle">{t('logInspector.segments', { n: details.segments.length })}</h3>
      {details.hiddenSegments > 0 && (
        <p className="inspector-muted">{t('logInspector.hiddenSegments', { n: details.hiddenSegments })}</p>
      )}
      <ol className="log-segments">
        {details.segments.map((s) => (
          <li key={s.baseOffset} className={s.active ? 'log-segment is-active' : 'log-segment'}>
            <p className="log-segment-head">
              <span className="mono">{t('logInspector.segmentAt', { offset: s.baseOffset })}</span>
              <span>
                {t(s.records === 1 ? 'logInspector.segmentSize.one' : 'logInspector.segmentSize', {
                  records: s.records,
                  bytes: s.bytes,
                })}
              </span>
              {s.active && <span className="inspector-badge is-leader">{t('logInspector.active')}</span>}
              {s.clean && <span className="inspector-badge is-clean">{t('logInspector.clean')}</span>}
            </p>
            {s.hiddenRecords > 0 && (
              <p className="inspector-muted">{t('logInspector.hiddenRecords', { n: s.hiddenRecords })}</p>
            )}
            <ul className="log-entries">
              {s.entries.map((e) => (
                <Entry key={e.kind === 'gap' ? `g${e.from}` : e.offset} entry={e} t={t} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  )
}

function Entry({ entry, t }: { entry: LogEntry; t: TFunction }) {
  if (entry.kind === 'gap') {
    return (
      <li className="log-entry is-gap">
        {t(entry.from === entry.to ? 'logInspector.gapOne' : 'logInspector.gap', {
          from: entry.from,
          to: entry.to,
        })}
      </li>
    )
  }
  const classes = ['log-entry']
  if (entry.value === null) classes.push('is-tombstone')
  if (entry.wouldGo) classes.push('would-go')
  if (!entry.committed) classes.push('is-uncommitted')
  return (
    <li className={classes.join(' ')} title={entry.wouldGo ? t('record.wouldGo') : undefined}>
      <span className="mono log-entry-offset">{entry.offset}</span>{' '}
      <span className="mono">{entry.key ?? t('record.noKey')}</span>{' '}
      {entry.value === null ? (
        <span className="log-entry-tombstone">{t('logInspector.tombstone')}</span>
      ) : (
        <span className="inspector-muted">{clip(entry.value)}</span>
      )}
      {entry.wouldGo && <span className="visually-hidden"> ({t('record.wouldGo')})</span>}
    </li>
  )
}
