// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { openDialog, uiStore } from '../../store/uiStore'
import { AddProducerDialog } from './AddProducerDialog'

function setup() {
  const store = createLabStore(undefined, { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <AddProducerDialog />
    </LabProvider>,
  )
  act(() => openDialog('addProducer'))
  return { store, user }
}

const lastProducer = (store: ReturnType<typeof setup>['store']) =>
  store.getState().sim.state.producers.at(-1)!

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('AddProducerDialog', () => {
  it('starts from Kafka’s defaults: acks=all with idempotence on', () => {
    setup()
    expect(screen.getByRole('dialog', { name: 'Add a producer' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveFocus()
    expect(screen.getByRole('radio', { name: /acks=all/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /Idempotence/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /Customer ids/ })).toBeChecked()
  })

  it('adds a producer with the chosen settings and closes', async () => {
    const { store, user } = setup()
    const count = store.getState().sim.state.producers.length
    await user.click(screen.getByRole('radio', { name: /No key/ }))
    const rate = screen.getByRole('spinbutton', { name: /Rate/ })
    await user.clear(rate)
    await user.type(rate, '5')
    await user.click(screen.getByRole('button', { name: 'Add producer' }))
    expect(store.getState().sim.state.producers).toHaveLength(count + 1)
    const p = lastProducer(store)
    expect(p.topic).toBe('purchases')
    expect(p.ratePerSec).toBe(5)
    expect(p.keys).toEqual({ kind: 'none' })
    expect(p.config.acks).toBe('all')
    expect(p.config.enableIdempotence).toBe(true)
    expect(uiStore.getState().dialog).toBeNull()
  })

  it('turns idempotence off, and says why, when acks is not all', async () => {
    const { store, user } = setup()
    await user.click(screen.getByRole('radio', { name: /acks=1/ }))
    const idem = screen.getByRole('checkbox', { name: /Idempotence/ })
    expect(idem).toBeDisabled()
    expect(idem).not.toBeChecked()
    expect(idem).toHaveAccessibleDescription(/Needs acks=all/)
    await user.click(screen.getByRole('button', { name: 'Add producer' }))
    const p = lastProducer(store)
    expect(p.config.acks).toBe('1')
    expect(p.config.enableIdempotence).toBe(false)
    expect(p.keys).toEqual({ kind: 'pool', prefix: 'customer-', count: 50 })
  })

  it('refuses a rate outside 0.2–50 and adds nothing', async () => {
    const { store, user } = setup()
    const count = store.getState().sim.state.producers.length
    const rate = screen.getByRole('spinbutton', { name: /Rate/ })
    await user.clear(rate)
    await user.type(rate, '100')
    expect(rate).toHaveAttribute('aria-invalid', 'true')
    expect(rate).toHaveAccessibleDescription(/from 0.2 to 50/)
    await user.click(screen.getByRole('button', { name: 'Add producer' }))
    expect(store.getState().sim.state.producers).toHaveLength(count)
    expect(uiStore.getState().dialog).toBe('addProducer')
    expect(rate).toHaveFocus()
  })

  it('closes with Escape', () => {
    setup()
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(uiStore.getState().dialog).toBeNull()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('speaks Spanish', () => {
    setup()
    act(() => setLang('es'))
    expect(screen.getByRole('dialog', { name: 'Añadir un productor' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /Sin llave/ })).toBeInTheDocument()
  })
})
