import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { RoleIcon } from './RoleIcon'

/**
 * A broker at scale, as one tile of the broker strip: its id, whether it runs, how many partitions it leads, and
 * its kill/restart button. Pointing at it (or focusing it) lights the partitions it leads on the heatmap.
 */
export function CompactBroker({
  brokerId,
  onPoint,
}: {
  brokerId: number
  onPoint: (brokerId: number | null) => void
}) {
  const t = useT()
  const { select, dispatch } = useLabActions()
  const view = useLab((s) => {
    const b = s.sim.state.brokers.find((x) => x.id === brokerId)
    if (!b) return null
    let leads = 0
    for (const tp of Object.values(s.sim.state.topics))
      if (!tp.internal) for (const p of tp.partitions) if (p.leader === brokerId) leads++
    const fenceIn =
      !b.alive && !b.fenced && b.fenceAt >= 0
        ? Math.max(0, Math.ceil((b.fenceAt - s.sim.state.timeMs) / 1000))
        : null
    return { alive: b.alive, fenced: b.fenced, leads, fenceIn }
  })
  if (!view) return null
  const name = t('broker.name', { id: brokerId })
  const status = view.alive
    ? t('broker.running')
    : view.fenceIn !== null
      ? t('broker.stoppedNotFenced', { s: view.fenceIn })
      : t('broker.stoppedFenced')
  const action = view.alive ? t('broker.kill', { id: brokerId }) : t('broker.restart', { id: brokerId })
  return (
    <li
      className={['broker-tile', view.alive ? 'alive' : 'dead'].join(' ')}
      aria-label={`${name}: ${status}, ${t('strip.leads', { n: view.leads })}`}
      data-broker-card={brokerId}
      data-anchor={`broker:${brokerId}`}
      tabIndex={-1}
      title={`${name} · ${status}`}
      onPointerEnter={() => onPoint(brokerId)}
      onPointerLeave={() => onPoint(null)}
      onFocus={(e) => {
        onPoint(brokerId)
        if (e.target === e.currentTarget) select({ kind: 'broker', brokerId })
      }}
      onBlur={() => onPoint(null)}
    >
      <span className="bt-id">
        {!view.alive && <RoleIcon role="offline" size={10} />}
        {t('strip.short', { id: brokerId })}
      </span>
      {view.fenceIn === null ? (
        <span className="bt-leads" aria-hidden="true">
          <RoleIcon role="leader" size={10} />
          {view.leads}
        </span>
      ) : (
        // Stopped, not fenced yet: the seconds until the controller fences it and its partitions move.
        <span className="bt-down" aria-hidden="true">
          {view.fenceIn} s
        </span>
      )}
      <button
        type="button"
        className={view.alive ? 'bt-action kill' : 'bt-action restart'}
        aria-label={action}
        title={action}
        onClick={() =>
          dispatch(view.alive ? { type: 'killBroker', brokerId } : { type: 'restartBroker', brokerId })
        }
      >
        {view.alive ? (
          <svg
            width="12"
            height="12"
            viewBox="0 0 16 16"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M8 1.5v6" />
            <path d="M4.2 4a5.5 5.5 0 1 0 7.6 0" />
          </svg>
        ) : (
          <svg
            width="12"
            height="12"
            viewBox="0 0 16 16"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M13 8a5 5 0 1 1-1.6-3.7" />
            <path d="M13 2v3.3H9.7" />
          </svg>
        )}
      </button>
    </li>
  )
}
