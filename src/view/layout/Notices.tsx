import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { dismissNotice, noticeTone, type NoticeTone } from '../../store/uiStore'
import { useUi } from '../../store/useUi'

const GLYPH: Record<NoticeTone, string> = { error: '⚠', success: '✓', info: 'ℹ' }
const TONE: Record<NoticeTone, MessageKey> = {
  error: 'app.notice.toneError',
  success: 'app.notice.toneSuccess',
  info: 'app.notice.toneInfo',
}

/**
 * What the app refused or fell back from (a bad URL value, a file it could not open), what worked (a scene opened,
 * a lesson resumed) and what to know, until dismissed. Each tone has its own colour, mark and spoken prefix, so an
 * error never reads like a success.
 */
export function Notices() {
  const t = useT()
  const notices = useUi((s) => s.notices)
  if (notices.length === 0) return null
  return (
    <div className="notices" role="status">
      {notices.map((n) => {
        const tone = noticeTone(n.key)
        return (
          <div className={`notice notice-${tone}`} key={n.id}>
            <span className="notice-mark" aria-hidden="true">
              {GLYPH[tone]}
            </span>
            <p>
              <span className="visually-hidden">{t(TONE[tone])} </span>
              {t(n.key as MessageKey, n.params)}
            </p>
            <button type="button" className="btn btn-small" onClick={() => dismissNotice(n.id)}>
              {t('app.notice.dismiss')}
            </button>
          </div>
        )
      })}
    </div>
  )
}
