import { useT } from '../../i18n/useT'
import { RoleIcon, type ReplicaRole } from './RoleIcon'

const ROLES: [ReplicaRole, 'replica.leader' | 'replica.follower' | 'replica.outOfSync' | 'replica.offline'][] = [
  ['leader', 'replica.leader'],
  ['follower', 'replica.follower'],
  ['outOfSync', 'replica.outOfSync'],
  ['offline', 'replica.offline'],
]

/** What the shapes, hatches and bars on the logs mean. */
export function Legend() {
  const t = useT()
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
    </ul>
  )
}
