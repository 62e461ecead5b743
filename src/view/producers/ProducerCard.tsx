import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'

const RATES = [0, 0.5, 1, 2, 5, 10, 20, 50]
/** Past this many partitions, the producer's leader map is summarised. */
const LEADER_CHIPS = 12

/** A producer: what it sends, how it picks partitions, its acks, counters and the leaders it believes in. */
export function ProducerCard({ producerId }: { producerId: string }) {
  const t = useT()
  const { dispatch } = useLabActions()
  const view = useLab((s) => {
    const p = s.sim.state.producers.find((x) => x.id === producerId)
    if (!p) return null
    const waiting = p.batches.reduce((n, q) => n + q.filter((b) => b.status === 'backoff').length, 0)
    return {
      topic: p.topic as string,
      keys:
        p.keys.kind === 'none'
          ? null
          : p.keys.kind === 'fixed'
            ? p.keys.key
            : `${p.keys.prefix}1…${p.keys.count}`,
      acks: p.config.acks,
      idempotent: p.config.enableIdempotence,
      rate: p.ratePerSec,
      sent: p.sent,
      acked: p.acked,
      failed: p.failed,
      leaders: p.metadata.leaders.map((l) => (l === null ? null : (l as number))),
      sticky: p.keys.kind === 'none' ? p.sticky.partition : -1,
      batchSize: p.config.batchSize,
      retrying: waiting,
    }
  })
  if (!view) return null
  return (
    <article
      className="producer-card panel"
      data-anchor={`producer:${producerId}`}
      aria-labelledby={`producer-${producerId}`}
    >
      <header className="producer-head">
        {/* Its badge is its name on the board; the word "Producer" is for screen readers (and the tooltip). */}
        <h3
          id={`producer-${producerId}`}
          className="producer-name"
          title={t('producers.name', { id: producerId })}
        >
          <span className="producer-badge" aria-hidden="true">
            {producerId.slice(0, 3)}
          </span>
          <span className="visually-hidden">{t('producers.name', { id: producerId })}</span>
        </h3>
        <span className="producer-topic mono">→ {view.topic}</span>
      </header>
      <dl className="producer-facts">
        <dt>{t('producers.keys')}</dt>
        <dd className="producer-fact-line">
          {view.keys === null ? t('producers.keysNone') : <span className="mono">{view.keys}</span>}
        </dd>
        <dt>{t('producers.partitioner')}</dt>
        <dd className="producer-fact-line">
          {view.keys === null
            ? t('producers.partitionerSticky', {
                p: view.sticky < 0 ? '—' : view.sticky,
                bytes: view.batchSize,
              })
            : t('producers.partitionerKey', { n: view.leaders.length })}
        </dd>
        <dt>acks</dt>
        <dd className="mono producer-fact-line">
          {view.acks}
          {view.idempotent ? ` · ${t('producers.idempotent')}` : ''}
        </dd>
        <dt>{t('producers.metadata')}</dt>
        <dd className="producer-leaders">
          {view.leaders.length > LEADER_CHIPS ? (
            <span>
              {t('producers.leadersSummary', {
                n: view.leaders.length,
                brokers: new Set(view.leaders.filter((l) => l !== null)).size,
                none: view.leaders.filter((l) => l === null).length,
              })}
            </span>
          ) : (
            view.leaders.map((l, i) => (
              <span key={i} className={l === null ? 'leader-chip none' : 'leader-chip'}>
                p{i}→{l === null ? '∅' : `B${l}`}
              </span>
            ))
          )}
        </dd>
      </dl>
      <p className="producer-counters">
        <span>{t('producers.sent', { n: view.sent })}</span>
        <span className="ok">{t('producers.acked', { n: view.acked })}</span>
        {/* Failures are news: counted once there is one. */}
        {view.failed > 0 && <span className="bad">{t('producers.failed', { n: view.failed })}</span>}
        {view.retrying > 0 && <span className="warn">{t('producers.retrying', { n: view.retrying })}</span>}
      </p>
      <div className="producer-actions">
        <label>
          <span>{t('producers.rate')}</span>
          <select
            value={view.rate}
            onChange={(e) =>
              dispatch({ type: 'setProducerRate', producerId, ratePerSec: Number(e.target.value) })
            }
          >
            {[...new Set([...RATES, view.rate])]
              .sort((a, b) => a - b)
              .map((r) => (
                <option key={r} value={r}>
                  {t('producers.ratePerSec', { n: r })}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => dispatch({ type: 'removeProducer', producerId })}
        >
          {t('producers.remove', { id: producerId })}
        </button>
      </div>
    </article>
  )
}
