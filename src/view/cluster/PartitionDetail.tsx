import type { CSSProperties } from 'react'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { partitionDetailView } from './partitionDetailView'
import { RoleIcon } from './RoleIcon'

/** A partition's details beside its heatmap cell: leader, replicas, ISR, offsets, and each group's progress. */
export function PartitionDetail({
  topic,
  partition,
  style,
  pinned,
  onClose,
}: {
  topic: string
  partition: number
  style: CSSProperties
  pinned: boolean
  onClose: () => void
}) {
  const t = useT()
  const v = useLab((s) => partitionDetailView(s.sim.state, topic, partition))
  if (!v) return null
  const outOfSync = v.replicas.filter((b) => !v.isr.includes(b))
  return (
    <section
      className={pinned ? 'partition-detail-pop pinned' : 'partition-detail-pop'}
      style={style}
      aria-labelledby={`pd-${v.name}`}
      data-partition-detail={partition}
    >
      <header className="pd-head">
        <h4 id={`pd-${v.name}`}>{t('detail.title', { name: v.name })}</h4>
        {pinned && (
          <button
            type="button"
            className="pd-close"
            onClick={onClose}
            aria-label={t('detail.close', { name: v.name })}
          >
            <RoleIcon role="offline" size={12} />
          </button>
        )}
      </header>
      <dl className="pd-facts">
        <dt>{t('detail.leader')}</dt>
        <dd>
          {v.leader === null ? (
            <strong className="pd-bad">{t('detail.noLeader')}</strong>
          ) : (
            <>
              <strong>{t('broker.name', { id: v.leader })}</strong>{' '}
              <span className="pd-muted">{t('detail.epoch', { n: v.epoch })}</span>
            </>
          )}
        </dd>
        <dt>{t('detail.replicas')}</dt>
        <dd className="mono">{v.replicas.join(', ')}</dd>
        <dt>{t('detail.isr')}</dt>
        <dd>
          <span className="mono">{v.isr.join(', ') || '—'}</span>
          {outOfSync.length > 0 && (
            <span className="pd-warn"> {t('detail.outOfSync', { ids: outOfSync.join(', ') })}</span>
          )}
        </dd>
        <dt>{t('detail.leo')}</dt>
        <dd className="mono">{v.leo}</dd>
        <dt>{t('detail.hw')}</dt>
        <dd className="mono">{v.hw}</dd>
      </dl>
      {v.groups.length > 0 && (
        <table className="pd-groups">
          <caption>{t('detail.groups')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.group')}</th>
              <th scope="col">{t('group.committed')}</th>
              <th scope="col">{t('group.lag')}</th>
              <th scope="col">{t('detail.member')}</th>
            </tr>
          </thead>
          <tbody>
            {v.groups.map((g) => (
              <tr key={g.groupId}>
                <th scope="row">{g.groupId}</th>
                <td className="mono">{g.committed ?? '—'}</td>
                <td className={g.lag > 0 ? 'mono pd-lag' : 'mono'}>{g.lag}</td>
                <td>{g.owner ?? t('detail.unowned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
