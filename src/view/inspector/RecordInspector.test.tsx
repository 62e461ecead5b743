// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TopicConfig } from '../../engine'
import { setLang } from '../../i18n/useT'
import type { Scenario } from '../../scenarios/scenario'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { RecordInspector } from './RecordInspector'
import { simDayClock } from './simTime'

const HOSTILE = '<img src=x onerror=alert(1)>'

function scene(config: Partial<TopicConfig> = {}): Scenario {
  return {
    id: 'inspect',
    seed: 7,
    brokers: 3,
    config: { networkDelayMs: 300 },
    commands: [
      {
        atMs: 0,
        command: {
          type: 'createTopic',
          name: 't',
          partitions: 1,
          replicationFactor: 3,
          config,
          replicaAssignment: [[1, 2, 3]],
        },
      },
    ],
  }
}

const partition0 = (store: LabStore) => store.getState().sim.state.topics.t!.partitions[0]!

/** Produces one record and steps until the leader has appended it (not yet committed). */
function produceAndAppend(store: LabStore, key: string | null, value: string) {
  expect(store.getState().dispatch({ type: 'produce', topic: 't', key, value, format: 'text' })).toEqual({
    ok: true,
  })
  const offset = partition0(store).logEndOffset
  for (let i = 0; i < 50 && partition0(store).logEndOffset <= offset; i++) store.getState().step()
  expect(partition0(store).logEndOffset).toBe(offset + 1)
  return offset
}

function setup(config: Partial<TopicConfig> = {}) {
  const store = createLabStore(scene(config), { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <button type="button">a record</button>
      <RecordInspector />
    </LabProvider>,
  )
  return { store, user }
}

function inspect(store: LabStore, offset: number) {
  act(() => store.getState().select({ kind: 'record', topic: 't', partition: 0, offset }))
  return screen.getByRole('complementary', { name: `Record t-0, offset ${offset}` })
}

const later = (store: LabStore, ms: number) =>
  act(() => void store.getState().seek(store.getState().sim.state.timeMs + ms))

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  setLang('en')
})

describe('simDayClock', () => {
  it('formats simulated time as a day and a clock', () => {
    expect(simDayClock(83_456)).toEqual({ day: 0, clock: '00:01:23.456' })
    expect(simDayClock(86_400_000 * 3 + 3_600_000 * 13 + 5.9)).toEqual({ day: 3, clock: '13:00:00.005' })
  })
})

