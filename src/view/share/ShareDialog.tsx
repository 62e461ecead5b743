import { useId, useRef, useState } from 'react'
import { exportSceneText } from '../../api/kafkaLabApi'
import { MAX_PERMALINK_CHARS, shareUrlFor } from '../../api/permalink'
import { useT } from '../../i18n/useT'
import { useLabStore } from '../../store/react'
import { useResumeOnClose } from './useResumeOnClose'
import { closeDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { ModalDialog } from '../forms/Dialog'
import { copyToClipboard } from './copyToClipboard'
import { QrCode } from './QrCode'
import { downloadText } from './sceneFiles'
import './share.css'

const close = () => closeDialog('share')

/** The permalink of the scene as it is when the dialog opens (the simulation pauses so that they match). */
export function ShareDialog() {
  const open = useUi((s) => s.dialog === 'share')
  return open ? <ShareDialogBody /> : null
}

function ShareDialogBody() {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const field = useRef<HTMLInputElement>(null)
  const [{ url, scene, wasRunning }] = useState(() => {
    const running = store.getState().running
    store.getState().pause()
    const text = exportSceneText(store)
    return { url: shareUrlFor(window.location, text), scene: text, wasRunning: running }
  })
  useResumeOnClose(store, wasRunning)
  const [copied, setCopied] = useState<boolean | null>(null)
  const tooLong = url.length > MAX_PERMALINK_CHARS

  const copy = async () => setCopied(await copyToClipboard(url, field.current))

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={close}>
      <div className="share-dialog">
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('share.title')}
        </h2>
        <div className="form-dialog-body">
          <p className="form-hint share-intro">{t('share.intro')}</p>
          {tooLong && (
            <p role="alert" className="form-alert">
              {t('share.tooLong', { n: url.length, max: MAX_PERMALINK_CHARS })}
            </p>
          )}
          <div className="form-field">
            <label htmlFor={`${id}-url`}>{t('share.link')}</label>
            <div className="share-row">
              <input
                ref={field}
                id={`${id}-url`}
                className="mono share-url"
                type="text"
                readOnly
                value={url}
                onFocus={(e) => e.currentTarget.select()}
                data-autofocus
              />
              <button type="button" className="btn btn-primary" onClick={() => void copy()}>
                {t('share.copy')}
              </button>
            </div>
            <p className="form-hint" aria-live="polite">
              {copied === true
                ? t('share.copied')
                : copied === false
                  ? t('share.copyFailed')
                  : t('share.length', { n: url.length })}
            </p>
          </div>
          {!tooLong && (
            <figure className="share-qr">
              <QrCode text={url} label={t('share.qr')} />
              <figcaption className="form-hint">{t('share.qrTitle')}</figcaption>
            </figure>
          )}
        </div>
        <div className="form-dialog-footer">
          <button
            type="button"
            className={tooLong ? 'btn btn-primary' : 'btn'}
            onClick={() => downloadText(scene)}
            title={t('share.downloadHint')}
          >
            {t('share.download')}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t('share.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  )
}
