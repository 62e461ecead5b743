import { useEffect, useId, useRef, useState } from 'react'
import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { findLesson, LESSONS } from '../../lessons/catalog'
import type { Lesson } from '../../lessons/types'
import { useLab, useLabActions } from '../../store/react'
import { takeLessonFocusRequest, requestLessonFocus } from './lessonFocus'
import { revealTool } from '../layout/dockStore'
import { openLessonsMenu } from './LessonsButton'
import { PredictQuestion } from './PredictQuestion'
import { useLessonHighlights } from './useLessonHighlights'
import './lessonTexts'
import './lessons.css'

/** What the panel shows of the active lesson: small plain values, so it re-renders only when they change. */
interface LessonView {
  id: string
  step: number
  goalReached: boolean
  completed: boolean
  answer: number | null
  hintsShown: number
  showing: boolean
  blockedReason: MessageKey | null
}

/**
 * The active lesson, docked above the stage: the step's narration, its question or challenge, hints, "show me",
 * and the way on. The screen elements the step talks about glow while it is shown.
 */
export function LessonPanel() {
  const view = useLab<LessonView | null>((s) =>
    s.lesson
      ? {
          id: s.lesson.id,
          step: s.lesson.step,
          goalReached: s.lesson.goalReached,
          completed: s.lesson.completed,
          answer: s.lesson.answer,
          hintsShown: s.lesson.hintsShown,
          showing: s.lesson.solution !== null,
          blockedReason: s.lesson.blockedReason,
        }
      : null,
  )
  const lesson = view ? findLesson(view.id) : undefined
  if (!view || !lesson) return null
  return <ActiveLesson lesson={lesson} view={view} />
}

