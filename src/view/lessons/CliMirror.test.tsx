// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setLang } from '../../i18n/useT'
import { findLesson } from '../../lessons/catalog'
import { CliMirror, CLI_RECENT } from './CliMirror'
import { renderLab } from './testLessons'

const CREATE_LOGS =
  'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic logs --partitions 2 --replication-factor 2'

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
})

const mirror = () => screen.getByRole('region', { name: 'Command line' })
const recent = () => within(mirror()).getByRole('group', { name: 'Your last commands' })

describe('CliMirror', () => {
  it('shows the real command for the last engine command', () => {
    const { store } = renderLab(<CliMirror />)
    expect(within(mirror()).getByText(/the matching kafka-\*\.sh commands appear here/)).toBeInTheDocument()
    act(
      () =>
        void store
          .getState()
          .dispatch({ type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 }),
    )
    expect(within(recent()).getByText(CREATE_LOGS)).toBeInTheDocument()
  })

  it('keeps the last few commands, oldest first, and user text as text', () => {
    const { store } = renderLab(<CliMirror />)
    act(() => {
      for (let i = 0; i < CLI_RECENT + 2; i++)
        store.getState().dispatch({ type: 'produce', topic: 'purchases', key: null, value: `<b>v${i}</b>` })
    })
    const lines = within(recent()).getAllByText(/^><b>v\d+<\/b>$/)
    expect(lines).toHaveLength(CLI_RECENT)
    expect(lines[0]).toHaveTextContent('><b>v2</b>')
    expect(lines.at(-1)).toHaveTextContent(`><b>v${CLI_RECENT + 1}</b>`)
    expect(mirror().querySelector('b')).toBeNull()
  })

  it('shows the current lesson step’s commands', () => {
    const { store } = renderLab(<CliMirror />)
    act(() => void store.getState().startLesson('topics'))
    const step = findLesson('topics')!.steps[0]!
    const group = within(mirror()).getByRole('group', { name: 'This step' })
    for (const line of step.cli ?? []) expect(within(group).getByText(line)).toBeInTheDocument()
    act(() => store.getState().exitLesson())
    expect(within(mirror()).queryByRole('group', { name: 'This step' })).not.toBeInTheDocument()
  })

  it('copies with the Clipboard API', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    const { store } = renderLab(<CliMirror />)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    act(
      () =>
        void store
          .getState()
          .dispatch({ type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 }),
    )
    await user.click(within(mirror()).getByRole('button', { name: 'Copy: Your last commands' }))
    expect(writeText).toHaveBeenCalledWith(CREATE_LOGS)
    expect(await within(mirror()).findByText('Copied to the clipboard.')).toBeInTheDocument()
  })

  it('falls back to selecting the text when the clipboard refuses', async () => {
    const user = userEvent.setup()
    const { store } = renderLab(<CliMirror />)
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    })
    act(
      () =>
        void store
          .getState()
          .dispatch({ type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 }),
    )
    await user.click(within(mirror()).getByRole('button', { name: 'Copy: Your last commands' }))
    expect(await within(mirror()).findByText('Selected: press Ctrl+C to copy.')).toBeInTheDocument()
    expect(window.getSelection()?.toString()).toContain('--create --topic logs')
  })

  it('collapses and expands', async () => {
    const user = userEvent.setup()
    renderLab(<CliMirror />)
    const toggle = within(mirror()).getByRole('button', { name: /Command line/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(within(mirror()).queryByText(/appear here/)).not.toBeVisible()
  })

  it('speaks Spanish, commands stay as they are', () => {
    setLang('es')
    const { store } = renderLab(<CliMirror />)
    act(() => void store.getState().dispatch({ type: 'killBroker', brokerId: 2 }))
    const region = screen.getByRole('region', { name: 'Línea de comandos' })
    expect(within(region).getByText('kill -9 <pid del broker 2>')).toBeInTheDocument()
    expect(
      within(region).getByText(
        'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
      ),
    ).toBeInTheDocument()
  })
})
