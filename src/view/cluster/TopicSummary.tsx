import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'

const DAY = 86400000

/** One line per topic: partitions, replication, min ISR, retention (with Kafka's default beside it). */
export function TopicSummary({ topic }: { topic: string }) {
  const t = useT()
  const view = useLab((s) => {
    const tp = s.sim.state.topics[topic]
    if (!tp) return null
    return {
      partitions: tp.partitions.length,
      rf: tp.partitions[0]?.replicas.length ?? 0,
      minIsr: tp.config.minInsyncReplicas,
      retentionMs: tp.config.retentionMs,
      retentionBytes: tp.config.retentionBytes,
      segmentBytes: tp.config.segmentBytes,
      policy: tp.config.cleanupPolicy,
      internal: tp.internal,
    }
  })
  if (!view) return null
  const retention =
    view.retentionMs < 0
      ? t('topic.retentionForever')
      : view.retentionMs % DAY === 0
        ? t('topic.retentionDays', { n: view.retentionMs / DAY })
        : t('topic.retentionHours', { n: Math.round((view.retentionMs / 3600000) * 10) / 10 })
  return (
    <p className="topic-summary">
      <span className="topic-name">{topic}</span>
      <span>{t('topic.partitions', { n: view.partitions })}</span>
      <span>{t('topic.rf', { n: view.rf })}</span>
      <span>{t('topic.minIsr', { n: view.minIsr })}</span>
      {view.policy !== 'delete' && (
        <span className="topic-compacted" title={t('topic.compactHint', { policy: view.policy })}>
          {t(view.policy === 'compact' ? 'topic.compact' : 'topic.compactDelete')} (cleanup.policy=
          {view.policy})
        </span>
      )}
      {view.policy !== 'compact' && (
        <span title={t('topic.retentionHint')}>{t('topic.retention', { value: retention })}</span>
      )}
      {view.policy !== 'compact' && view.retentionBytes >= 0 && (
        <span title={t('topic.retentionBytesHint')}>
          {t('topic.retentionBytes', { n: view.retentionBytes })}
        </span>
      )}
      <span title={t('topic.segmentHint')}>{t('topic.segment', { n: view.segmentBytes })}</span>
    </p>
  )
}
