// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readStartOptions } from '../../app/urlParams'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { openDialog, uiStore } from '../../store/uiStore'
import { EmbedCodeDialog } from './EmbedCodeDialog'

function setup() {
  const store = createLabStore(undefined, { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <EmbedCodeDialog />
    </LabProvider>,
  )
  act(() => openDialog('embedCode'))
  const code = () => (screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value
  const src = () =>
    code()
      .match(/src="([^"]+)"/)![1]!
      .replace(/&amp;/g, '&')
  return { store, user, code, src }
}

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('EmbedCodeDialog', () => {
  it('starts with every panel, every topic, 800 × 500, and a preview of the same address', () => {
    const { code, src } = setup()
    expect(code()).toContain('width="800" height="500"')
    const q = new URL(src()).searchParams
    expect(q.has('panels')).toBe(false)
    expect(q.has('focus')).toBe(false)
    for (const name of ['Producers', 'Cluster', 'Consumers'])
      expect(screen.getByRole('checkbox', { name })).toBeChecked()
    expect(screen.getByRole('link', { name: 'Preview the embed in a new tab' })).toHaveAttribute(
      'href',
      src(),
    )
    expect(screen.getByRole('link', { name: 'Preview the embed in a new tab' })).toHaveAttribute(
      'target',
      '_blank',
    )
  })

  it('puts the chosen panels, focus and size into the code, in a form the app reads back', async () => {
    const { user, code, src } = setup()
    await user.click(screen.getByRole('checkbox', { name: 'Producers' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus on' }), 'purchases-1')
    await user.click(screen.getByRole('radio', { name: '700 × 450' }))
    expect(code()).toContain('width="700" height="450"')
    const options = readStartOptions(new URL(src()).search, ['en'])
    expect(options).toMatchObject({
      embed: true,
      panels: ['cluster', 'consumers'],
      focus: 'purchases-1',
      ignored: [],
    })
    expect(screen.getByRole('link', { name: 'Preview the embed in a new tab' })).toHaveAttribute(
      'href',
      src(),
    )
    // The focus list names the scene's topic and each of its partitions, Kafka's way.
    const focus = screen.getByRole('combobox', { name: 'Focus on' })
    expect(
      within(focus)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'purchases', 'purchases-0', 'purchases-1', 'purchases-2'])
  })

  it('keeps at least one panel, and takes a custom size within limits', async () => {
    const { user, code, src } = setup()
    await user.click(screen.getByRole('checkbox', { name: 'Producers' }))
    await user.click(screen.getByRole('checkbox', { name: 'Consumers' }))
    expect(screen.getByRole('checkbox', { name: 'Cluster' })).toBeDisabled()
    expect(new URL(src()).searchParams.get('panels')).toBe('cluster')
    await user.click(screen.getByRole('radio', { name: 'custom' }))
    const width = screen.getByRole('spinbutton', { name: 'Width (px)' })
    const height = screen.getByRole('spinbutton', { name: 'Height (px)' })
    await user.clear(width)
    await user.type(width, '640')
    await user.clear(height)
    await user.type(height, '99999')
    expect(code()).toContain('width="640" height="2000"')
  })

  it('drops the focus for a lesson, which builds its own scene', async () => {
    const { user, src } = setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus on' }), 'purchases')
    expect(new URL(src()).searchParams.get('focus')).toBe('purchases')
    const lesson = screen.getByRole('combobox', { name: 'Lesson' })
    await user.selectOptions(lesson, within(lesson).getAllByRole('option')[1]!)
    expect(new URL(src()).searchParams.has('focus')).toBe(false)
    expect(screen.getByRole('combobox', { name: 'Focus on' })).toBeDisabled()
  })

  it('speaks Spanish', () => {
    setLang('es')
    setup()
    expect(screen.getByRole('group', { name: 'Mostrar' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'Todos los temas (topics)' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ver cómo queda, en una pestaña nueva' })).toBeInTheDocument()
  })
})
