import { useState } from 'react'
import { useT } from '../../i18n/useT'
import { CompactBroker } from './CompactBroker'
import { PartitionHeatmap } from './PartitionHeatmap'
import './heatmap.css'

/**
 * The cluster at scale (many brokers or replicas): a strip of broker tiles and, per topic, a heatmap of its
 * partitions. Pointing at a broker lights the partitions it leads.
 */
export function ClusterOverview({ brokerIds, topics }: { brokerIds: number[]; topics: string[] }) {
  const t = useT()
  const [broker, setBroker] = useState<number | null>(null)
  return (
    <div className="cluster-overview" style={{ ['--heatmaps' as string]: Math.max(1, topics.length) }}>
      <ul className="broker-strip" aria-label={t('strip.label')}>
        {brokerIds.map((id) => (
          <CompactBroker key={id} brokerId={id} onPoint={setBroker} />
        ))}
      </ul>
      {topics.map((name) => (
        <PartitionHeatmap key={name} topic={name} broker={broker} />
      ))}
    </div>
  )
}
