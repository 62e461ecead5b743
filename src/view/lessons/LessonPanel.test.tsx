// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { translate } from '../../i18n/translate'
import { setLang } from '../../i18n/useT'
import { findLesson } from '../../lessons/catalog'
import type { Lesson } from '../../lessons/types'
import { uiStore } from '../../store/uiStore'
import { dockStore } from '../layout/dockStore'
import { LessonPanel } from './LessonPanel'
import { LessonsMenu } from './LessonsMenu'
import { renderLab, solveStep } from './testLessons'
import { HIGHLIGHT_CLASS } from './useLessonHighlights'

// A two-step lesson of our own beside the real ones, for the predict flow: its content is ours to pin.
vi.mock('../../lessons/catalog', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lessons/catalog')>()
  const topics = real.findLesson('topics')!
  const quiz: Lesson = {
    id: 'quiz',
    title: 'lesson.topics.title',
    summary: 'lesson.topics.summary',
    scenario: topics.scenario,
    steps: [
      { id: 'intro', text: 'lesson.topics.s2' },
      {
        id: 'guess',
        text: 'lesson.topics.s1',
        pause: true,
        predict: {
          question: 'controls.speed',
          choices: [
            { text: 'controls.play', correct: false },
            { text: 'controls.pause', correct: true },
          ],
          explanation: 'controls.warpHint',
        },
      },
      { id: 'end', text: 'lesson.topics.s4' },
    ],
  }
  const LESSONS = [...real.LESSONS, quiz]
  return { LESSONS, findLesson: (id: string) => LESSONS.find((l) => l.id === id) }
})

const en = (key: Parameters<typeof translate>[1]) => translate('en', key)
const topics = () => findLesson('topics')!

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

function setup(extra: React.ReactNode = null) {
  const user = userEvent.setup()
  const { store } = renderLab(
    <>
      <LessonPanel />
      {extra}
    </>,
  )
  return { store, user }
}

const region = () => screen.getByRole('region', { name: 'Lesson' })
const next = () => within(region()).getByRole('button', { name: 'Next' })