describe('RecordInspector', () => {
  it('renders nothing without a record selected', () => {
    const { store } = setup()
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    act(() => store.getState().select({ kind: 'broker', brokerId: 1 }))
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })

  it('shows the record and follows the high watermark from not committed to committed', () => {
    const { store } = setup()
    act(() => void store.getState().seek(83_456))
    const offset = produceAndAppend(store, 'customer-42', '{"amount": 12.5}')
    const panel = inspect(store, offset)
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus()
    expect(panel).toHaveTextContent('Not yet committed — above the high watermark (0)')
    expect(panel).toHaveTextContent('customer-42')
    expect(panel).toHaveTextContent('day 0, 00:01:23.456')
    expect(panel).toHaveTextContent('console-t')
    expect(within(panel).getByText('Broker 1').closest('li')).toHaveTextContent(/leader.*has it/)
    expect(within(panel).getByText('Broker 2').closest('li')).toHaveTextContent('not copied yet')

    later(store, 5000)
    expect(panel).toHaveTextContent('Committed — consumers can read it (high watermark 1)')
    expect(within(panel).getByText('Broker 2').closest('li')).toHaveTextContent('has it')
    expect(within(panel).getByText('Broker 3').closest('li')).toHaveTextContent('has it')
  })

  it('explains that records are immutable and offers no edit or delete', () => {
    const { store } = setup()
    const offset = produceAndAppend(store, null, 'hello')
    const panel = inspect(store, offset)
    expect(within(panel).getByRole('heading', { name: /Records are immutable/ })).toBeInTheDocument()
    expect(panel).toHaveTextContent('append-only log')
    expect(panel).toHaveTextContent('cannot be changed or deleted')
    expect(panel).toHaveTextContent('this topic keeps them for 7 days')
    expect(panel).toHaveTextContent(`offset ${offset} is never reused`)
    expect(panel).toHaveTextContent('null — no key')
    // Nothing edits or deletes a record: the only other button opens its partition's segments.
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close', 'Segments of t-0'])
  })

  it('shows a tombstone’s null value as what it means, and opens the partition’s log', async () => {
    const { store, user } = setup({ cleanupPolicy: 'compact' })
    expect(store.getState().dispatch({ type: 'produce', topic: 't', key: 'k', value: null })).toEqual({
      ok: true,
    })
    for (let i = 0; i < 50 && partition0(store).logEndOffset === 0; i++) store.getState().step()
    const panel = inspect(store, 0)
    expect(screen.getByTestId('inspector-value')).toHaveTextContent(/^null: this record is a tombstone/)
    await user.click(within(panel).getByRole('button', { name: 'Segments of t-0' }))
    expect(store.getState().selection).toEqual({ kind: 'log', topic: 't', partition: 0 })
  })

  it('renders a hostile value as text, never as HTML', () => {
    const { store } = setup()
    const offset = produceAndAppend(store, HOSTILE, HOSTILE)
    const panel = inspect(store, offset)
    expect(panel.querySelector('img')).toBeNull()
    expect(screen.getByTestId('inspector-value').textContent).toBe(HOSTILE)
    expect(within(panel).getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(2)
  })

  it('says which consumer is stuck on the record and why', () => {
    const { store } = setup()
    const offset = produceAndAppend(store, null, 'not json')
    expect(
      store.getState().dispatch({
        type: 'addConsumer',
        groupId: 'readers',
        topic: 't',
        autoOffsetReset: 'earliest',
        valueFormat: 'json',
      }),
    ).toEqual({ ok: true })
    later(store, 10_000)
    const panel = inspect(store, offset)
    expect(within(panel).getByRole('status').textContent).toMatch(
      /Consumer readers-1 of group readers is stuck on this record: its value deserializer reads json, and this is a text record/,
    )
  })

  it('says so when retention deleted the record', () => {
    const { store } = setup({ retentionMs: 3_600_000, segmentBytes: 256 })
    const offset = produceAndAppend(store, 'k', 'soon gone')
    const panel = inspect(store, offset)
    later(store, 5000)
    expect(panel).toHaveTextContent('Committed')
    expect(panel).toHaveTextContent('this topic keeps them for 1 hour')
    later(store, 2 * 3_600_000)
    expect(partition0(store).logStartOffset).toBeGreaterThan(offset)
    expect(panel).toHaveTextContent('This record is gone: retention deleted its segment')
    expect(panel).toHaveTextContent(`offset ${offset} will never be used again`)
  })

  it('closes with the Close button and with Escape, giving focus back', async () => {
    const { store, user } = setup()
    const offset = produceAndAppend(store, 'k', 'v')
    const opener = screen.getByRole('button', { name: 'a record' })
    opener.focus()
    const panel = inspect(store, offset)
    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(store.getState().selection).toBeNull()
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()

    opener.focus()
    inspect(store, offset)
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(store.getState().selection).toBeNull()
    expect(opener).toHaveFocus()
  })

  it('speaks Spanish', () => {
    const { store } = setup()
    const offset = produceAndAppend(store, null, 'hola')
    act(() => setLang('es'))
    act(() => store.getState().select({ kind: 'record', topic: 't', partition: 0, offset }))
    const panel = screen.getByRole('complementary', { name: `Mensaje t-0, offset ${offset}` })
    expect(within(panel).getByRole('button', { name: 'Cerrar' })).toBeInTheDocument()
    expect(panel).toHaveTextContent('null — sin llave')
    expect(panel).toHaveTextContent('Los mensajes son inmutables')
  })
})
