import type { MouseEvent, FocusEvent } from 'react'
import { exportSceneText } from '../../api/kafkaLabApi'
import { appBase, shareUrlFor } from '../../api/permalink'
import { useT } from '../../i18n/useT'
import { useLabStore } from '../../store/react'
import './share.css'

/** The embed's one way out: the same scene, as it is now, in the full app in a new tab. */
export function EmbedBar() {
  const t = useT()
  const store = useLabStore()
  // The link points at the scene as it is when it is used (hovered, focused, clicked), not when it was drawn.
  const refresh = (e: MouseEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = shareUrlFor(window.location, exportSceneText(store))
  }
  return (
    <div className="embed-bar">
      <span className="embed-brand">{t('app.title')}</span>
      <a
        className="btn btn-small embed-open"
        href={appBase(window.location)}
        target="_blank"
        rel="noopener"
        title={t('embed.openFullHint')}
        onMouseEnter={refresh}
        onFocus={refresh}
        onClick={refresh}
        onAuxClick={refresh}
        onContextMenu={refresh}
      >
        {t('embed.openFull')}
        <svg
          width="12"
          height="12"
          viewBox="0 0 16 16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M9 2h5v5M14 2 7 9M12 9v5H2V4h5" />
        </svg>
      </a>
    </div>
  )
}
