// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { openDialog, uiStore } from '../../store/uiStore'
import { HelpOverlay } from './HelpOverlay'

afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
})

describe('HelpOverlay', () => {
  it('puts its close button (the one that takes focus) before the list, so it opens at its top', () => {
    setLang('en')
    render(<HelpOverlay />)
    act(() => openDialog('help'))
    const close = screen.getByRole('button', { name: 'Close', hidden: true })
    const table = document.querySelector('.help-table')!
    expect(close.hasAttribute('autofocus') || document.activeElement === close).toBe(true)
    expect(close.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // Shift+D is listed with the dock's action.
    expect(screen.getByText('Shift+D')).toBeTruthy()
  })
})
