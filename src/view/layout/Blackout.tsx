import { useT } from '../../i18n/useT'
import { uiStore } from '../../store/uiStore'
import { useUi } from '../../store/useUi'

/** Lecture mode's black screen: the room looks at the speaker; B, Escape or a click brings the simulator back. */
export function Blackout() {
  const t = useT()
  const on = useUi((s) => s.blackout)
  if (!on) return null
  return (
    <div
      className="blackout"
      role="dialog"
      aria-modal="true"
      aria-label={t('controls.blackout')}
      onClick={() => uiStore.setState({ blackout: false })}
    >
      <span className="visually-hidden">{t('controls.blackout')}</span>
    </div>
  )
}
