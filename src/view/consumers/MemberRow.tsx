import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { keyColor } from '../cluster/keyColor'
import { MemberClocks } from './MemberClocks'

/** Past this many owned partitions, the rest are counted rather than listed. */
const CHIPS_SHOWN = 12

/** One member: what it owns, what it just processed (order inside a partition, interleaving across them). */
export function MemberRow({ memberId, color }: { memberId: string; color: string }) {
  const t = useT()
  const { dispatch, select } = useLabActions()
  const view = useLab((s) => {
    const c = s.sim.state.consumers.find((x) => x.memberId === memberId)
    if (!c) return null
    return {
      status: c.status,
      topic: c.topic as string,
      pollTimedOut: c.pollTimedOut,
      stuckAt: c.stuckAt ? { ...c.stuckAt } : null,
      valueFormat: c.valueFormat,
      instance: c.groupInstanceId,
      owned: [...c.owned],
      processed: c.processed,
      processing: c.processing ? { partition: c.processing.partition, offset: c.processing.offset } : null,
      recent: c.recent
        .slice(-8)
        .map((r) => ({ partition: r.partition, offset: r.offset, key: r.key, duplicate: r.duplicate })),
    }
  })
  if (!view) return null
  const idle = view.status === 'active' && view.owned.length === 0
  const state = view.status === 'crashed' ? t('member.crashed') : idle ? t('member.idle') : t('member.active')
  return (
    <li className={`member ${view.status} ${idle ? 'idle' : ''}`} data-anchor={`member:${memberId}`}>
      <div className="member-head">
        <span className="member-id mono" title={memberId}>
          {memberId}
        </span>
        {/* Reading is what it shows (its partitions, its records); an idle member says so on its partition line. Only a crash needs a word here. */}
        {view.status === 'crashed' ? (
          <span className="member-state crashed">{state}</span>
        ) : (
          <span className="visually-hidden">{state}</span>
        )}
        {view.pollTimedOut && view.status === 'active' && (
          <span className="member-state crashed" title={t('member.pollTimedOutHint')}>
            {t('member.pollTimedOut')}
          </span>
        )}
      </div>
      {view.stuckAt && (
        <button
          type="button"
          className="member-stuck"
          onClick={() =>
            select({
              kind: 'record',
              topic: view.topic,
              partition: view.stuckAt!.partition,
              offset: view.stuckAt!.offset,
            })
          }
        >
          {t('member.stuck', {
            partition: view.stuckAt.partition,
            offset: view.stuckAt.offset,
            format: view.valueFormat,
          })}
        </button>
      )}
      <div className="member-owned" aria-label={t('member.owns')}>
        {view.instance !== null && (
          <span className="member-static" title={t('member.staticHint', { id: view.instance })}>
            {t('member.static')}
            <span className="visually-hidden"> {t('member.staticHint', { id: view.instance })}</span>
          </span>
        )}
        {view.owned.length === 0 ? (
          <span className="member-none">{t('member.noPartitions')}</span>
        ) : (
          <>
            {view.owned.slice(0, CHIPS_SHOWN).map((p) => (
              <span key={p} className="owned-chip" style={{ borderColor: color, color }}>
                p{p}
              </span>
            ))}
            {view.owned.length > CHIPS_SHOWN && (
              <span className="member-none">{t('member.more', { n: view.owned.length - CHIPS_SHOWN })}</span>
            )}
          </>
        )}
        <span className="member-count">{t('member.processed', { n: view.processed })}</span>
      </div>
      {/* The clocks and the latest records share one line, so that the clocks make no member taller. */}
      <div className="member-foot">
        <MemberClocks memberId={memberId} />
        {view.recent.length > 0 && (
          <ol className="member-recent" aria-label={t('member.recent', { id: memberId })}>
            {view.recent.map((r) => (
              <li
                key={`${r.partition}-${r.offset}-${r.duplicate}`}
                className={r.duplicate ? 'recent-chip duplicate' : 'recent-chip'}
                style={{ borderBottomColor: keyColor(r.key) }}
                title={r.duplicate ? t('member.duplicate') : undefined}
              >
                <span className="recent-p">p{r.partition}</span>
                <span className="mono">{r.offset}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      {view.status === 'active' && (
        <div className="member-actions">
          <button
            type="button"
            className="btn btn-small btn-danger"
            aria-label={t('member.crash', { id: memberId })}
            onClick={() => dispatch({ type: 'crashConsumer', memberId })}
          >
            {t('member.crashShort')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('member.remove', { id: memberId })}
            onClick={() => dispatch({ type: 'removeConsumer', memberId })}
          >
            {t('member.removeShort')}
          </button>
        </div>
      )}
    </li>
  )
}
