import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { dismissNotice } from '../../store/uiStore'
import { useUi } from '../../store/useUi'

/** What the app ignored or fell back from (a bad URL value...), until dismissed. */
export function Notices() {
  const t = useT()
  const notices = useUi((s) => s.notices)
  if (notices.length === 0) return null
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          <p>{t(n.key as MessageKey, n.params)}</p>
          <button type="button" className="btn btn-small" onClick={() => dismissNotice(n.id)}>
            {t('app.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
