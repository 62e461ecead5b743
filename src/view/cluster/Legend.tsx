import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { RoleIcon, type ReplicaRole } from './RoleIcon'

const ROLES: [
  ReplicaRole,
  'replica.leader' | 'replica.follower' | 'replica.outOfSync' | 'replica.offline',
][] = [
  ['leader', 'replica.leader'],
  ['follower', 'replica.follower'],
  ['outOfSync', 'replica.outOfSync'],
  ['offline', 'replica.offline'],
]

/** What the shapes, hatches and bars on the logs mean. */
export function Legend() {
  const t = useT()
  // Segment boundaries are explained where there are some to see (topics with small segments: the retention lesson).
  const segmented = useLab((s) =>
    Object.values(s.sim.state.topics).some(
      (tp) => !tp.internal && tp.partitions.some((p) => p.segments.length > 1),
    ),
  )
  const compacted = useLab((s) =>
    Object.values(s.sim.state.topics).some((tp) => !tp.internal && tp.config.cleanupPolicy !== 'delete'),
  )
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {ROLES.map(([role, key]) => (
        <li key={role}>
          <span className={`role-badge role-${role}`} aria-hidden="true">
            <RoleIcon role={role} />
          </span>
          {t(key)}
        </li>
      ))}
      <li>
        <span className="legend-cell committed" aria-hidden="true" />
        {t('legend.committed')}
      </li>
      <li>
        <span className="legend-cell uncommitted" aria-hidden="true" />
        {t('legend.uncommitted')}
      </li>
      <li>
        <span className="legend-cell absent" aria-hidden="true" />
        {t('legend.absent')}
      </li>
      <li>
        <span className="legend-hw" aria-hidden="true" />
        {t('legend.hw')}
      </li>
      <li>
        <span className="legend-cell slot" aria-hidden="true" />
        {t('legend.leo')}
      </li>
      {segmented && (
        <li>
          <span className="legend-segment" aria-hidden="true" />
          {t('legend.segment')}
        </li>
      )}
      {compacted && (
        <>
          <li>
            <span className="legend-cell compacted" aria-hidden="true" />
            {t('legend.compacted')}
          </li>
          <li>
            <span className="legend-cell tombstone" aria-hidden="true" />
            {t('legend.tombstone')}
          </li>
          <li>
            <span className="legend-cleaner" aria-hidden="true" />
            {t('legend.cleanerPoint')}
          </li>
        </>
      )}
    </ul>
  )
}
