import { useId, useRef } from 'react'
import { exportSceneText } from '../../api/kafkaLabApi'
import { useT } from '../../i18n/useT'
import { useLabStore } from '../../store/react'
import { openDialog } from '../../store/uiStore'
import { openSceneFile } from './openSceneFile'
import { downloadText } from './sceneFiles'
import './share.css'

/** The header's scene actions: share a link, copy embed code, save to a file, open a file. */
export function SceneMenu() {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="scene-menu" role="group" aria-label={t('share.menu')}>
      <button type="button" className="btn btn-small" onClick={() => openDialog('share')}>
        {t('share.open')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => openDialog('embedCode')}>
        {t('share.embed')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => downloadText(exportSceneText(store))}
        title={t('share.downloadHint')}
      >
        {t('share.download')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => input.current?.click()}
        title={t('share.importHint')}
      >
        {t('share.import')}
      </button>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void openSceneFile(store, file)
        }}
      />
    </div>
  )
}
