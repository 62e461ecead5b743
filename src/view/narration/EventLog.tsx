import { useId, useMemo, useState } from 'react'
import type { SimEvent } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import type { Lang } from '../../i18n/translate'
import { useLang, useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import type { LogEntry } from '../../store/simStore'
import { EventIcon } from './EventIcon'
import { eventTone, FILTERS, matchesFilter, type EventFilter } from './eventKind'
import { narrate } from './narrate'
import { formatSimTime } from './simTime'
import './narration.css'

/** Rows rendered at most: the store keeps more, the DOM stays small. */
export const EVENT_LOG_ROWS = 100

const FILTER_LABEL: Record<EventFilter, MessageKey> = {
  all: 'eventLog.filter.all',
  brokers: 'eventLog.filter.brokers',
  leaders: 'eventLog.filter.leaders',
  producers: 'eventLog.filter.producers',
  consumers: 'eventLog.filter.consumers',
  retention: 'eventLog.filter.retention',
}

interface Row {
  id: number
  event: SimEvent
  text: string
  /** How many identical sentences in a row this one stands for (a producer retrying again and again). */
  count: number
}

/**
 * The newest rows that pass the filter, newest first, at most `limit`; a run of identical sentences is one row
 * with a count. Also how many events pass the filter in all.
 */
function visibleRows(
  log: readonly LogEntry[],
  filter: EventFilter,
  lang: Lang,
  limit: number,
): { rows: Row[]; total: number; shown: number } {
  const rows: Row[] = []
  let total = 0
  let shown = 0
  let full = false
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]
    if (!entry || !matchesFilter(entry.event, filter)) continue
    total++
    if (full) continue
    const text = narrate(entry.event, lang)
    const previous = rows[rows.length - 1]
    if (previous && previous.text === text) previous.count++
    else if (rows.length < limit) rows.push({ id: entry.id, event: entry.event, text, count: 1 })
    else {
      full = true
      continue
    }
    shown++
  }
  return { rows, total, shown }
}

/** The bottom panel: every notable event, newest first, with its simulated time; collapsible and filterable. */
export function EventLog() {
  const t = useT()
  const lang = useLang()
  const log = useLab((s) => s.log, Object.is)
  const [open, setOpen] = useState(true)
  const [filter, setFilter] = useState<EventFilter>('all')
  const id = useId()
  const headingId = `${id}-heading`
  const bodyId = `${id}-body`
  const { rows, total, shown } = useMemo(
    () => visibleRows(log, filter, lang, EVENT_LOG_ROWS),
    [log, filter, lang],
  )

  return (
    <section className={open ? 'event-log panel is-open' : 'event-log panel'} aria-labelledby={headingId}>
      <div className="event-log-header">
        <h2 className="event-log-heading">
          <button
            type="button"
            id={headingId}
            className="event-log-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((o) => !o)}
          >
            <svg
              className="event-log-chevron"
              viewBox="0 0 12 12"
              width="12"
              height="12"
              aria-hidden="true"
              focusable="false"
            >
              <path
                d="M3 4.5l3 3 3-3"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            {t('eventLog.title')}
          </button>
        </h2>
        <span className="event-log-count">
          {t(log.length === 1 ? 'eventLog.count.one' : 'eventLog.count.other', { n: log.length })}
        </span>
        {open && (
          <div className="event-log-filters" role="group" aria-label={t('eventLog.filters')}>
            {FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                className="event-log-chip"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
              >
                {t(FILTER_LABEL[f])}
              </button>
            ))}
          </div>
        )}
      </div>
      <div id={bodyId} className="event-log-body" hidden={!open}>
        {open &&
          (rows.length === 0 ? (
            <p className="event-log-empty">
              {t(log.length === 0 ? 'eventLog.empty' : 'eventLog.emptyFilter')}
            </p>
          ) : (
            <>
              <ol className="event-log-list" aria-label={t('eventLog.list')} tabIndex={0}>
                {rows.map(({ id: entryId, event, text, count }) => {
                  const tone = eventTone(event)
                  return (
                    <li key={entryId} className={`event-row tone-${tone}`}>
                      <EventIcon tone={tone} />
                      <span className="event-time mono">{formatSimTime(event.t, lang)}</span>{' '}
                      <span className="event-text">
                        {text}
                        {count > 1 && (
                          <span className="event-count"> {t('narration.group.times', { n: count })}</span>
                        )}
                      </span>
                    </li>
                  )
                })}
              </ol>
              {total > shown && <p className="event-log-capped">{t('eventLog.capped', { shown, total })}</p>}
            </>
          ))}
      </div>
    </section>
  )
}
