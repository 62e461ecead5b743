import type { ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { openDialog } from '../../store/uiStore'
import { inFocus, useFocus, usePanelShown } from '../layout/panels'
import { ProducerCard } from './ProducerCard'
import './producers.css'

/** The left column: the producers (each decides the partition of its records) and the hand-produce form. */
export function ProducersPanel({ children }: { children?: ReactNode }) {
  const t = useT()
  const shown = usePanelShown('producers')
  const focus = useFocus()
  const ids = useLab((s) =>
    s.sim.state.producers.filter((p) => inFocus(focus, p.topic)).map((p) => p.id as string),
  )
  if (!shown) return null
  return (
    <section className="side-column producers-panel" aria-labelledby="producers-title">
      <div className="side-head">
        <h2 id="producers-title" className="panel-title">
          {t('producers.label')}
        </h2>
        <button
          type="button"
          className="btn btn-small side-add"
          onClick={() => openDialog('addProducer')}
          aria-keyshortcuts="P"
          aria-label={t('producers.add')}
          title={t('producers.add')}
        >
          <span aria-hidden="true">+</span> <span className="side-add-word">{t('stage.add')}</span>
        </button>
      </div>
      {ids.length === 0 && <p className="side-empty">{t('producers.none')}</p>}
      {ids.map((id) => (
        <ProducerCard key={id} producerId={id} />
      ))}
      {children}
    </section>
  )
}
