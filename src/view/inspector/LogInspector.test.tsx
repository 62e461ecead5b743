// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import type { Scenario } from '../../scenarios/scenario'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { uiStore } from '../../store/uiStore'
import { LogInspector } from './LogInspector'

const HOSTILE = '<img src=x onerror=alert(1)>'

/** A compacted topic of one partition with 256-byte segments: two hand-sent records a segment. */
function scene(): Scenario {
  return {
    id: 'log',
    seed: 3,
    brokers: 1,
    config: { networkDelayMs: 1 },
    commands: [
      {
        atMs: 0,
        command: {
          type: 'createTopic',
          name: 'addresses',
          partitions: 1,
          replicationFactor: 1,
          config: { cleanupPolicy: 'compact', segmentBytes: 256 },
        },
      },
    ],
  }
}

/** 40-character values: 110 bytes a batch, two records a segment. */
function write(store: LabStore, key: string, text: string | null) {
  const value = text === null ? null : text.padEnd(40, '.')
  expect(
    store.getState().dispatch({ type: 'produce', topic: 'addresses', key, value, format: 'text' }),
  ).toEqual({
    ok: true,
  })
  act(() => void store.getState().seek(store.getState().sim.state.timeMs + 1000))
}

function setup() {
  const store = createLabStore(scene(), { running: false })
  render(
    <LabProvider store={store}>
      <LogInspector />
    </LabProvider>,
  )
  act(() => store.getState().select({ kind: 'log', topic: 'addresses', partition: 0 }))
  const panel = screen.getByRole('complementary', { name: 'The log of addresses-0' })
  return { store, panel, user: userEvent.setup() }
}

beforeEach(() => {
  setLang('en')
  uiStore.setState({ compactedView: null })
})
afterEach(cleanup)

describe('the log inspector', () => {
  it('lists the segments, the active one marked, with their records and sizes', () => {
    const { store, panel } = setup()
    write(store, 'a', 'first')
    write(store, 'b', 'second')
    write(store, 'a', 'third')
    const segments = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('log-segment'))
    expect(segments.map((s) => s.querySelector('.log-segment-head')?.textContent)).toEqual([
      expect.stringMatching(/^from offset 02 records · \d+ bytes$/),
      expect.stringMatching(/^from offset 21 record · \d+ bytes ?active$/),
    ])
    expect(panel).toHaveTextContent('cleanup.policycompact')
    expect(panel).toHaveTextContent('Cleaner point0')
  })

  it('shows the gaps compaction leaves, and a tombstone as null', () => {
    const { store, panel } = setup()
    write(store, 'a', 'first')
    write(store, 'b', 'second')
    write(store, 'a', null)
    write(store, 'c', 'fourth')
    write(store, 'c', 'fifth')
    // The cleaner's pass (every 15 s) removes a@0; the tombstone at 2 stays through its first cleaning.
    act(() => void store.getState().seek(store.getState().sim.state.timeMs + 16_000))
    expect(panel).toHaveTextContent('offset 0: compacted away')
    expect(panel).toHaveTextContent('2 a tombstone (null)')
    expect(panel.querySelector('.log-segment .inspector-badge.is-clean')).not.toBeNull()
  })

  it('“View as compacted” marks what a full compaction would remove, and says what stays', async () => {
    const { store, panel, user } = setup()
    write(store, 'a', 'first')
    write(store, 'a', 'second')
    write(store, 'b', 'third')
    await user.click(within(panel).getByRole('checkbox', { name: /View as compacted/ }))
    expect(uiStore.getState().compactedView).toBe('addresses-0')
    expect(panel).toHaveTextContent('A full compaction now would keep 2 of 3 records')
    const struck = [...panel.querySelectorAll('.log-entry.would-go .log-entry-offset')].map(
      (e) => e.textContent,
    )
    expect(struck).toEqual(['0'])
    await user.click(within(panel).getByRole('checkbox', { name: /View as compacted/ }))
    expect(uiStore.getState().compactedView).toBeNull()
  })

  it('renders hostile keys and values as text', () => {
    const { store, panel } = setup()
    write(store, HOSTILE.slice(0, 20), HOSTILE)
    expect(panel.querySelector('img')).toBeNull()
    expect(panel).toHaveTextContent(`0 ${HOSTILE.slice(0, 20)} ${HOSTILE.slice(0, 27)}…`)
  })

  it('says so when the partition does not exist', () => {
    const { store } = setup()
    act(() => store.getState().select({ kind: 'log', topic: 'nope', partition: 4 }))
    expect(screen.getByText('nope-4 no longer exists.')).toBeInTheDocument()
  })
})
