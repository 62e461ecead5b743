import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { openDialog } from '../../store/uiStore'
import { inFocus, useFocus, usePanelShown } from '../layout/panels'
import { BrokerCard } from './BrokerCard'
import { Legend } from './Legend'
import { atScale } from './atScale'
import { capacityFromLog, FIRST_GUESS, LogCapacity } from './LogCapacity'
import { TopicSummary } from './TopicSummary'
import './cluster.css'

// Only the large scenes need the overview (broker strip, heatmaps): its code loads when one opens.
const ClusterOverview = lazy(() => import('./ClusterOverview').then((m) => ({ default: m.ClusterOverview })))

/** Past these, the detailed logs would not fit a screen: the compact layout takes over. */

function useCapacity() {
  const ref = useRef<HTMLDivElement>(null)
  const [capacity, setCapacity] = useState(FIRST_GUESS)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    // The cells are sized in em by CSS (the stage fits its font to the screen): read what a row really has.
    const measure = () => {
      const log = el.querySelector<HTMLElement>('.log')
      const slot = log?.querySelector<HTMLElement>('.log-slot')
      if (!log || !slot) return
      const style = getComputedStyle(log)
      const gap = parseFloat(style.columnGap) || 0
      const width =
        log.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0)
      // A record's cell can be wider than the empty slot (its key's text): the widest of the two, by layout
      // (offsetWidth: cells entering are scaled by their animation).
      const cell = log.querySelector<HTMLElement>(':scope > li > .cell')?.parentElement
      setCapacity(capacityFromLog(width, Math.max(slot.offsetWidth, cell?.offsetWidth ?? 0), gap))
    }
    // The cluster's width, and a cell's: the stage's font changes the cells without changing the column.
    const watched: (Element | null)[] = [null, null]
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measureAndWatch())
    const measureAndWatch = () => {
      measure()
      // An empty slot and a record's cell (the first one that appears too): both change with the stage's font.
      const now = [
        el.querySelector('.log-slot'),
        el.querySelector('.log > li > .cell')?.parentElement ?? null,
      ]
      now.forEach((box, i) => {
        if (!ro || !box || box === watched[i]) return
        if (watched[i]) ro.unobserve(watched[i]!)
        ro.observe(box)
        watched[i] = box
      })
    }
    ro?.observe(el)
    measureAndWatch()
    return () => ro?.disconnect()
  }, [])
  return { ref, capacity }
}

/** The brokers, in the middle: each holds its partition replicas. */
export function ClusterView() {
  const t = useT()
  const { dispatch } = useLabActions()
  const brokerIds = useLab((s) => s.sim.state.brokers.map((b) => b.id))
  const shown = usePanelShown('cluster')
  const focus = useFocus()
  const topics = useLab((s) =>
    Object.values(s.sim.state.topics)
      .filter((tp) => !tp.internal && inFocus(focus, tp.name))
      .map((tp) => tp.name),
  )
  // At scale (many replicas or brokers): a strip of broker tiles and a heatmap of each topic's partitions.
  const compact = useLab((s) => atScale(s.sim.state))
  const { ref, capacity } = useCapacity()
  if (!shown) return null
  return (
    <section className="cluster" aria-labelledby="cluster-title" ref={ref}>
      <div className="cluster-head">
        <h2 id="cluster-title" className="panel-title">
          {t('cluster.label')} · {t('cluster.brokers', { n: brokerIds.length })}
        </h2>
        <span className="broker-spacer" />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => openDialog('createTopic')}
          aria-keyshortcuts="T"
          data-anchor="control:createTopic"
        >
          {t('cluster.createTopic')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => dispatch({ type: 'addBroker' })}
          aria-keyshortcuts="B"
        >
          {t('cluster.addBroker')}
        </button>
      </div>
      {topics.map((name) => (
        <TopicSummary key={name} topic={name} />
      ))}
      {topics.length === 0 && <p className="cluster-empty">{t('cluster.noTopics')}</p>}
      <LogCapacity.Provider value={capacity}>
        {compact ? (
          <Suspense fallback={null}>
            <ClusterOverview brokerIds={brokerIds} topics={topics} />
          </Suspense>
        ) : (
          <div className="broker-list">
            {brokerIds.map((id) => (
              <BrokerCard key={id} brokerId={id} />
            ))}
          </div>
        )}
      </LogCapacity.Provider>
      <Legend />
    </section>
  )
}
