import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { openDialog } from '../../store/uiStore'
import { inFocus, useFocus, usePanelShown } from '../layout/panels'
import { GroupCard } from './GroupCard'
import './consumers.css'

/** The right column: consumer groups, each reading the same records at its own position. */
export function ConsumersPanel() {
  const t = useT()
  const shown = usePanelShown('consumers')
  const focus = useFocus()
  // Each group keeps its index (its colour) when a focus hides the groups of other topics.
  const groups = useLab((s) =>
    Object.values(s.sim.state.groups).flatMap((g, i) =>
      inFocus(focus, g.topic) ? [[g.groupId, i] as const] : [],
    ),
  )
  if (!shown) return null
  return (
    <section className="side-column consumers-panel" aria-labelledby="consumers-title">
      <div className="side-head">
        <h2 id="consumers-title" className="panel-title">
          {t('consumers.label')}
        </h2>
        <button
          type="button"
          className="btn btn-small side-add"
          onClick={() => openDialog('addConsumer')}
          aria-keyshortcuts="C"
          data-anchor="control:addConsumer"
          aria-label={t('consumers.addGroup')}
          title={t('consumers.addGroup')}
        >
          <span aria-hidden="true">+</span> <span className="side-add-word">{t('stage.add')}</span>
        </button>
      </div>
      {groups.length === 0 && <p className="side-empty">{t('consumers.none')}</p>}
      {groups.map(([g, i]) => (
        <GroupCard key={g} groupId={g} index={i} />
      ))}
    </section>
  )
}
