import { useId } from 'react'
import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { LESSONS } from '../../lessons/catalog'
import { useLabActions } from '../../store/react'
import { closeDialog, setPresent } from '../../store/uiStore'
import { ModalDialog } from '../forms/Dialog'
import { requestLessonFocus } from '../lessons/lessonFocus'
import { rememberWelcomed } from './welcomeMemory'
import './welcome.css'

/** What is on the stage, in the order a teacher would point at it, each with the mark it has there. */
const PARTS: { part: string; name: MessageKey; text: MessageKey }[] = [
  { part: 'producers', name: 'welcome.producers', text: 'welcome.producersText' },
  { part: 'brokers', name: 'welcome.brokers', text: 'welcome.brokersText' },
  { part: 'groups', name: 'welcome.groups', text: 'welcome.groupsText' },
  { part: 'flights', name: 'welcome.flights', text: 'welcome.flightsText' },
]

/**
 * The first visit's welcome: what the running scene is, what each part of the stage is, and three ways in (the
 * first lesson, free play, lecture mode). Any way out remembers it was seen; Help opens it again.
 */
export function WelcomeDialog() {
  const t = useT()
  const id = useId()
  const actions = useLabActions()
  const first = LESSONS[0]!
  const close = () => {
    rememberWelcomed()
    closeDialog('welcome')
  }
  const startLesson = () => {
    close()
    requestLessonFocus()
    actions.startLesson(first.id)
  }
  const lecture = () => {
    close()
    setPresent(true)
  }
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={close}>
      <div className="welcome">
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('welcome.title')}
        </h2>
        <div className="form-dialog-body">
          <p className="welcome-lead">{t('welcome.lead')}</p>
          <ul className="welcome-parts">
            {PARTS.map((p) => (
              <li key={p.part}>
                <span className={`welcome-mark welcome-mark-${p.part}`} aria-hidden="true" />
                <span>
                  <strong>{t(p.name)}</strong> {t(p.text)}
                </span>
              </li>
            ))}
          </ul>
          <p className="welcome-ask">{t('welcome.ask')}</p>
          <div className="welcome-choices">
            <button
              type="button"
              className="btn btn-primary welcome-choice"
              data-autofocus
              onClick={startLesson}
            >
              <span className="welcome-choice-name">{t('welcome.lesson')}</span>
              <span className="welcome-choice-hint">
                {t('welcome.lessonHint', { title: t(first.title) })}
              </span>
            </button>
            <button type="button" className="btn welcome-choice" onClick={close}>
              <span className="welcome-choice-name">{t('welcome.explore')}</span>
              <span className="welcome-choice-hint">{t('welcome.exploreHint')}</span>
            </button>
            <button type="button" className="btn welcome-choice" onClick={lecture}>
              <span className="welcome-choice-name">{t('welcome.present')}</span>
              <span className="welcome-choice-hint">{t('welcome.presentHint')}</span>
            </button>
          </div>
          <p className="welcome-back">{t('welcome.back')}</p>
        </div>
      </div>
    </ModalDialog>
  )
}
