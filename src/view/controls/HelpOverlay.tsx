import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/useT'
import { closeDialog, openDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { ACTIONS } from './actions'

/** The shortcut list, read from the action registry. */
export function HelpOverlay() {
  const t = useT()
  const open = useUi((s) => s.dialog === 'help')
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal?.()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => closeDialog('help')}
    >
      {/* Close at the top, where it has focus: the dialog opens at its start, not scrolled to a button at its end. */}
      <div className="help-head">
        <h2 id="help-title">{t('help.title')}</h2>
        <form method="dialog">
          <button type="submit" className="btn btn-primary" autoFocus>
            {t('help.close')}
          </button>
        </form>
      </div>
      <p>{t('help.intro')}</p>
      <p>
        <button type="button" className="btn" onClick={() => openDialog('welcome')}>
          {t('help.welcome')}
        </button>
      </p>
      <table className="help-table">
        <tbody>
          {ACTIONS.map((a) => (
            <tr key={a.id}>
              <td>
                {a.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{t(a.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  )
}