describe('LessonPanel', () => {
  it('shows nothing without a lesson, and the step once one starts', () => {
    const { store } = setup()
    expect(screen.queryByRole('region', { name: 'Lesson' })).not.toBeInTheDocument()
    act(() => void store.getState().startLesson('topics'))
    const panel = region()
    expect(within(panel).getByRole('heading', { name: en(topics().title) })).toBeInTheDocument()
    expect(within(panel).getByText(`Step 1 of ${topics().steps.length}`)).toBeInTheDocument()
    expect(within(panel).getByText(en(topics().steps[0]!.text))).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Previous' })).toBeDisabled()
    expect(next()).toBeEnabled()
  })

  it('keeps Next disabled until the goal is reached, then says so politely', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('topics'))
    await user.click(next())
    solveStep(store, topics().steps[1]!)
    await user.click(next())
    const step = topics().steps[2]!
    expect(within(region()).getByText('Step 3 of 4')).toBeInTheDocument()
    expect(within(region()).getByText(en(step.task!))).toBeInTheDocument()
    expect(next()).toBeDisabled()
    expect(within(region()).getByText('Next unlocks when the goal is reached.')).toBeInTheDocument()

    act(() => {
      store.getState().dispatch({ type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 })
      store.getState().step()
    })
    expect(next()).toBeEnabled()
    const status = within(region()).getByText('✓ Done! Go on with Next.')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(within(region()).queryByText('Next unlocks when the goal is reached.')).not.toBeInTheDocument()
  })

  it('asks the dock for the produce form when a step points at it, once the panel is drawn', async () => {
    const { store, user } = setup()
    const before = dockStore.getState().request
    act(() => void store.getState().startLesson('topics'))
    // Step 1 points at the partitions only: the dock is left as it is.
    expect(dockStore.getState().request).toBe(before)
    await user.click(next())
    // Step 2 asks for records sent by hand.
    expect(dockStore.getState()).toMatchObject({ open: true, wanted: 'produce', request: before + 1 })
  })

  it('moves focus to the new step’s text on Next, so that it is read', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('topics'))
    await user.click(next())
    expect(document.activeElement).toHaveTextContent(en(topics().steps[1]!.text))
  })

  it('reveals hints one at a time, and "Show me" plays the solution', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('topics'))
    await user.click(next())
    solveStep(store, topics().steps[1]!)
    await user.click(next())
    const step = topics().steps[2]!
    const [hint1, hint2] = step.hints!
    await user.click(within(region()).getByRole('button', { name: 'Hint' }))
    expect(within(region()).getByText(en(hint1!))).toBeInTheDocument()
    expect(within(region()).queryByText(en(hint2!))).not.toBeInTheDocument()
    await user.click(within(region()).getByRole('button', { name: 'Another hint' }))
    expect(within(region()).getByText(en(hint2!))).toBeInTheDocument()
    expect(within(region()).queryByRole('button', { name: /hint/i })).not.toBeInTheDocument()

    await user.click(within(region()).getByRole('button', { name: 'Show me' }))
    expect(store.getState().sim.state.topics['logs']).toBeDefined()
    expect(next()).toBeEnabled()
    expect(within(region()).queryByRole('button', { name: 'Show me' })).not.toBeInTheDocument()
  })

  it('asks the predict question: choose, check, see right or wrong and why (keyboard only)', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('quiz'))
    await user.click(next())
    expect(store.getState().running).toBe(false) // the step pauses for the question
    const question = within(region()).getByRole('group', { name: /Predict first/ })
    expect(question).toHaveAccessibleName(expect.stringContaining(en('controls.speed')))
    const check = within(region()).getByRole('button', { name: 'Check' })
    expect(check).toBeDisabled()

    // Keyboard: tab to the radios, pick the first (wrong) one, tab to Check, press Enter.
    within(region())
      .getByRole('radio', { name: en('controls.play') })
      .focus()
    await user.keyboard(' ')
    expect(within(region()).getByRole('radio', { name: en('controls.play') })).toBeChecked()
    await user.tab()
    expect(check).toHaveFocus()
    await user.keyboard('{Enter}')

    expect(store.getState().lesson?.answer).toBe(0)
    expect(within(region()).getByText(/✗ Not quite\./)).toBeInTheDocument()
    expect(within(region()).getByText(en('controls.warpHint'))).toBeInTheDocument()
    expect(within(region()).getByText('✓ right answer')).toBeInTheDocument()
    expect(within(region()).getByText('✗ your answer')).toBeInTheDocument()
    expect(within(region()).queryByRole('button', { name: 'Check' })).not.toBeInTheDocument()
    expect(within(region()).getByRole('radio', { name: new RegExp(en('controls.pause')) })).toBeDisabled()
    expect(document.activeElement).toHaveTextContent('Not quite.')
    expect(store.getState().running).toBe(true) // now watch
  })

  it('says "Right!" for the right answer', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('quiz'))
    await user.click(next())
    await user.click(within(region()).getByRole('radio', { name: en('controls.pause') }))
    await user.click(within(region()).getByRole('button', { name: 'Check' }))
    expect(within(region()).getByText(/✓ Right!/)).toBeInTheDocument()
  })

  it('ends with "Lesson complete" and a way back to the lessons', async () => {
    const { store, user } = setup(<LessonsMenu />)
    act(() => void store.getState().startLesson('quiz'))
    await user.click(next())
    await user.click(next())
    expect(within(region()).getByText(/Lesson complete/)).toBeInTheDocument()
    expect(store.getState().completedLessons).toContain('quiz')
    await user.click(within(region()).getByRole('button', { name: 'Back to the lessons' }))
    expect(store.getState().lesson).toBeNull()
    expect(screen.getByRole('dialog', { name: 'Lessons' })).toBeInTheDocument()
  })

  it('folds to its title bar, and a new step unfolds it', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('topics'))
    const text = within(region()).getByText(en(topics().steps[0]!.text))
    await user.click(within(region()).getByRole('button', { name: 'Hide the step' }))
    expect(text).not.toBeVisible()
    await user.click(within(region()).getByRole('button', { name: 'Next' }))
    expect(within(region()).getByText(en(topics().steps[1]!.text))).toBeVisible()
    expect(within(region()).getByRole('button', { name: 'Hide the step' })).toBeInTheDocument()
  })

  it('exits the lesson', async () => {
    const { store, user } = setup()
    act(() => void store.getState().startLesson('topics'))
    await user.click(within(region()).getByRole('button', { name: 'Exit lesson' }))
    expect(store.getState().lesson).toBeNull()
    expect(screen.queryByRole('region', { name: 'Lesson' })).not.toBeInTheDocument()
  })

  it('highlights the elements whose data-anchor starts with the step’s prefixes, and only while it is shown', async () => {
    const { store, user } = setup(
      <div>
        <div data-anchor="replica:purchases:0:1">replica</div>
        <div data-anchor="producer:P1">producer</div>
        <button type="button" data-anchor="control:createTopic">
          New topic
        </button>
      </div>,
    )
    const replica = screen.getByText('replica')
    const producer = screen.getByText('producer')
    act(() => void store.getState().startLesson('topics'))
    expect(replica).toHaveClass(HIGHLIGHT_CLASS)
    expect(producer).not.toHaveClass(HIGHLIGHT_CLASS)

    await user.click(next())
    expect(replica).not.toHaveClass(HIGHLIGHT_CLASS)
    expect(producer).toHaveClass(HIGHLIGHT_CLASS)

    // A class list rewritten by a re-render gets the mark back after the next store change.
    vi.useFakeTimers()
    try {
      producer.className = ''
      act(() => store.getState().step())
      act(() => void vi.advanceTimersByTime(500))
      expect(producer).toHaveClass(HIGHLIGHT_CLASS)
    } finally {
      vi.useRealTimers()
    }

    act(() => store.getState().exitLesson())
    expect(producer).not.toHaveClass(HIGHLIGHT_CLASS)
    expect(document.querySelectorAll(`.${HIGHLIGHT_CLASS}`)).toHaveLength(0)
  })

  it('brings the first stage element a step points at into view, once per step, and leaves controls to the dock', async () => {
    const scrolled: string[] = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push((this as HTMLElement).dataset.anchor ?? '')
    }
    try {
      const { store, user } = setup(
        <div>
          <button type="button" data-anchor="control:createTopic">
            New topic
          </button>
          <div data-anchor="replica:purchases:0:1">replica</div>
          <div data-anchor="producer:P1">producer</div>
        </div>,
      )
      act(() => void store.getState().startLesson('topics'))
      expect(scrolled).toEqual(['replica:purchases:0:1'])
      act(() => store.getState().step())
      expect(scrolled).toHaveLength(1)
      await user.click(next())
      expect(scrolled).toEqual(['replica:purchases:0:1', 'producer:P1'])
    } finally {
      Element.prototype.scrollIntoView = original
    }
  })

  it('marks an element that mounts after the step is shown (the produce form comes a frame late)', async () => {
    vi.useFakeTimers()
    try {
      const { store } = setup()
      act(() => void store.getState().startLesson('topics')) // its first step points at partition 0's replicas
      act(() => void vi.advanceTimersByTime(1000)) // its refreshes are done; nothing else changes in the store
      const late = document.createElement('div')
      late.dataset.anchor = 'replica:purchases:0:1'
      document.body.append(late)
      await Promise.resolve() // mutation observers hear of it in a microtask
      expect(late).not.toHaveClass(HIGHLIGHT_CLASS)
      act(() => void vi.advanceTimersByTime(500))
      expect(late).toHaveClass(HIGHLIGHT_CLASS)
      late.remove()
    } finally {
      vi.useRealTimers()
    }
  })

  it('leaves no mark of an earlier step behind, however its refreshes were timed', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    try {
      const { store } = setup(<div data-anchor="replica:purchases:0:1">replica</div>)
      const replica = screen.getByText('replica')
      act(() => void store.getState().startLesson('topics'))
      act(() => store.getState().step()) // a refresh is scheduled
      act(() => void vi.advanceTimersByTime(20)) // the after-layout pass runs meanwhile
      act(() => store.getState().step())
      expect(replica).toHaveClass(HIGHLIGHT_CLASS)
      act(() => store.getState().nextStep())
      act(() => void vi.advanceTimersByTime(1000))
      expect(replica).not.toHaveClass(HIGHLIGHT_CLASS)
    } finally {
      vi.useRealTimers()
    }
  })

  it('is named "Lección" in Spanish', () => {
    setLang('es')
    const { store } = setup()
    act(() => void store.getState().startLesson('topics'))
    const panel = screen.getByRole('region', { name: 'Lección' })
    expect(within(panel).getByText(`Paso 1 de ${topics().steps.length}`)).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Siguiente' })).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Salir de la lección' })).toBeInTheDocument()
  })
})

describe('LessonPanel: restart and what blocks the step', () => {
  it('shows why the latest attempt does not count, and "Restart this step" puts the step back', async () => {
    const { store } = renderLab(<LessonPanel />)
    const user = userEvent.setup()
    act(() => void store.getState().startLesson('keys'))
    act(() => {
      for (const v of ['a', 'b', 'c'])
        store.getState().dispatch({
          type: 'produce',
          topic: 'purchases',
          key: null,
          value: v,
          format: 'text',
          partition: 2,
        })
      for (let i = 0; i < 30; i++) store.getState().dispatch({ type: 'advance', ms: 100 })
    })
    expect(screen.getByText(translate('en', 'lesson.keys.s1.blocked.partition'))).toBeInTheDocument()
    const startedAt = store.getState().lesson!.start.atMs
    await user.click(screen.getByRole('button', { name: 'Restart this step' }))
    expect(store.getState().sim.state.timeMs).toBe(startedAt)
    expect(store.getState().lesson?.blockedReason).toBeNull()
    expect(screen.queryByText(translate('en', 'lesson.keys.s1.blocked.partition'))).not.toBeInTheDocument()
  })
})
