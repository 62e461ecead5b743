// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine'
import { brokerId, producerId, topicName } from '../../engine/ids'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { EventLog } from './EventLog'

function setup(events: SimEvent[] = []) {
  const store = createLabStore(undefined, { running: false })
  store.setState({ log: events.map((event, i) => ({ id: 10_000 + i, event })) })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <EventLog />
    </LabProvider>,
  )
  return { store, user }
}

const topic = topicName('purchases')
const killed: SimEvent = { t: 83_400, type: 'brokerKilled', brokerId: brokerId(2), fenceAt: 92_400 }
const elected: SimEvent = {
  t: 92_400,
  type: 'leaderElected',
  topic,
  partition: 1,
  previousLeader: brokerId(2),
  leader: brokerId(3),
  leaderEpoch: 2,
  reason: 'leaderFenced',
  isr: [brokerId(3), brokerId(1)],
}
const rerouted: SimEvent = {
  t: 93_000,
  type: 'producerRerouted',
  topic,
  partition: 1,
  producerId: producerId('P1'),
  from: brokerId(2),
  to: brokerId(3),
}
const deleted: SimEvent = {
  t: 8 * 86_400_000,
  type: 'segmentDeleted',
  topic,
  partition: 0,
  baseOffset: 0,
  endOffset: 42,
  logStartOffset: 42,
  reason: 'time',
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem')

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  setLang('en')
})

describe('EventLog', () => {
  it('is a named section listing events newest first with their simulated time', () => {
    setup([killed, elected, rerouted])
    const region = screen.getByRole('region', { name: 'Event log' })
    expect(within(region).getByRole('heading', { name: 'Event log' })).toBeInTheDocument()
    const items = rows()
    expect(items).toHaveLength(3)
    expect(items[0]).toHaveTextContent(
      'Producer P1 refreshed its metadata and now sends purchases-1 to broker 3',
    )
    expect(items[2]).toHaveTextContent('day 0, 00:01:23.4')
    expect(items[2]).toHaveTextContent('Broker 2 stopped.')
    expect(screen.getByText('3 events')).toBeInTheDocument()
  })

  it('renders user-controlled names as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const { store } = setup([
      { t: 0, type: 'topicCreated', topic: topicName(hostile), partitions: 1, replicationFactor: 1 },
    ])
    expect(rows()[0]).toHaveTextContent(`Topic ${hostile} created`)
    expect(document.querySelector('img')).toBeNull()
    act(() => {
      store.setState({
        log: [{ id: 1, event: { t: 0, type: 'producerRemoved', producerId: producerId('<b>P9</b>') } }],
      })
    })
    expect(rows()[0]).toHaveTextContent('Producer <b>P9</b> was closed')
    expect(document.querySelector('b')).toBeNull()
  })

  it('filters by kind with pressed chips', async () => {
    const { user } = setup([killed, elected, rerouted, deleted])
    const chips = screen.getByRole('group', { name: 'Show events about' })
    expect(within(chips).getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(within(chips).getByRole('button', { name: 'Brokers' }))
    expect(within(chips).getByRole('button', { name: 'Brokers' })).toHaveAttribute('aria-pressed', 'true')
    expect(rows()).toHaveLength(1)
    expect(rows()[0]).toHaveTextContent('Broker 2 stopped')
    await user.click(within(chips).getByRole('button', { name: 'Leaders & ISR' }))
    expect(rows()[0]).toHaveTextContent('lost its leader')
    await user.click(within(chips).getByRole('button', { name: 'Retention' }))
    expect(rows()[0]).toHaveTextContent('day 8, 00:00:00.0')
    expect(rows()[0]).toHaveTextContent('Retention deleted a segment of purchases-0 (offsets 0–41)')
    await user.click(within(chips).getByRole('button', { name: 'Producers' }))
    expect(rows()).toHaveLength(1)
  })

  it('collapses and expands from the keyboard', async () => {
    const { user } = setup([killed])
    const toggle = screen.getByRole('button', { name: 'Event log' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('list')).toBeNull()
    await user.keyboard(' ')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(rows()).toHaveLength(1)
    // The scrolling list can be reached with Tab, so it can be scrolled with the keyboard.
    const list = screen.getByRole('list')
    for (let i = 0; i < 10 && document.activeElement !== list; i++) await user.tab()
    expect(list).toHaveFocus()
  })

  it('renders at most 100 rows of a full log and folds repeats into one row', () => {
    const many: SimEvent[] = Array.from({ length: 300 }, (_, i) => ({
      ...deleted,
      t: i * 1000,
      partition: i % 3,
    }))
    setup(many)
    expect(rows()).toHaveLength(100)
    expect(screen.getByText('Showing the latest 100 of 300.')).toBeInTheDocument()
    cleanup()
    const retry: SimEvent = {
      t: 5000,
      type: 'produceFailed',
      topic,
      partition: 0,
      producerId: producerId('P1'),
      brokerId: brokerId(1),
      batchId: 1,
      error: 'NETWORK_EXCEPTION',
      willRetry: true,
      attempt: 1,
      recordCount: 2,
    }
    setup([killed, retry, { ...retry, t: 5400 }, { ...retry, t: 5800 }])
    expect(rows()).toHaveLength(2)
    expect(rows()[0]).toHaveTextContent('day 0, 00:00:05.8')
    expect(rows()[0]).toHaveTextContent('(×3)')
  })

  it('follows the store and the language', () => {
    const { store } = setup([])
    expect(screen.getByText('Nothing has happened yet.')).toBeInTheDocument()
    act(() => {
      store.getState().dispatch({ type: 'addBroker' })
    })
    expect(rows()[0]).toHaveTextContent('Broker 4 joined the cluster.')
    act(() => setLang('es'))
    expect(screen.getByRole('region', { name: 'Registro de eventos' })).toBeInTheDocument()
    expect(rows()[0]).toHaveTextContent('El broker 4 se unió al clúster.')
    expect(rows()[0]).toHaveTextContent('día 0, 00:00:00,0')
  })
})