function ActiveLesson({ lesson, view }: { lesson: Lesson; view: LessonView }) {
  const t = useT()
  const id = useId()
  const actions = useLabActions()
  const main = useRef<HTMLDivElement>(null)
  const step = lesson.steps[view.step]
  const total = lesson.steps.length
  const number = LESSONS.findIndex((l) => l.id === lesson.id) + 1
  const isLast = view.step === total - 1
  const hasGoal = Boolean(step?.goal)
  const locked = !view.goalReached
  // Folded to its title bar (a projector needs the room); a new step unfolds it again.
  const stepKey = `${view.id}:${view.step}`
  const [foldedAt, setFoldedAt] = useState<string | null>(null)
  const folded = foldedAt === stepKey
  useLessonHighlights(step?.highlight)
  // A step that talks about the produce form brings it into view, next to the panel that asks for it (once the
  // panel is drawn: the room left for the form depends on its height).
  const needsProduce = step?.highlight?.includes('control:produce') ?? false
  useEffect(() => {
    if (needsProduce) revealTool('produce')
  }, [needsProduce, stepKey])

  useEffect(() => {
    if (takeLessonFocusRequest()) main.current?.focus()
  }, [view.id, view.step])

  if (!step) return null
  const hints = step.hints ?? []
  const title = t(lesson.title)
  const status = view.completed
    ? `✓ ${t('lessonUi.complete')}. ${t('lessonUi.completeText', { title })}`
    : hasGoal && view.goalReached
      ? `✓ ${t('lessonUi.done')}`
      : ''

  const go = (move: () => void) => {
    requestLessonFocus()
    move()
  }
  const exit = () => {
    actions.exitLesson()
    document.getElementById('main')?.focus()
  }
  const backToList = () => {
    actions.exitLesson()
    openLessonsMenu()
  }
  const answer = (choice: number) => {
    actions.answer(choice)
    // The clock was paused for the question: now watch what happens.
    if (step.pause) actions.play()
  }

  return (
    <section className="lesson-panel" role="region" aria-label={t('lessonUi.region')}>
      <div className="lesson-head">
        <p className="lesson-kicker">{t('lessonUi.kicker', { n: number })}</p>
        <h2 className="lesson-title">{title}</h2>
        <p className="lesson-stepof" id={`${id}-stepof`}>
          {t('lessonUi.stepOf', { n: view.step + 1, total })}
        </p>
        <ol className="lesson-dots" aria-hidden="true">
          {lesson.steps.map((s, i) => (
            <li
              key={s.id}
              className={
                i < view.step || (i === view.step && view.completed)
                  ? 'done'
                  : i === view.step
                    ? 'current'
                    : ''
              }
            />
          ))}
        </ol>
        <span className="lesson-head-spacer" />
        {folded && view.goalReached && !isLast && (
          <button type="button" className="btn btn-small btn-primary" onClick={() => go(actions.nextStep)}>
            {t('lessonUi.next')} <span aria-hidden="true">→</span>
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => setFoldedAt(folded ? null : stepKey)}>
          {folded ? t('lessonUi.unfold') : t('lessonUi.fold')}
        </button>
        <button type="button" className="btn btn-small lesson-exit" onClick={exit}>
          {t('lessonUi.exit')}
        </button>
      </div>

      <div className="lesson-body" hidden={folded}>
        <div className="lesson-main" ref={main} tabIndex={0} aria-labelledby={`${id}-stepof ${id}-text`}>
          <p className="lesson-text" id={`${id}-text`}>
            {t(step.text)}
          </p>
          {step.predict && (
            <PredictQuestion
              key={`${view.id}:${view.step}`}
              question={step.predict}
              answer={view.answer}
              onAnswer={answer}
              resumes={Boolean(step.pause)}
            />
          )}
        </div>

        <div className="lesson-side">
          {step.task !== undefined && (
            <div className={hasGoal && view.goalReached ? 'lesson-task done' : 'lesson-task'}>
              <p className="lesson-task-label">
                {hasGoal && view.goalReached && <span aria-hidden="true">✓ </span>}
                {t('lessonUi.task')}
              </p>
              <p className="lesson-task-text">{t(step.task)}</p>
            </div>
          )}
          {view.hintsShown > 0 && (
            <ol className="lesson-hints" aria-label={t('lessonUi.hints')}>
              {hints.slice(0, view.hintsShown).map((h, i) => (
                <li key={i}>
                  <span className="lesson-hint-label">{t('lessonUi.hint')}:</span> {t(h)}
                </li>
              ))}
            </ol>
          )}
          {locked && view.blockedReason && (
            <p className="lesson-locked" role="status">
              <span className="lesson-hint-label">{t('lessonUi.blocked')}:</span> {t(view.blockedReason)}
            </p>
          )}
          {locked && (hints.length > view.hintsShown || step.solution) && (
            <div className="lesson-help">
              {hints.length > view.hintsShown && (
                <button type="button" className="btn btn-small" onClick={actions.showHint}>
                  {view.hintsShown === 0 ? t('lessonUi.hint') : t('lessonUi.anotherHint')}
                </button>
              )}
              {step.solution && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={actions.showMe}
                  disabled={view.showing}
                >
                  {view.showing ? t('lessonUi.showingMe') : t('lessonUi.showMe')}
                </button>
              )}
            </div>
          )}

          <div className="lesson-nav">
            <p className={view.completed ? 'lesson-status complete' : 'lesson-status'} aria-live="polite">
              {status}
            </p>
            {hasGoal && locked && (
              <p className="lesson-locked lesson-next-locked">{t('lessonUi.nextLocked')}</p>
            )}
            <div className="lesson-nav-buttons">
              <button
                type="button"
                className="btn btn-small lesson-restart"
                onClick={() => go(actions.restartStep)}
                title={t('lessonUi.restartStepHint')}
                aria-label={t('lessonUi.restartStep')}
              >
                <span aria-hidden="true">↺</span>{' '}
                <span className="lesson-restart-word">{t('lessonUi.restartStep')}</span>
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => go(actions.previousStep)}
                disabled={view.step === 0}
              >
                <span aria-hidden="true">←</span> {t('lessonUi.previous')}
              </button>
              {view.completed && isLast ? (
                <button type="button" className="btn btn-primary" onClick={backToList}>
                  {t('lessonUi.backToList')}
                </button>
              ) : (
                <button
                  type="button"
                  className={
                    view.goalReached && hasGoal
                      ? 'btn btn-primary lesson-next ready'
                      : 'btn btn-primary lesson-next'
                  }
                  onClick={() => go(actions.nextStep)}
                  disabled={locked || isLast}
                >
                  {t('lessonUi.next')} <span aria-hidden="true">→</span>
                </button>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  )
}
