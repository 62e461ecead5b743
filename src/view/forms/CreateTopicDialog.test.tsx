// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { openDialog, uiStore } from '../../store/uiStore'
import { CreateTopicDialog } from './CreateTopicDialog'

function setup() {
  const store = createLabStore(undefined, { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <button type="button">opener</button>
      <CreateTopicDialog />
    </LabProvider>,
  )
  return { store, user }
}

function open() {
  act(() => openDialog('createTopic'))
  return screen.getByRole('dialog')
}

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('CreateTopicDialog', () => {
  it('is closed until the ui store opens it, then focuses the name', () => {
    setup()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    open()
    expect(screen.getByRole('dialog', { name: 'Create a topic' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
  })

  it('shows Kafka’s own message for an invalid name and creates nothing', async () => {
    const { store, user } = setup()
    open()
    const before = Object.keys(store.getState().sim.state.topics)
    const name = screen.getByRole('textbox', { name: 'Name' })
    await user.type(name, 'bad name!')
    const message =
      "Topic name is invalid: 'bad name!' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"
    expect(screen.getByText(message)).toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message))
    await user.click(screen.getByRole('button', { name: 'Create topic' }))
    expect(Object.keys(store.getState().sim.state.topics)).toEqual(before)
    expect(uiStore.getState().dialog).toBe('createTopic')
    expect(name).toHaveFocus()
  })

  it('refuses an existing name, a colliding one and an empty one with Kafka’s text', async () => {
    const { store, user } = setup()
    store.getState().dispatch({ type: 'createTopic', name: 'foo_bar', partitions: 1, replicationFactor: 1 })
    open()
    const name = screen.getByRole('textbox', { name: 'Name' })
    await user.type(name, 'purchases')
    expect(screen.getByText("Topic 'purchases' already exists.")).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, 'foo.bar')
    expect(screen.getByText("Topic 'foo.bar' collides with existing topic: foo_bar")).toBeInTheDocument()
    await user.clear(name)
    expect(screen.getByText('Topic name is invalid: the empty string is not allowed')).toBeInTheDocument()
    await user.type(name, '..')
    expect(screen.getByText("Topic name is invalid: '..' is not allowed")).toBeInTheDocument()
  })

  it('creates a valid topic with the chosen settings and closes, giving focus back', async () => {
    const { store, user } = setup()
    const opener = screen.getByRole('button', { name: 'opener' })
    opener.focus()
    open()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'orders')
    const partitions = screen.getByRole('spinbutton', { name: 'Partitions' })
    await user.clear(partitions)
    await user.type(partitions, '6')
    const rf = screen.getByRole('combobox', { name: 'Replication factor' })
    expect(rf).toHaveValue('3')
    expect(rf).toHaveAccessibleDescription(/3 live brokers/)
    expect(screen.getAllByRole('option').filter((o) => rf.contains(o))).toHaveLength(3)
    const retention = screen.getByRole('combobox', { name: 'Retention (retention.ms)' })
    expect(retention).toHaveValue('604800000')
    await user.selectOptions(retention, '86400000')
    await user.selectOptions(screen.getByRole('combobox', { name: /min.insync.replicas/ }), '2')
    await user.click(screen.getByRole('button', { name: 'Create topic' }))

    const topic = store.getState().sim.state.topics.orders!
    expect(topic.partitions).toHaveLength(6)
    expect(topic.partitions[0]!.replicas).toHaveLength(3)
    expect(topic.config.retentionMs).toBe(86400000)
    expect(topic.config.minInsyncReplicas).toBe(2)
    expect(uiStore.getState().dialog).toBeNull()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('creates a compacted topic (retention does not apply, so its fields go) or one with retention.bytes', async () => {
    const { store, user } = setup()
    open()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'addresses')
    const policy = screen.getByRole('combobox', { name: 'When old records go (cleanup.policy)' })
    expect(policy).toHaveValue('delete')
    await user.selectOptions(policy, 'compact')
    expect(screen.queryByRole('combobox', { name: 'Retention (retention.ms)' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create topic' }))
    expect(store.getState().sim.state.topics.addresses!.config.cleanupPolicy).toBe('compact')

    open()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'clicks')
    await user.selectOptions(screen.getByRole('combobox', { name: /retention.bytes/ }), '16384')
    await user.click(screen.getByRole('button', { name: 'Create topic' }))
    const clicks = store.getState().sim.state.topics.clicks!.config
    expect([clicks.cleanupPolicy, clicks.retentionBytes]).toEqual(['delete', 16384])
  })

  it('checks the partition count before sending', async () => {
    const { store, user } = setup()
    open()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'big')
    const partitions = screen.getByRole('spinbutton', { name: 'Partitions' })
    await user.clear(partitions)
    await user.type(partitions, '1001')
    expect(partitions).toHaveAccessibleDescription(/whole number from 1 to 1000/)
    await user.click(screen.getByRole('button', { name: 'Create topic' }))
    expect(store.getState().sim.state.topics.big).toBeUndefined()
    expect(partitions).toHaveFocus()
  })

  it('shows an engine refusal inline', async () => {
    const { store, user } = setup()
    open()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'late')
    // Brokers die and are fenced while the dialog is open: the choice follows the live brokers...
    act(() => {
      store.getState().dispatch({ type: 'killBroker', brokerId: 3 })
      store.getState().seek(store.getState().sim.state.timeMs + 10_000)
    })
    expect(screen.getByRole('combobox', { name: 'Replication factor' })).toHaveValue('2')
    act(() => {
      store.getState().dispatch({ type: 'killBroker', brokerId: 2 })
      store.getState().dispatch({ type: 'killBroker', brokerId: 1 })
      store.getState().seek(store.getState().sim.state.timeMs + 10_000)
    })
    // ...down to none: the engine's (Kafka's) refusal is shown as it comes.
    expect(screen.getByRole('combobox', { name: 'Replication factor' })).toHaveAccessibleDescription(
      /No live broker/,
    )
    await user.click(screen.getByRole('button', { name: 'Create topic' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Unable to replicate the partition 1 time(s): The target replication factor of 1 cannot be reached because only 0 broker(s) are registered.',
    )
    expect(store.getState().sim.state.topics.late).toBeUndefined()
  })

  it('closes with Escape and with Cancel', async () => {
    const { user } = setup()
    const dialog = open()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(uiStore.getState().dialog).toBeNull()
    open()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(uiStore.getState().dialog).toBeNull()
  })

  it('keeps Tab inside the dialog', async () => {
    const { user } = setup()
    open()
    const create = screen.getByRole('button', { name: 'Create topic' })
    create.focus()
    await user.tab()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(create).toHaveFocus()
  })

  it('speaks Spanish', () => {
    setup()
    act(() => setLang('es'))
    open()
    expect(screen.getByRole('dialog', { name: 'Crear un tema (topic)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeInTheDocument()
  })
})
