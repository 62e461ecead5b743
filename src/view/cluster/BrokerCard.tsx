import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { replicasOnBroker } from '../../store/selectors'
import { inFocus, useFocus } from '../layout/panels'
import { ReplicaRow } from './ReplicaRow'
import { KillRestartButton } from './KillRestartButton'
import { RoleIcon } from './RoleIcon'

/** A broker: its state (running, stopped, fenced, stalled), its kill/restart buttons and its partition replicas. */
export function BrokerCard({ brokerId }: { brokerId: number }) {
  const t = useT()
  const { select } = useLabActions()
  const focus = useFocus()
  const view = useLab((s) => {
    const b = s.sim.state.brokers.find((x) => x.id === brokerId)
    if (!b) return null
    // focus=: only that topic's partitions (or that one partition) on each broker.
    const replicas = replicasOnBroker(s.sim.state, brokerId).filter((r) =>
      inFocus(focus, r.topic, r.partition),
    )
    const leads = replicas.filter(
      ({ topic, partition }) => s.sim.state.topics[topic]?.partitions[partition]?.leader === brokerId,
    ).length
    const fenceIn =
      !b.alive && !b.fenced && b.fenceAt >= 0
        ? Math.max(0, Math.ceil((b.fenceAt - s.sim.state.timeMs) / 100) / 10)
        : null
    return {
      alive: b.alive,
      fenced: b.fenced,
      stalled: b.stalled,
      replicas,
      leads,
      fenceIn,
      selected: s.selection?.kind === 'broker' && s.selection.brokerId === brokerId,
    }
  })
  if (!view) return null
  const status = !view.alive
    ? view.fenced
      ? t('broker.stoppedFenced')
      : t('broker.stoppedNotFenced', { s: (view.fenceIn ?? 0).toFixed(1) })
    : view.fenced
      ? t('broker.registering')
      : view.stalled
        ? t('broker.stalled')
        : t('broker.running')
  const label = t('broker.name', { id: brokerId })
  return (
    <section
      role="group"
      aria-label={label}
      className={[
        'broker-card',
        'panel',
        view.alive ? 'alive' : 'dead',
        view.selected ? 'selected' : '',
      ].join(' ')}
      data-broker-card={brokerId}
      data-anchor={`broker:${brokerId}`}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) select({ kind: 'broker', brokerId })
      }}
    >
      <header className="broker-head">
        <span className="broker-title">
          <span className={`broker-icon ${view.alive ? 'up' : 'down'}`} aria-hidden="true">
            {view.alive ? <ServerIcon /> : <RoleIcon role="offline" size={16} />}
          </span>
          <h3 className="broker-name">{label}</h3>
        </span>
        <span className={`broker-status ${view.alive ? (view.stalled ? 'stalled' : 'up') : 'down'}`}>
          {status}
        </span>
        <span className="broker-leads">{t('broker.leads', { n: view.leads })}</span>
        <span className="broker-spacer" />
        <KillRestartButton brokerId={brokerId} alive={view.alive} />
      </header>
      {view.replicas.length === 0 ? (
        <p className="broker-empty">{t('broker.noReplicas')}</p>
      ) : (
        <div className="broker-replicas">
          {view.replicas.map((r) => (
            <ReplicaRow
              key={`${r.topic}-${r.partition}`}
              topic={r.topic}
              partition={r.partition}
              brokerId={brokerId}
            />
          ))}
        </div>
      )}
    </section>
  )
}

function ServerIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <rect x="2" y="2" width="12" height="5" rx="1.2" />
      <rect x="2" y="9" width="12" height="5" rx="1.2" />
      <circle cx="5" cy="4.5" r="0.9" fill="#fff" />
      <circle cx="5" cy="11.5" r="0.9" fill="#fff" />
    </svg>
  )
}
