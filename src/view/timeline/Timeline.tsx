import { useId, useMemo, type KeyboardEvent } from 'react'
import { useLang, useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { useUi } from '../../store/useUi'
import { formatSimTime } from '../time'
import { liveStep, quantize } from './liveStep'
import { MARKER_GLYPH, markersOf, milestoneLabel, nextMilestone, previousMilestone } from './markers'
import './timeline.css'

const SECOND = 1000
const MINUTE = 60_000

function Icon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <path d={d} />
    </svg>
  )
}
const PREVIOUS = 'M2 2.5h2v11H2zM14 2.5v11L5 8z'
const NEXT = 'M12 2.5h2v11h-2zM2 2.5v11L11 8z'

/**
 * Time travel: a slider over the whole run (drag it, or use the arrow keys), markers for kills, restarts,
 * elections, rebalances and lesson steps, and a step back or forward from marker to marker. Seeking back pauses on
 * the exact state the run had then; acting there starts a new future and keeps the old one as a branch.
 */
export function Timeline() {
  const t = useT()
  const lang = useLang()
  const store = useLabStore()
  const helpId = useId()
  const shown = useUi((s) => s.controls)
  // Playing, the times shown move in steps the run's length makes visible (see liveStep); paused, to the tenth.
  const step = useLab((s) => liveStep(s.horizonMs - s.startMs, s.running))
  const now = useLab((s) => quantize(s.sim.state.timeMs, step))
  const startMs = useLab((s) => s.startMs)
  const horizon = useLab((s) => quantize(s.horizonMs, step))
  const milestones = useLab((s) => s.milestones, Object.is)
  const branchAt = useLab((s) => s.branch?.atMs ?? null)
  const inPast = useLab((s) => s.sim.state.timeMs < s.horizonMs || s.cursor < s.commandLog.length)
  const end = Math.max(horizon, now, startMs + SECOND)
  const markers = useMemo(() => markersOf(milestones, startMs, end), [milestones, startMs, end])
  if (!shown) return null

  const seek = (ms: number) => {
    const s = store.getState()
    const target = Math.min(Math.max(ms, s.startMs), Math.max(s.horizonMs, s.sim.state.timeMs))
    s.seek(target)
  }
  const exactNow = () => store.getState().sim.state.timeMs
  const describe = (m: Parameters<typeof milestoneLabel>[0]) => {
    const label = milestoneLabel(m)
    return t(label.key, label.params)
  }
  const prev = previousMilestone(milestones, now)
  const next = nextMilestone(milestones, now + 99)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const base = exactNow()
    const small = e.shiftKey ? 10 * SECOND : SECOND
    let target: number | undefined
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        target = base - small
        break
      case 'ArrowRight':
      case 'ArrowUp':
        target = base + small
        break
      case 'PageDown':
        target = base - MINUTE
        break
      case 'PageUp':
        target = base + MINUTE
        break
      case 'Home':
        target = store.getState().startMs
        break
      case 'End':
        target = store.getState().horizonMs
        break
    }
    if (target === undefined) return
    e.preventDefault()
    seek(target)
  }

  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <button
        type="button"
        className="btn btn-small timeline-jump"
        disabled={!prev}
        onClick={() => prev && seek(prev.t)}
        aria-label={
          prev
            ? t('timeline.previousAt', { what: describe(prev), time: formatSimTime(prev.t, lang) })
            : t('timeline.previous')
        }
        title={
          prev
            ? t('timeline.previousAt', { what: describe(prev), time: formatSimTime(prev.t, lang) })
            : t('timeline.previous')
        }
      >
        <Icon d={PREVIOUS} />
      </button>
      <div className="timeline-track">
        <div className="timeline-markers" aria-hidden="true">
          {markers.map((m) => {
            const what = describe(m.first)
            const title = `${m.count > 1 ? t('timeline.marker.more', { what, n: m.count - 1 }) : what} · ${formatSimTime(m.t, lang)}`
            return (
              // A button for the pointer (a click or a tap seeks there); the keyboard has the jump buttons beside.
              <button
                type="button"
                tabIndex={-1}
                key={`${m.kind}:${m.t}`}
                className={`timeline-marker timeline-marker-${m.kind}`}
                style={{ left: `${m.at * 100}%` }}
                title={title}
                onClick={() => seek(m.t)}
              >
                {MARKER_GLYPH[m.kind]}
              </button>
            )
          })}
          {branchAt !== null && (
            <span
              className="timeline-branch"
              style={{ left: `${((branchAt - startMs) / Math.max(1, end - startMs)) * 100}%` }}
            />
          )}
        </div>
        <input
          type="range"
          className="timeline-slider"
          min={startMs}
          max={end}
          step={100}
          value={Math.min(now, end)}
          aria-label={t('timeline.slider')}
          aria-valuetext={formatSimTime(now, lang)}
          aria-describedby={helpId}
          onChange={(e) => seek(Number(e.currentTarget.value))}
          onKeyDown={onKeyDown}
        />
        <span id={helpId} className="visually-hidden">
          {t('timeline.sliderHelp')}
        </span>
      </div>
      <button
        type="button"
        className="btn btn-small timeline-jump"
        disabled={!next}
        onClick={() => next && seek(next.t)}
        aria-label={
          next
            ? t('timeline.nextAt', { what: describe(next), time: formatSimTime(next.t, lang) })
            : t('timeline.next')
        }
        title={
          next
            ? t('timeline.nextAt', { what: describe(next), time: formatSimTime(next.t, lang) })
            : t('timeline.next')
        }
      >
        <Icon d={NEXT} />
      </button>
      <span className="timeline-end mono">{t('timeline.end', { time: formatSimTime(end, lang, 0) })}</span>
      {inPast && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => seek(store.getState().horizonMs)}
          title={t('timeline.presentHint')}
        >
          {t('timeline.present')}
        </button>
      )}
      {branchAt !== null && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => store.getState().restoreBranch()}
          title={t('timeline.restoreBranchHint', { time: formatSimTime(branchAt, lang) })}
        >
          {t('timeline.restoreBranch')}
        </button>
      )}
    </section>
  )
}
