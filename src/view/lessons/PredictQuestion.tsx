import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/useT'
import type { PredictQuestion as Question } from '../../lessons/types'

interface Props {
  question: Question
  /** The checked answer (from the store), null before. */
  answer: number | null
  onAnswer(choice: number): void
  /** The clock starts again once the student has answered: say so. */
  resumes: boolean
}

/** "Predict, then watch": pick an answer, check it, then read why the right one is right. */
export function PredictQuestion({ question, answer, onAnswer, resumes }: Props) {
  const t = useT()
  const id = useId()
  const [choice, setChoice] = useState<number | null>(null)
  const feedback = useRef<HTMLDivElement>(null)
  const checkedHere = useRef(false)
  const answered = answer !== null
  const right = answered && question.choices[answer]?.correct === true

  useEffect(() => {
    // The Check button goes away: keep the keyboard where the result is read.
    if (answered && checkedHere.current) feedback.current?.focus()
  }, [answered])

  const check = (e: FormEvent) => {
    e.preventDefault()
    if (choice === null || answered) return
    checkedHere.current = true
    onAnswer(choice)
  }

  return (
    <form className="lesson-predict" onSubmit={check} aria-labelledby={`${id}-q`} noValidate>
      <fieldset disabled={answered}>
        <legend id={`${id}-q`} className="lesson-predict-question">
          <span className="lesson-predict-label">{t('lessonUi.predict.title')}</span>
          {t(question.question)}
        </legend>
        <div className="lesson-choices">
          {question.choices.map((c, i) => {
            const mine = answered ? answer === i : choice === i
            const state = !answered ? '' : c.correct ? ' correct' : mine ? ' wrong' : ''
            return (
              <label key={i} className={`lesson-choice${state}${mine ? ' chosen' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={i}
                  checked={mine}
                  onChange={() => setChoice(i)}
                />
                <span className="lesson-choice-text">{t(c.text)}</span>
                {answered && c.correct && (
                  <span className="lesson-choice-mark">✓ {t('lessonUi.predict.correct')}</span>
                )}
                {answered && mine && !c.correct && (
                  <span className="lesson-choice-mark">✗ {t('lessonUi.predict.yours')}</span>
                )}
              </label>
            )
          })}
        </div>
      </fieldset>
      {!answered && (
        <button type="submit" className="btn btn-primary lesson-check" disabled={choice === null}>
          {t('lessonUi.predict.check')}
        </button>
      )}
      <div ref={feedback} className="lesson-predict-feedback" aria-live="polite" tabIndex={-1}>
        {answered && (
          <>
            <p className={right ? 'lesson-verdict right' : 'lesson-verdict wrong'}>
              {right ? `✓ ${t('lessonUi.predict.right')}` : `✗ ${t('lessonUi.predict.wrong')}`}
              {resumes && <span className="lesson-watch"> {t('lessonUi.predict.watch')}</span>}
            </p>
            <p className="lesson-explanation">{t(question.explanation)}</p>
          </>
        )}
      </div>
    </form>
  )
}
