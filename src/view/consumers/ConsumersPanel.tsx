import { useT } from '../../i18n/useT'

/** The right column: consumers and consumer groups read the same records independently. */
export function ConsumersPanel() {
  const t = useT()
  return (
    <section className="side-column consumers-panel" aria-labelledby="consumers-title">
      <div className="side-head">
        <h2 id="consumers-title" className="panel-title">
          {t('consumers.label')}
        </h2>
      </div>
      <p className="side-empty">{t('consumers.none')}</p>
    </section>
  )
}
