// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { changeLang } from '../../i18n/useT'
import { addNotice, noticeTone, uiStore } from '../../store/uiStore'
import { Notices } from './Notices'

afterEach(async () => {
  cleanup()
  uiStore.setState({ notices: [] })
  await act(() => changeLang('en'))
})

describe('noticeTone', () => {
  it('reads what was refused, ignored or lost as an error, an opened scene or a resumed lesson as a success', () => {
    expect(noticeTone('app.notice.badScenario')).toBe('error')
    expect(noticeTone('app.notice.sceneRefused')).toBe('error')
    expect(noticeTone('app.notice.autosaveFailed')).toBe('error')
    expect(noticeTone('app.notice.progressIgnored')).toBe('error')
    expect(noticeTone('app.notice.sceneOpened')).toBe('success')
    expect(noticeTone('lessonUi.resumed')).toBe('success')
    expect(noticeTone('app.something.else')).toBe('info')
  })
})

describe('Notices', () => {
  it('tells an error from a success by its look, its mark and what a screen reader hears first', async () => {
    render(<Notices />)
    act(() => {
      addNotice('app.notice.sceneRefused', { name: 'x.json', error: '<b>bad</b>' })
      addNotice('app.notice.sceneOpened', { name: 'y.json' })
    })
    const [error, success] = screen.getAllByText(/x\.json|y\.json/).map((p) => p.closest('.notice')!)
    expect(error).toHaveClass('notice-error')
    expect(error).toHaveTextContent('⚠Problem: Could not open “x.json”: <b>bad</b>')
    expect(error!.querySelector('b')).toBeNull()
    expect(success).toHaveClass('notice-success')
    expect(success).toHaveTextContent('✓Done: Opened “y.json”, paused.')
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Dismiss' })[0]!)
    expect(document.querySelectorAll('.notice')).toHaveLength(1)
  })

  it('speaks Spanish too', async () => {
    await act(() => changeLang('es'))
    render(<Notices />)
    act(() => addNotice('app.notice.badMode', { value: 'x' }))
    expect(document.querySelector('.notice')).toHaveTextContent(
      'Problema: Modo desconocido «x» en la dirección; se ignoró.',
    )
  })
})
