import { useEffect, useRef, useState } from 'react'
import type { SimEvent } from '../../engine'
import { useLang, useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { EventIcon } from './EventIcon'
import { strongestTone, toneRank, type EventTone } from './eventKind'
import { narrateGroup } from './story'
import { formatSimTime } from './simTime'
import './narration.css'

/** A burst of events is told at most this often (wall-clock ms), as one story, so a screen reader is not flooded. */
export const ANNOUNCE_EVERY_MS = 500
/** How long (wall-clock ms) a danger or warning story stays before news of a lesser tone replaces it. */
export const HOLD_MS = 3000
/** The strip holds one line, two at most: the most important sentences come first. */
const BAR_SENTENCES = 2
const NOTHING: readonly SimEvent[] = []

/**
 * The narration strip under the toolbar: the latest notable events in plain words, with their simulated time.
 * Its text is a polite live region, so screen readers hear each story once it settles.
 */
export function NarrationBar() {
  const store = useLabStore()
  const lang = useLang()
  const t = useT()
  const lastId = useLab((s) => s.log[s.log.length - 1]?.id ?? 0)
  const [shown, setShown] = useState<readonly SimEvent[]>(NOTHING)
  const announced = useRef<{ id: number; at: number; tone: EventTone }>({
    id: 0,
    at: Number.NEGATIVE_INFINITY,
    tone: 'info',
  })

  useEffect(() => {
    const log = store.getState().log
    const last = log[log.length - 1]
    if (last && last.id < announced.current.id) {
      // A seek back dropped what was told: tell the latest that still happened, at once (no future left on screen).
      const told = log.filter((entry) => entry.event.t === last.event.t).map((entry) => entry.event)
      announced.current = { id: last.id, at: performance.now(), tone: strongestTone(told) }
      setShown(told)
      return
    }
    const fresh = log.filter((entry) => entry.id > announced.current.id)
    if (log.length > 0 && fresh.length === 0) return
    // A kill or a loss stays in view a while before lesser news (retries, sticky moves) replaces it.
    const lesser =
      toneRank(strongestTone(fresh.map((entry) => entry.event))) < toneRank(announced.current.tone)
    const gap = log.length === 0 ? 0 : lesser ? HOLD_MS : ANNOUNCE_EVERY_MS
    const wait = Math.max(0, announced.current.at + gap - performance.now())
    const timer = setTimeout(() => {
      const now = store.getState().log
      if (now.length === 0) {
        // A reset or a seek back cleared the log: what was told no longer happened.
        announced.current = { ...announced.current, tone: 'info' }
        setShown(NOTHING)
        return
      }
      const events = now.filter((entry) => entry.id > announced.current.id)
      const last = events[events.length - 1]
      if (!last) return
      const told = events.map((entry) => entry.event)
      announced.current = { id: last.id, at: performance.now(), tone: strongestTone(told) }
      setShown(told)
    }, wait)
    return () => clearTimeout(timer)
  }, [lastId, store])

  const latest = shown[shown.length - 1]
  const tone = latest ? strongestTone(shown) : 'info'
  return (
    <div className={`narration-bar tone-${tone}`}>
      <EventIcon tone={tone} />
      {latest && <span className="narration-time mono">{formatSimTime(latest.t, lang)}</span>}{' '}
      <p className="narration-text" role="status" aria-live="polite" aria-atomic="true">
        {latest
          ? narrateGroup(shown, lang, { max: BAR_SENTENCES, order: 'importance' })
          : t('narration.empty')}
      </p>
    </div>
  )
}
