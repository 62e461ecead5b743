import { useState } from 'react'
import type { MessageKey } from '../../i18n/en'
import { useLang, useT } from '../../i18n/useT'
import { formatNumber } from '../../i18n/translate'
import {
  ASSIGNORS,
  consumerOffsetsPartition,
  OFFSETS_TOPIC,
  SERVER_ASSIGNORS,
  type AssignorName,
} from '../../engine'
import { useLab, useLabActions } from '../../store/react'
import { groupColor } from './groupColor'
import { MemberRow } from './MemberRow'

/** Past this many partitions, the offsets table becomes a one-line summary. */
const OFFSET_ROWS = 12

const PHASE: Record<string, MessageKey> = {
  Empty: 'group.phase.Empty',
  PreparingRebalance: 'group.phase.PreparingRebalance',
  CompletingRebalance: 'group.phase.CompletingRebalance',
  Reconciling: 'group.phase.Reconciling',
  Stable: 'group.phase.Stable',
}
const COMMIT: Record<string, MessageKey> = {
  auto: 'group.commit.auto',
  afterProcessing: 'group.commit.afterProcessing',
  beforeProcessing: 'group.commit.beforeProcessing',
}

/** A consumer group: its members and what they own, its phase, committed offsets and lag per partition. */
export function GroupCard({ groupId, index }: { groupId: string; index: number }) {
  const t = useT()
  const lang = useLang()
  const { dispatch, select } = useLabActions()
  const [moreOpen, setMoreOpen] = useState(false)
  const view = useLab((s) => {
    const g = s.sim.state.groups[groupId]
    if (!g) return null
    const partitions = s.sim.state.topics[g.topic]?.partitions ?? []
    return {
      topic: g.topic as string,
      assignor: g.assignor,
      protocol: g.protocol,
      commitMode: g.commitMode,
      phase: g.phase,
      generation: g.generation,
      reset: g.config.autoOffsetReset,
      members: s.sim.state.consumers.filter((c) => c.groupId === groupId).map((c) => c.memberId),
      offsets: partitions.map((p) => ({
        partition: p.partition,
        committed: g.committed[p.partition] ?? null,
        lag:
          g.committed[p.partition] === undefined
            ? null
            : Math.max(0, p.highWatermark - g.committed[p.partition]!),
      })),
      duplicates: g.duplicates,
      skipped: g.skipped,
      deadLettered: g.deadLettered,
      // The group's commits are records in one partition of __consumer_offsets (once it exists).
      commitsPartition: s.sim.state.topics[OFFSETS_TOPIC] ? consumerOffsetsPartition(groupId) : null,
      // Pauses in tenths of a second, the pause under way included.
      paused: pausedSeconds(s.sim.state.timeMs, g.pausedMs, g.pausedSince),
    }
  })
  if (!view) return null
  const color = groupColor(index)
  const actions = (
    <div className="group-actions">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => dispatch({ type: 'addConsumer', groupId, topic: view.topic })}
        title={t('group.addMember', { group: groupId })}
      >
        <span aria-hidden="true">+</span>
        <span className="visually-hidden">{t('group.addMember', { group: groupId })}</span>
      </button>
      <details className="group-more" onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary className="btn btn-small" title={t('group.more')}>
          <span aria-hidden="true">⋯</span>
          <span className="visually-hidden">{t('group.more')}</span>
        </summary>
        <div className="group-more-body">
          <p className="group-more-facts">
            <span className="mono">→ {view.topic}</span>
            <span>{t('group.reset', { value: view.reset })}</span>
          </p>
          {view.offsets.length <= OFFSET_ROWS && (
            <table className="group-offsets">
              <caption className="visually-hidden">{t('group.offsetsCaption', { group: groupId })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('group.partition')}</th>
                  <th scope="col">{t('group.committed')}</th>
                  <th scope="col">{t('group.lag')}</th>
                </tr>
              </thead>
              <tbody>
                {view.offsets.map((o) => (
                  <tr key={o.partition}>
                    <td className="mono">p{o.partition}</td>
                    <td className="mono">{o.committed ?? '—'}</td>
                    <td className={o.lag !== null && o.lag > 10 ? 'mono lag-high' : 'mono'}>
                      {o.lag ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.commitsPartition !== null && (
            <button
              type="button"
              className="btn btn-small group-commits"
              onClick={() => select({ kind: 'log', topic: OFFSETS_TOPIC, partition: view.commitsPartition! })}
            >
              {t('logInspector.openCommits', { name: `${OFFSETS_TOPIC}-${view.commitsPartition}` })}
            </button>
          )}
          <div className="group-settings">
            <label>
              <span>{t('group.assignor')}</span>
              <select
                value={view.assignor}
                onChange={(e) =>
                  dispatch({ type: 'setAssignor', groupId, assignor: e.target.value as AssignorName })
                }
              >
                {(view.protocol === 'consumer' ? SERVER_ASSIGNORS : ASSIGNORS).map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('group.commitMode')}</span>
              <select
                value={view.commitMode}
                onChange={(e) => dispatch({ type: 'setCommitMode', groupId, commitMode: e.target.value })}
              >
                {Object.keys(COMMIT).map((m) => (
                  <option key={m} value={m}>
                    {t(COMMIT[m]!)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ResetOffsets groupId={groupId} />
        </div>
      </details>
    </div>
  )
  const rebalancing =
    view.phase === 'PreparingRebalance' ||
    view.phase === 'CompletingRebalance' ||
    view.phase === 'Reconciling'
  const pausedTotal = view.paused.reduce((n, p) => n + p.ms, 0)
  return (
    <article
      className={moreOpen ? 'group-card panel more-open' : 'group-card panel'}
      style={{ borderTopColor: color }}
      aria-labelledby={`group-${groupId}`}
      data-anchor={`group:${groupId}`}
    >
      <header className="group-head">
        <span className="group-dot" style={{ background: color }} aria-hidden="true" />
        <h3 id={`group-${groupId}`} className="group-name">
          {groupId}
        </h3>
        {actions}
      </header>
      <p className="group-meta">
        <span className={`group-phase ${rebalancing ? 'rebalancing' : view.phase.toLowerCase()}`}>
          {t(PHASE[view.phase] ?? 'group.phase.Stable')}
        </span>
        <span className="group-generation" title={t('group.generation', { n: view.generation })}>
          <span aria-hidden="true">{t('group.generationShort', { n: view.generation })}</span>
          <span className="visually-hidden">{t('group.generation', { n: view.generation })}</span>
        </span>
        {view.protocol === 'consumer' && (
          <span className="group-protocol" title={t('group.protocolHint')}>
            {t('group.protocolTag')}
            <span className="visually-hidden"> {t('group.protocolHint')}</span>
          </span>
        )}
      </p>
      <ul className="member-list" aria-label={t('group.members', { group: groupId })}>
        {view.members.map((m) => (
          <MemberRow key={m} memberId={m} color={color} />
        ))}
      </ul>
      {view.offsets.length > OFFSET_ROWS ? (
        <p className="group-lag">
          {t('group.lagSummary', {
            total: view.offsets.reduce((n, o) => n + (o.lag ?? 0), 0),
            max: Math.max(0, ...view.offsets.map((o) => o.lag ?? 0)),
            n: view.offsets.length,
          })}
        </p>
      ) : (
        <p className="group-lag" aria-hidden="true">
          <span className="group-lag-label">{t('group.lag')}</span>
          {view.offsets.map((o) => (
            <span key={o.partition} className={o.lag !== null && o.lag > 10 ? 'mono lag-high' : 'mono'}>
              p{o.partition} {o.lag ?? '—'}
            </span>
          ))}
        </p>
      )}
      {(view.duplicates > 0 || view.skipped > 0 || view.deadLettered > 0 || pausedTotal > 0) && (
        <p className="group-delivery">
          {view.duplicates > 0 && (
            <span className="warn">{t('group.duplicates', { n: view.duplicates })}</span>
          )}
          {view.skipped > 0 && <span className="bad">{t('group.skipped', { n: view.skipped })}</span>}
          {view.deadLettered > 0 && (
            <span className="warn">{t('group.deadLettered', { n: view.deadLettered })}</span>
          )}
          {pausedTotal > 0 && (
            <span
              className="group-paused"
              data-testid="group-paused"
              title={t('group.pausedHint', {
                list: view.paused
                  .map((p) => `p${p.partition} ${formatNumber(lang, p.ms / 1000, 1)} s`)
                  .join(', '),
              })}
            >
              {t('group.paused', { s: formatNumber(lang, pausedTotal / 1000, 1) })}
            </span>
          )}
        </p>
      )}
    </article>
  )
}

/** Time each partition spent without an owner after a rebalance took it away, in tenths of a second, by partition. */
function pausedSeconds(
  now: number,
  pausedMs: Record<number, number>,
  since: Record<number, number>,
): { partition: number; ms: number }[] {
  const partitions = [...new Set([...Object.keys(pausedMs), ...Object.keys(since)].map(Number))].sort(
    (a, b) => a - b,
  )
  return partitions
    .map((p) => ({
      partition: p,
      ms: Math.round(((pausedMs[p] ?? 0) + (since[p] === undefined ? 0 : now - since[p]!)) / 100) * 100,
    }))
    .filter((p) => p.ms > 0)
}

function ResetOffsets({ groupId }: { groupId: string }) {
  const t = useT()
  const { dispatch } = useLabActions()
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="group-reset">
      <label>
        <span className="visually-hidden">{t('group.resetOffsets', { group: groupId })}</span>
        <select
          value=""
          onChange={(e) => {
            const to = e.target.value
            if (!to) return
            const r = dispatch({ type: 'resetOffsets', groupId, to })
            setError(r.ok ? null : r.error)
          }}
        >
          <option value="">{t('group.resetOffsetsShort')}</option>
          <option value="earliest">{t('group.resetEarliest')}</option>
          <option value="latest">{t('group.resetLatest')}</option>
        </select>
      </label>
      {error && (
        <p className="group-error" role="alert">
          {error} {t('group.resetHint')}
        </p>
      )}
    </div>
  )
}
