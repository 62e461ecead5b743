// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { translate } from '../../i18n/translate'
import { setLang } from '../../i18n/useT'
import { LESSONS } from '../../lessons/catalog'
import { openDialog, uiStore } from '../../store/uiStore'
import { LessonsButton } from './LessonsButton'
import { LessonsMenu } from './LessonsMenu'
import { renderLab } from './testLessons'

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('LessonsMenu', () => {
  it('opens from the header button and lists every lesson in course order', async () => {
    const user = userEvent.setup()
    renderLab(
      <>
        <LessonsButton />
        <LessonsMenu />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Lessons' }))
    const dialog = screen.getByRole('dialog', { name: 'Lessons' })
    const items = within(dialog).getAllByRole('listitem')
    expect(items).toHaveLength(LESSONS.length)
    LESSONS.forEach((lesson, i) => {
      const button = within(items[i]!).getByRole('button')
      expect(button).toHaveAccessibleName(translate('en', lesson.title))
      expect(items[i]).toHaveTextContent(new RegExp(`^${i + 1}`))
      expect(button).toHaveAccessibleDescription(expect.stringContaining(translate('en', lesson.summary)))
    })
    expect(within(dialog).getByText(`0 of ${LESSONS.length} completed`)).toBeInTheDocument()
  })

  it('starts the chosen lesson and closes', async () => {
    const user = userEvent.setup()
    const { store } = renderLab(<LessonsMenu />)
    act(() => openDialog('lessons'))
    await user.click(screen.getByRole('button', { name: translate('en', LESSONS[0]!.title) }))
    expect(store.getState().lesson).toMatchObject({ id: LESSONS[0]!.id, step: 0 })
    expect(uiStore.getState().dialog).toBeNull()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('marks completed lessons with a check and a word, not colour alone', () => {
    const { store } = renderLab(<LessonsMenu />)
    act(() => store.setState({ completedLessons: [LESSONS[0]!.id] }))
    act(() => openDialog('lessons'))
    const first = screen.getAllByRole('listitem')[0]!
    expect(within(first).getByText('✓ Completed')).toBeInTheDocument()
    expect(screen.getByText(`1 of ${LESSONS.length} completed`)).toBeInTheDocument()
  })

  it('speaks Spanish', () => {
    setLang('es')
    renderLab(<LessonsMenu />)
    act(() => openDialog('lessons'))
    expect(screen.getByRole('dialog', { name: 'Lecciones' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: translate('es', LESSONS[0]!.title) })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeInTheDocument()
  })

  it('Escape closes it', async () => {
    const user = userEvent.setup()
    renderLab(<LessonsMenu />)
    act(() => openDialog('lessons'))
    await user.keyboard('{Escape}')
    expect(uiStore.getState().dialog).toBeNull()
  })
})
