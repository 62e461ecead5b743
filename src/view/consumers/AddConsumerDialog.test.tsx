// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { openDialog, uiStore } from '../../store/uiStore'
import { AddConsumerDialog } from './AddConsumerDialog'

function setup() {
  const store = createLabStore(undefined, { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <AddConsumerDialog />
    </LabProvider>,
  )
  act(() => openDialog('addConsumer'))
  return { store, user }
}

const member = (store: ReturnType<typeof setup>['store'], groupId: string) =>
  store
    .getState()
    .sim.state.consumers.filter((c) => c.groupId === groupId)
    .at(-1)

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('AddConsumerDialog: static membership', () => {
  it('adds a dynamic member when group.instance.id is left empty, and a static one when it is given', async () => {
    const { store, user } = setup()
    const group = screen.getByRole('combobox', { name: 'Consumer group (group.id)' })
    await user.clear(group)
    await user.type(group, 'billing')
    await user.click(screen.getByRole('button', { name: 'Add consumer' }))
    expect(member(store, 'billing')?.groupInstanceId).toBeNull()

    act(() => openDialog('addConsumer'))
    const again = screen.getByRole('combobox', { name: 'Consumer group (group.id)' })
    await user.clear(again)
    await user.type(again, 'billing')
    await user.type(screen.getByRole('textbox', { name: 'group.instance.id (optional)' }), 'billing-eu-1')
    expect(screen.getByText(/gets its partitions back without a rebalance/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add consumer' }))
    expect(member(store, 'billing')?.groupInstanceId).toBe('billing-eu-1')
  })

  it('keeps the dialog open with the reason when the id is not a legal one, and adds nothing', async () => {
    const { store, user } = setup()
    const before = store.getState().sim.state.consumers.length
    await user.type(screen.getByRole('textbox', { name: 'group.instance.id (optional)' }), 'not valid!')
    await user.click(screen.getByRole('button', { name: 'Add consumer' }))
    expect(screen.getByRole('dialog', { name: 'Add a consumer' })).toBeInTheDocument()
    expect(screen.getByText(/groupInstanceId must be 1 to 249 letters/)).toBeInTheDocument()
    expect(store.getState().sim.state.consumers.length).toBe(before)
  })
})

describe('AddConsumerDialog: the poll loop, the deserializer and the protocol', () => {
  it('adds a member with its own poll loop and deserializer, to a group on the consumer protocol', async () => {
    const { store, user } = setup()
    const group = screen.getByRole('combobox', { name: 'Consumer group (group.id)' })
    await user.clear(group)
    await user.type(group, 'kip')
    await user.click(screen.getByRole('radio', { name: /^consumer\s*KIP-848/ }))
    expect(screen.getByRole('combobox', { name: 'Assignor' })).toHaveValue('uniform')
    await user.click(screen.getByText('Poll loop and deserializer'))
    const records = screen.getByRole('textbox', { name: 'max.poll.records' })
    await user.clear(records)
    await user.type(records, '20')
    const interval = screen.getByRole('textbox', { name: 'max.poll.interval.ms' })
    await user.clear(interval)
    await user.type(interval, '6000')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value deserializer' }), 'json')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'On a record it cannot deserialize' }),
      'skip',
    )
    await user.click(screen.getByRole('button', { name: 'Add consumer' }))
    const c = member(store, 'kip')!
    expect([c.maxPollRecords, c.maxPollIntervalMs, c.valueFormat, c.onDeserializationError]).toEqual([
      20,
      6000,
      'json',
      'skip',
    ])
    expect(store.getState().sim.state.groups.kip).toMatchObject({ protocol: 'consumer', assignor: 'uniform' })
  })

  it('refuses a max.poll.interval.ms that is not a number, says why, and adds nothing', async () => {
    const { store, user } = setup()
    const before = store.getState().sim.state.consumers.length
    await user.click(screen.getByText('Poll loop and deserializer'))
    const interval = screen.getByRole('textbox', { name: 'max.poll.interval.ms' })
    await user.clear(interval)
    await user.type(interval, 'soon')
    await user.click(screen.getByRole('button', { name: 'Add consumer' }))
    expect(screen.getByText(/maxPollIntervalMs must be/)).toBeInTheDocument()
    expect(store.getState().sim.state.consumers.length).toBe(before)
  })
})
