import { useId } from 'react'
import { useT } from '../../i18n/useT'
import { LESSONS } from '../../lessons/catalog'
import { useLab, useLabActions } from '../../store/react'
import { openDialog, uiStore } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { ModalDialog } from '../forms/Dialog'
import { requestLessonFocus } from './lessonFocus'
import './lessons.css'

function close(): void {
  if (uiStore.getState().dialog === 'lessons') openDialog(null)
}

/** Every lesson in course order: choosing one starts it (from its own prepared scene). */
export function LessonsMenu() {
  const open = useUi((s) => s.dialog === 'lessons')
  return open ? <LessonsList /> : null
}

function LessonsList() {
  const t = useT()
  const id = useId()
  const actions = useLabActions()
  const completed = useLab((s) => s.completedLessons)
  const current = useLab((s) => s.lesson?.id ?? null)
  const done = LESSONS.filter((l) => completed.includes(l.id)).length
  // Focus lands where the student most likely goes on: the lesson in progress, else the first one not done.
  const focusId = current ?? LESSONS.find((l) => !completed.includes(l.id))?.id ?? LESSONS[0]?.id

  const start = (lessonId: string) => {
    close()
    requestLessonFocus()
    actions.startLesson(lessonId)
  }

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={close}>
      <div className="lessons-menu">
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('lessonUi.menu.title')}
        </h2>
        <div className="form-dialog-body">
          <p className="lessons-intro">
            {t('lessonUi.menu.intro')}{' '}
            <span className="lessons-progress">
              {t('lessonUi.menu.progress', { done, total: LESSONS.length })}
            </span>
          </p>
          <ol className="lessons-list">
            {LESSONS.map((lesson, i) => {
              const isDone = completed.includes(lesson.id)
              const isCurrent = current === lesson.id
              const base = `${id}-${i}`
              return (
                <li key={lesson.id}>
                  <button
                    type="button"
                    className={`lessons-item${isDone ? ' done' : ''}${isCurrent ? ' current' : ''}`}
                    aria-labelledby={`${base}-title`}
                    aria-describedby={`${base}-summary ${base}-status`}
                    data-autofocus={lesson.id === focusId ? true : undefined}
                    onClick={() => start(lesson.id)}
                  >
                    <span className="lessons-number" aria-hidden="true">
                      {isDone ? '✓' : i + 1}
                    </span>
                    <span className="lessons-text">
                      <span id={`${base}-title`} className="lessons-title">
                        {t(lesson.title)}
                      </span>
                      <span id={`${base}-summary`} className="lessons-summary">
                        {t(lesson.summary)}
                      </span>
                      <span id={`${base}-status`} className="lessons-meta">
                        <span>{t('lessonUi.menu.steps', { n: lesson.steps.length })}</span>
                        {isDone && (
                          <span className="lessons-badge done">✓ {t('lessonUi.menu.completed')}</span>
                        )}
                        {isCurrent && (
                          <span className="lessons-badge current">{t('lessonUi.menu.current')}</span>
                        )}
                      </span>
                    </span>
                  </button>
                </li>
              )
            })}
          </ol>
        </div>
        <div className="form-dialog-footer">
          <button type="button" className="btn" onClick={close}>
            {t('lessonUi.menu.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  )
}
