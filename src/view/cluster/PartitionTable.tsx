import { useState } from 'react'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { ReplicaRow } from './ReplicaRow'

/**
 * A topic at scale: one compact row per partition (leader, ISR, LEO, HW), and the full replica logs of the one
 * partition the student opens.
 */
export function PartitionTable({ topic }: { topic: string }) {
  const t = useT()
  const [open, setOpen] = useState<number | null>(null)
  const rows = useLab((s) =>
    (s.sim.state.topics[topic]?.partitions ?? []).map((p) => ({
      partition: p.partition,
      leader: p.leader,
      isr: p.isr.join(','),
      leo: p.logEndOffset,
      hw: p.highWatermark,
      underReplicated: p.isr.length < p.replicas.length,
    })),
  )
  const replicas = useLab((s) => (open === null ? [] : (s.sim.state.topics[topic]?.partitions[open]?.replicas.map((r) => r.brokerId as number) ?? [])))
  return (
    <div className="partition-table panel">
      <h3 className="panel-title">{t('cluster.partitionsOf', { topic })}</h3>
      <ul className="partition-grid" aria-label={t('cluster.partitionsOf', { topic })}>
        {rows.map((r) => (
          <li key={r.partition}>
            <button
              type="button"
              className={['partition-cell', r.leader === null ? 'offline' : '', r.underReplicated ? 'under' : '', open === r.partition ? 'open' : ''].join(' ')}
              aria-pressed={open === r.partition}
              aria-label={t('cluster.partitionSummary', { name: `${topic}-${r.partition}`, leader: r.leader ?? '—', isr: r.isr, leo: r.leo, hw: r.hw })}
              title={t('cluster.partitionSummary', { name: `${topic}-${r.partition}`, leader: r.leader ?? '—', isr: r.isr, leo: r.leo, hw: r.hw })}
              onClick={() => setOpen(open === r.partition ? null : r.partition)}
            >
              <span className="pc-id">p{r.partition}</span>
              <span className="pc-leader">{r.leader === null ? '∅' : `B${r.leader}`}</span>
              <span className="pc-leo mono">{r.leo}</span>
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <div className="partition-detail">
          {replicas.map((b) => (
            <ReplicaRow key={b} topic={topic} partition={open} brokerId={b} />
          ))}
        </div>
      )}
    </div>
  )
}
