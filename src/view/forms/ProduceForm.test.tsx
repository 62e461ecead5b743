// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { explainKeyPartition, readRange } from '../../engine'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { ProduceForm } from './ProduceForm'
import { keyFormula } from './partitionDecision'

function setup() {
  const store = createLabStore(undefined, { running: false })
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <ProduceForm />
    </LabProvider>,
  )
  return { store, user }
}

/** The partitions whose retained log holds a record with this value. */
function partitionsHolding(store: LabStore, topic: string, value: string): number[] {
  const t = store.getState().sim.state.topics[topic]!
  return t.partitions
    .filter((p) => readRange(p, p.logStartOffset, p.logEndOffset).some((r) => r.value === value))
    .map((p) => p.partition)
}

function setValue(value: string) {
  fireEvent.change(screen.getByLabelText('Value'), { target: { value } })
}

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  setLang('en')
})

describe('ProduceForm', () => {
  it('explains the key hash exactly as Kafka’s Java client computes it, before sending', () => {
    setup()
    expect(screen.getByRole('textbox', { name: 'Key' })).toHaveValue('customer-42')
    expect(
      screen.getByText('murmur2("customer-42") = -542987495 → & 0x7fffffff = 1604496153 → % 3 = 0'),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(/partition 0/)
  })

  it('sends a keyed record that lands in the predicted partition', async () => {
    const { store, user } = setup()
    const key = 'order-7'
    const expected = explainKeyPartition(key, 3)
    const keyBox = screen.getByRole('textbox', { name: 'Key' })
    await user.clear(keyBox)
    await user.type(keyBox, key)
    expect(screen.getByText(keyFormula(expected))).toBeInTheDocument()
    setValue('{"probe": "keyed"}')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('status')).toHaveTextContent(`Sent to purchases-${expected.partition}`)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    store.getState().sim.advance(5000)
    expect(partitionsHolding(store, 'purchases', '{"probe": "keyed"}')).toEqual([expected.partition])
  })

  it('sends a tombstone (a null value), and warns before a keyless record a compacted topic would refuse', async () => {
    const { store, user } = setup()
    expect(
      store
        .getState()
        .dispatch({ type: 'alterTopicConfig', topic: 'purchases', config: { cleanupPolicy: 'compact' } }),
    ).toEqual({ ok: true })
    expect(screen.queryByTestId('keyless-compacted')).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'No key (null)' }))
    expect(screen.getByTestId('keyless-compacted')).toHaveTextContent(
      'purchases is compacted: Kafka refuses a record without a key',
    )
    await user.click(screen.getByRole('checkbox', { name: 'No key (null)' }))
    await user.click(screen.getByRole('checkbox', { name: 'Tombstone: send null' }))
    expect(screen.getByLabelText('Value')).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    store.getState().sim.advance(5000)
    const p =
      store.getState().sim.state.topics.purchases!.partitions[
        explainKeyPartition('customer-42', 3).partition
      ]!
    const mine = readRange(p, 0, p.logEndOffset).filter((r) => r.producerId.startsWith('console-'))
    expect(mine.map((r) => r.value)).toEqual([null])
  })

  it('the default one-click send lands in partition 0', async () => {
    const { store, user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('status')).toHaveTextContent('Sent to purchases-0')
    store.getState().sim.advance(5000)
    const value = (screen.getByLabelText('Value') as HTMLTextAreaElement).value
    expect(partitionsHolding(store, 'purchases', value)).toEqual([0])
  })

  it('hashes an empty-string key; only a null key is keyless', async () => {
    const { user } = setup()
    await user.clear(screen.getByRole('textbox', { name: 'Key' }))
    expect(screen.getByText(/^murmur2\(""\) = 275646681 → /)).toBeInTheDocument()
    expect(screen.getByText(/An empty key is still a key/)).toBeInTheDocument()
  })

  it('without a key shows the sticky choice, then follows it', async () => {
    const { store, user } = setup()
    await user.click(screen.getByRole('checkbox', { name: 'No key (null)' }))
    expect(screen.getByRole('textbox', { name: 'Key' })).toBeDisabled()
    expect(screen.queryByText(/murmur2/)).not.toBeInTheDocument()
    expect(screen.getByText(/picks a random partition that has a leader/)).toBeInTheDocument()

    setValue('keyless one')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const sticky = store.getState().sim.state.producers.find((p) => p.id === 'console-purchases')!.sticky
      .partition
    expect(screen.getByRole('status')).toHaveTextContent(`Sent to purchases-${sticky}`)
    expect(
      screen.getByText(new RegExp(`sends it to partition ${sticky}, where this producer is sticking`)),
    ).toBeInTheDocument()

    setValue('keyless two')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    store.getState().sim.advance(5000)
    expect(partitionsHolding(store, 'purchases', 'keyless one')).toEqual([sticky])
    expect(partitionsHolding(store, 'purchases', 'keyless two')).toEqual([sticky])
  })

  it('an explicit partition wins over the key', async () => {
    const { store, user } = setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Partition' }), '2')
    expect(screen.getByText(/Explicit partition 2 wins/)).toBeInTheDocument()
    expect(screen.queryByText(/murmur2/)).not.toBeInTheDocument()
    setValue('pinned')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('status')).toHaveTextContent('Sent to purchases-2')
    store.getState().sim.advance(5000)
    expect(partitionsHolding(store, 'purchases', 'pinned')).toEqual([2])
  })

  it('shows the engine’s refusal inline and sends nothing', async () => {
    const { store, user } = setup()
    setValue('x'.repeat(10001))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/value/)
    expect(screen.getByRole('status')).toHaveTextContent('')
    expect(store.getState().sim.state.producers.some((p) => p.id === 'console-purchases')).toBe(false)
  })

  it('warns, without blocking, when a JSON value does not parse', async () => {
    const { user } = setup()
    setValue('{not json')
    expect(screen.getByLabelText('Value')).toHaveAccessibleDescription(/broker never looks inside a value/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'text')
    expect(screen.queryByText(/Not valid JSON/)).not.toBeInTheDocument()
  })

  it('speaks Spanish in the course notes’ words', () => {
    setup()
    act(() => setLang('es'))
    expect(screen.getByRole('heading', { name: 'Producir a mano' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Llave (key)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeInTheDocument()
    expect(screen.getByText(/va a la partición 0/)).toBeInTheDocument()
  })
})

describe('ProduceForm across lesson steps', () => {
  it('starts each lesson and step afresh: no partition, key or "sent to" line carried over', async () => {
    await act(async () => void (await setLang('en')))
    const { store, user } = setup()
    act(() => void store.getState().startLesson('partitions-offsets'))
    expect(screen.getByRole('status').textContent).toBe('')
    await user.selectOptions(screen.getByLabelText('Partition'), 'Partition 2')
    await user.click(screen.getByLabelText('No key (null)'))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('status').textContent).toBe('Sent to purchases-2')
    // Another lesson: the form is as new.
    act(() => void store.getState().startLesson('keys'))
    expect(screen.getByRole('status').textContent).toBe('')
    expect((screen.getByLabelText('Partition') as HTMLSelectElement).value).toBe('')
    expect((screen.getByLabelText('No key (null)') as HTMLInputElement).checked).toBe(false)
    // Restarting the step does the same.
    await user.selectOptions(screen.getByLabelText('Partition'), 'Partition 1')
    act(() => void store.getState().restartStep())
    expect((screen.getByLabelText('Partition') as HTMLSelectElement).value).toBe('')
  })
})

describe('ProduceForm: a bad record', () => {
  it('sends a text record that is not JSON in one click, with the chosen partition', async () => {
    const { store, user } = setup()
    const topic = (screen.getByLabelText('Topic') as HTMLSelectElement).value
    await user.selectOptions(screen.getByLabelText('Partition'), '1')
    await user.click(screen.getByRole('button', { name: 'Unreadable record' }))
    act(() => {
      for (let i = 0; i < 200; i++) store.getState().step()
    })
    expect(partitionsHolding(store, topic, 'oops: not JSON')).toEqual([1])
    const p = store.getState().sim.state.topics[topic]!.partitions[1]!
    expect(
      readRange(p, p.logStartOffset, p.logEndOffset).find((r) => r.value === 'oops: not JSON')?.format,
    ).toBe('text')
  })
})
