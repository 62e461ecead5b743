import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { replicasOnBroker } from '../../store/selectors'
import { KillRestartButton } from './KillRestartButton'
import { RoleIcon, type ReplicaRole } from './RoleIcon'

/** A broker at scale: its replicas as small chips (role by shape and colour), its kill/restart button. */
export function CompactBroker({ brokerId }: { brokerId: number }) {
  const t = useT()
  const { select } = useLabActions()
  const view = useLab((s) => {
    const b = s.sim.state.brokers.find((x) => x.id === brokerId)
    if (!b) return null
    const chips = replicasOnBroker(s.sim.state, brokerId).map(({ topic, partition }) => {
      const p = s.sim.state.topics[topic]!.partitions[partition]!
      const role: ReplicaRole = !b.alive ? 'offline' : p.leader === brokerId ? 'leader' : p.isr.includes(b.id) ? 'follower' : 'outOfSync'
      return { topic, partition, role }
    })
    return { alive: b.alive, fenced: b.fenced, chips, leads: chips.filter((c) => c.role === 'leader').length }
  })
  if (!view) return null
  const label = t('broker.name', { id: brokerId })
  return (
    <section
      role="group"
      aria-label={label}
      className={['compact-broker', 'panel', view.alive ? 'alive' : 'dead'].join(' ')}
      data-broker-card={brokerId}
      data-anchor={`broker:${brokerId}`}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) select({ kind: 'broker', brokerId })
      }}
    >
      <header className="broker-head">
        <h3 className="broker-name">{label}</h3>
        <span className="broker-leads">{t('broker.leads', { n: view.leads })}</span>
        <span className="broker-spacer" />
        <KillRestartButton brokerId={brokerId} alive={view.alive} />
      </header>
      <ul className="replica-chips" aria-label={t('broker.replicasOf', { id: brokerId })}>
        {view.chips.map((c) => (
          <li
            key={`${c.topic}-${c.partition}`}
            className={`replica-chip role-${c.role}`}
            data-anchor={`slot:${c.topic}:${c.partition}:${brokerId}`}
            title={`${c.topic}-${c.partition}`}
          >
            {c.role === 'leader' || c.role === 'offline' ? <RoleIcon role={c.role} size={8} /> : null}
            <span>{c.partition}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
