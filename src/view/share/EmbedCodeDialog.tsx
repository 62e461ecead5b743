import { useId, useMemo, useRef, useState } from 'react'
import { clampSize, EMBED_SIZES, embedSnippet, embedUrlFor, type EmbedSize } from '../../api/embedCode'
import { exportSceneText } from '../../api/kafkaLabApi'
import { LESSONS } from '../../lessons/catalog'
import { LANG_NAMES, LANGS, isLang, type Lang } from '../../i18n/translate'
import { useLang, useT } from '../../i18n/useT'
import { useLabStore } from '../../store/react'
import { useResumeOnClose } from './useResumeOnClose'
import { closeDialog, STAGE_PANELS, type StagePanel } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { ModalDialog } from '../forms/Dialog'
import { copyToClipboard } from './copyToClipboard'
import { EmbedViewOptions } from './EmbedViewOptions'
import './share.css'

const close = () => closeDialog('embedCode')

/** "Copy embed code": an iframe snippet for the current scene (or a lesson), with its options. */
export function EmbedCodeDialog() {
  const open = useUi((s) => s.dialog === 'embedCode')
  return open ? <EmbedCodeBody /> : null
}

function EmbedCodeBody() {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const current = useLang()
  const area = useRef<HTMLTextAreaElement>(null)
  const [{ scene, wasRunning }] = useState(() => {
    const running = store.getState().running
    store.getState().pause()
    return { scene: exportSceneText(store), wasRunning: running }
  })
  useResumeOnClose(store, wasRunning)
  const [lang, setLang] = useState<Lang>(current)
  const [controls, setControls] = useState(true)
  const [paused, setPaused] = useState(true)
  const [lesson, setLesson] = useState('')
  const [panels, setPanels] = useState<readonly StagePanel[]>(STAGE_PANELS)
  const [focus, setFocus] = useState('')
  const [size, setSize] = useState<EmbedSize>(EMBED_SIZES['800x500'])
  const [copied, setCopied] = useState<boolean | null>(null)
  // A lesson builds its own scene: a focus chosen from this one may name nothing there.
  const focused = lesson ? '' : focus
  const url = useMemo(
    () =>
      embedUrlFor(window.location, scene, {
        lang,
        controls,
        paused,
        panels,
        ...(lesson ? { lesson } : {}),
        ...(focused ? { focus: focused } : {}),
      }),
    [scene, lang, controls, paused, lesson, panels, focused],
  )
  const snippet = useMemo(() => embedSnippet(url, t('embed.frameTitle'), clampSize(size)), [url, size, t])

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={close}>
      <div className="share-dialog">
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('embed.title')}
        </h2>
        <div className="form-dialog-body">
          <p className="form-hint share-intro">{t('embed.intro')}</p>
          <div className="share-options">
            <div className="form-field">
              <label htmlFor={`${id}-lang`}>{t('embed.lang')}</label>
              <select
                id={`${id}-lang`}
                value={lang}
                onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}
                data-autofocus
              >
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-lesson`}>{t('embed.lesson')}</label>
              <select id={`${id}-lesson`} value={lesson} onChange={(e) => setLesson(e.target.value)}>
                <option value="">{t('embed.noLesson')}</option>
                {LESSONS.map((l) => (
                  <option key={l.id} value={l.id}>
                    {t(l.title)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <label className="form-check">
            <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />
            {t('embed.controls')}
          </label>
          <fieldset className="form-fieldset share-start">
            <legend className="form-legend">{t('embed.start')}</legend>
            <label className="form-check">
              <input type="radio" name={`${id}-start`} checked={paused} onChange={() => setPaused(true)} />
              {t('embed.startPaused')}
            </label>
            <label className="form-check">
              <input type="radio" name={`${id}-start`} checked={!paused} onChange={() => setPaused(false)} />
              {t('embed.startPlaying')}
            </label>
          </fieldset>
          <EmbedViewOptions
            panels={panels}
            onPanels={setPanels}
            focus={focused}
            onFocus={setFocus}
            focusOff={lesson !== ''}
            size={size}
            onSize={setSize}
          />
          <div className="form-field">
            <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
            <textarea
              ref={area}
              id={`${id}-code`}
              className="mono share-code"
              readOnly
              rows={5}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
            <p className="form-hint" aria-live="polite">
              {copied === true
                ? t('share.copied')
                : copied === false
                  ? t('share.copyFailed')
                  : t('share.length', { n: snippet.length })}
            </p>
            <a className="share-preview" href={url} target="_blank" rel="noopener">
              {t('embed.preview')}
            </a>
          </div>
        </div>
        <div className="form-dialog-footer">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void copyToClipboard(snippet, area.current).then(setCopied)}
          >
            {t('share.copy')}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t('share.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  )
}
