import { useT } from '../../i18n/useT'
import { decidedPartition, keyFormula, type PartitionDecision } from './partitionDecision'

/** The producer's partition choice, spelled out before the record is sent. */
export function PartitionDecisionView({
  id,
  decision,
  leaders,
}: {
  id: string
  decision: PartitionDecision
  leaders: readonly (number | null)[]
}) {
  const t = useT()
  const target = decidedPartition(decision)
  // A keyed or explicit record waits for a leaderless partition; the sticky partitioner only picks led ones.
  const leaderless =
    (decision.kind === 'key' || decision.kind === 'explicit') && target !== null && leaders[target] === null

  let sentence: string
  switch (decision.kind) {
    case 'explicit':
      sentence = t('produce.decision.explicit', { partition: decision.partition })
      break
    case 'key':
      sentence = t('produce.decision.key', {
        key: JSON.stringify(decision.explanation.key),
        partition: decision.explanation.partition,
        count: decision.explanation.numPartitions,
      })
      break
    case 'sticky':
      sentence = t('produce.decision.sticky', {
        partition: decision.partition,
        batchSize: decision.batchSize,
        bytes: decision.producedBytes,
      })
      break
    case 'stickyNew':
      sentence = t('produce.decision.stickyNew', { batchSize: decision.batchSize })
      break
  }

  return (
    <div id={id} className="produce-decision">
      <p className="produce-decision-title">{t('produce.decision')}</p>
      {decision.kind === 'key' && <p className="produce-formula mono">{keyFormula(decision.explanation)}</p>}
      <p className="produce-decision-text">{sentence}</p>
      {leaderless && (
        <p className="produce-decision-warn">{t('produce.decision.noLeader', { partition: target })}</p>
      )}
    </div>
  )
}
