import { useContext, type KeyboardEvent } from 'react'
import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { findPartitionState } from '../../store/selectors'
import { useLab, useLabActions } from '../../store/react'
import { currentStep } from '../../store/lessonSlice'
import { keyColor, shortKey } from './keyColor'
import { shortValue } from './shortValue'
import { LogCapacity } from './LogCapacity'
import { logWindow, supersededOffsets } from './logWindow'
import { useUi } from '../../store/useUi'
import { RoleIcon, type ReplicaRole } from './RoleIcon'
import { GroupFlags } from './GroupFlags'

const ROLE_LABEL: Record<ReplicaRole, MessageKey> = {
  leader: 'replica.leader',
  follower: 'replica.follower',
  outOfSync: 'replica.outOfSync',
  offline: 'replica.offline',
}

interface Props {
  topic: string
  partition: number
  brokerId: number
}

/** One replica of one partition on one broker: its log as numbered cells, its role, LEO and HW. */
export function ReplicaRow({ topic, partition, brokerId }: Props) {
  const t = useT()
  const capacity = useContext(LogCapacity)
  const { select } = useLabActions()
  // A lesson step that talks about the values (order numbers...) has the cells show them.
  const showValues = useLab((s) => currentStep(s.lesson)?.show?.cells === 'value')
  const asCompacted = useUi((s) => s.compactedView === `${topic}-${partition}`)
  const view = useLab((s) => {
    const p = findPartitionState(s.sim.state, topic, partition)
    const replica = p?.replicas.find((r) => r.brokerId === brokerId)
    const broker = s.sim.state.brokers.find((b) => b.id === brokerId)
    if (!p || !replica || !broker) return null
    const role: ReplicaRole = !broker.alive
      ? 'offline'
      : p.leader === brokerId
        ? 'leader'
        : p.isr.includes(replica.brokerId)
          ? 'follower'
          : 'outOfSync'
    const selected =
      s.selection?.kind === 'record' && s.selection.topic === topic && s.selection.partition === partition
        ? s.selection.offset
        : -1
    const flags =
      role === 'leader'
        ? Object.values(s.sim.state.groups)
            .map((g, index) => ({
              groupId: g.groupId,
              index,
              committed: g.topic === topic ? g.committed[partition] : undefined,
            }))
            .filter(
              (f): f is { groupId: string; index: number; committed: number } => f.committed !== undefined,
            )
        : []
    return {
      flags,
      role,
      epoch: p.leaderEpoch,
      leo: role === 'leader' ? p.logEndOffset : replica.logEndOffset,
      hw: p.highWatermark,
      logStart: p.logStartOffset,
      partitionLeo: p.logEndOffset,
      // A stopped broker's replica holds its own log and nothing after it: no slots for what it never received.
      window: logWindow(
        p,
        role === 'leader' ? p.logEndOffset : replica.logEndOffset,
        capacity,
        role === 'offline' ? replica.logEndOffset : p.logEndOffset,
        asCompacted ? supersededOffsets(p, s.sim.state.timeMs) : null,
      ),
      cleanerPoint: s.sim.state.topics[topic]?.config.cleanupPolicy === 'delete' ? null : p.cleanerPoint,
      selected,
    }
  })
  if (!view) return null
  const { role, window } = view
  // A stopped broker knows no high watermark: it is the leader's, and it hears nothing.
  const hw = role === 'offline' ? null : view.hw
  // Its next offset is its own log end, not the partition's.
  const slotOffset = role === 'offline' ? view.leo : view.partitionLeo
  const name = `${topic}-${partition}`

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return
    const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.cell'))
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (i < 0) return
    e.preventDefault()
    e.stopPropagation()
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : i + (e.key === 'ArrowLeft' ? -1 : 1)
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus()
  }

  return (
    <div className={`replica-row role-${role}`} data-anchor={`replica:${topic}:${partition}:${brokerId}`}>
      <div className="replica-label">
        <span className={`role-badge role-${role}`} title={t(ROLE_LABEL[role])}>
          <RoleIcon role={role} />
          <span className="visually-hidden">{t(ROLE_LABEL[role])}</span>
        </span>
        <span className="replica-text">
          <span className="replica-name">{name}</span>
          <span className="replica-sub">
            <span className="replica-role" aria-hidden="true">
              {t(ROLE_LABEL[role])}
            </span>
            <span className="replica-epoch" title={t('replica.epochHint')}>
              {t('replica.epoch', { n: view.epoch })}
            </span>
          </span>
        </span>
      </div>
      <ol
        className="log"
        aria-label={
          hw === null
            ? t('replica.logLabelStopped', { name, broker: brokerId, start: view.logStart, leo: view.leo })
            : t('replica.logLabel', { name, broker: brokerId, start: view.logStart, leo: view.leo, hw })
        }
        onKeyDown={onKeyDown}
      >
        {window.hiddenBefore > 0 && (
          // Where the log starts (its log start offset), then the older records out of view.
          <li
            className="log-more"
            aria-hidden="true"
            title={t('replica.hiddenFrom', { n: window.hiddenBefore, start: view.logStart })}
          >
            <span className="log-more-start">{view.logStart}</span>
            <span>…</span>
          </li>
        )}
        {window.hiddenBefore === 0 && view.logStart > 0 && (
          <li className="log-start" aria-hidden="true" title={t('replica.deletedHint', { n: view.logStart })}>
            <span>{t('replica.deleted', { to: view.logStart - 1 })}</span>
          </li>
        )}
        {window.cells.map((c, i) => {
          const classes = ['cell', c.present ? (c.committed ? 'committed' : 'uncommitted') : 'absent']
          if (c.present && c.compacted) classes.push('compacted')
          if (c.present && c.tombstone) classes.push('tombstone')
          if (c.present && c.wouldGo) classes.push('would-go')
          if (c.offset === view.cleanerPoint && c.offset !== hw) classes.push('cleaner-at')
          if (c.offset === hw) classes.push('hw-at')
          if (c.offset === view.selected) classes.push('selected')
          if (showValues) classes.push('shows-value')
          const keyText = c.compacted ? t('record.compacted') : c.key === null ? t('record.noKey') : c.key
          const segment =
            (c.segmentStart ? ` · ${t('replica.segmentStart', { offset: c.offset })}` : '') +
            (c.present && c.tombstone ? ` · ${t('record.tombstone')}` : '') +
            (c.present && c.wouldGo ? ` · ${t('record.wouldGo')}` : '') +
            (c.offset === view.cleanerPoint ? ` · ${t('replica.cleanerPoint', { offset: c.offset })}` : '')
          const content = (
            <>
              <button
                type="button"
                className={classes.join(' ')}
                style={
                  c.present && !c.compacted
                    ? {
                        borderBottomColor: keyColor(c.key),
                        background: c.committed ? keyColor(c.key, true) : undefined,
                      }
                    : undefined
                }
                tabIndex={i === window.cells.length - 1 ? 0 : -1}
                aria-label={
                  t(
                    c.present
                      ? c.compacted
                        ? 'record.cellCompacted'
                        : c.committed
                          ? 'record.cellCommitted'
                          : 'record.cellUncommitted'
                      : 'record.cellAbsent',
                    {
                      offset: c.offset,
                      key: keyText,
                    },
                  ) +
                  (showValues && c.present && !c.compacted && !c.tombstone
                    ? `, ${t('record.valueIs', { value: c.value.slice(0, 80) })}`
                    : '') +
                  segment
                }
                title={`${t('record.offset')} ${c.offset} · ${keyText} · ${t(`inspector.format.${c.format}`)}${segment}`}
                onClick={() => select({ kind: 'record', topic, partition, offset: c.offset })}
              >
                <span className="cell-offset">{c.offset}</span>
                {c.present && !c.compacted && (
                  <span className="cell-key">
                    {c.tombstone ? (
                      // A tombstone deletes its key: the key struck through, on a striped cell.
                      <s>{shortKey(c.key)}</s>
                    ) : showValues ? (
                      shortValue(c.value)
                    ) : (
                      shortKey(c.key)
                    )}
                  </span>
                )}
              </button>
              <GroupFlags
                flags={view.flags.filter(
                  (f) => f.committed === c.offset || (i === 0 && f.committed < c.offset),
                )}
              />
            </>
          )
          // A record simply appears where its message lands (the flight is its arrival): an entrance animated per
          // cell repainted its broker's card every frame, a third of what a playing scene cost the page.
          return (
            <li key={c.offset} className={c.segmentStart ? 'segment-start' : undefined}>
              {content}
            </li>
          )
        })}
        <li
          className={hw === slotOffset ? 'log-slot hw-at' : 'log-slot'}
          data-anchor={`slot:${topic}:${partition}:${brokerId}`}
          aria-hidden="true"
          title={t('replica.slotHint')}
        >
          <span>{slotOffset}</span>
          <GroupFlags flags={view.flags.filter((f) => f.committed >= slotOffset)} />
        </li>
      </ol>
      <div className="replica-stats mono" aria-hidden="true">
        <span title={t('replica.leoHint')}>LEO {view.leo}</span>
        {hw === null ? (
          <span title={t('replica.hwStoppedHint')}>HW —</span>
        ) : (
          <span title={t('replica.hwHint')}>HW {hw}</span>
        )}
      </div>
    </div>
  )
}
