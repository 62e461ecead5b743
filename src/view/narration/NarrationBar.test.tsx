// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { ANNOUNCE_EVERY_MS, HOLD_MS, NarrationBar } from './NarrationBar'

function setup(): LabStore {
  const store = createLabStore(undefined, { running: false })
  render(
    <LabProvider store={store}>
      <NarrationBar />
    </LabProvider>,
  )
  return store
}

/** Leader of purchases-0 in the default scene. */
function leaderOf0(store: LabStore): number {
  return store.getState().sim.state.topics['purchases']!.partitions[0]!.leader!
}

beforeEach(() => setLang('en'))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  setLang('en')
})

describe('NarrationBar', () => {
  it('is a polite live region that tells each notable event from the store', async () => {
    const store = setup()
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('What happens in the cluster is told here')

    const leader = leaderOf0(store)
    act(() => {
      expect(store.getState().dispatch({ type: 'killBroker', brokerId: leader })).toEqual({ ok: true })
    })
    await waitFor(() => expect(status).toHaveTextContent(`Broker ${leader} stopped.`))
    expect(screen.getByText('day 0, 00:00:00.0')).toBeInTheDocument()

    // The controller fences it within 9 s and elects a new leader for purchases-0 from the ISR.
    act(() => {
      store.getState().seek(12_000)
    })
    const newLeader = leaderOf0(store)
    expect(newLeader).not.toBe(leader)
    await waitFor(() => expect(status).toHaveTextContent(`broker ${newLeader}`))
    expect(status.textContent).toMatch(/fenced|purchases-0/)
  })

  it('tells a burst as one story, not one announcement per event', async () => {
    const store = setup()
    const status = screen.getByRole('status')
    act(() => {
      store.getState().dispatch({ type: 'addBroker' })
    })
    await waitFor(() => expect(status).toHaveTextContent('Broker 4 joined the cluster.'))
    // Two more events inside the same half second: they are announced together, once.
    act(() => {
      store.getState().dispatch({ type: 'stallBroker', brokerId: 3, stalled: true })
      store.getState().dispatch({ type: 'stallBroker', brokerId: 3, stalled: false })
    })
    expect(status).toHaveTextContent('Broker 4 joined the cluster.')
    await waitFor(() => expect(status).toHaveTextContent('Broker 3 is fetching again'))
    expect(status).toHaveTextContent('Broker 3 stalled')
    expect(status).not.toHaveTextContent('Broker 4 joined')
  })

  it('speaks the reader’s language and clears when the run is reset', async () => {
    const store = setup()
    const status = screen.getByRole('status')
    act(() => {
      store.getState().dispatch({ type: 'addBroker' })
    })
    await waitFor(() => expect(status).toHaveTextContent('Broker 4 joined'))
    act(() => setLang('es'))
    expect(status).toHaveTextContent('El broker 4 se unió al clúster.')
    expect(screen.getByText('día 0, 00:00:00,0')).toBeInTheDocument()
    act(() => store.getState().reset())
    await waitFor(() => expect(status).toHaveTextContent('Aquí se cuenta lo que pasa en el clúster'))
  })

  it('keeps a kill in view a while before lesser news replaces it, but not a newer danger', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const store = setup()
    const status = screen.getByRole('status')
    const step = (ms: number) => act(() => vi.advanceTimersByTime(ms))
    act(() => {
      store.getState().dispatch({ type: 'killBroker', brokerId: 1 })
    })
    step(1)
    expect(status).toHaveTextContent('Broker 1 stopped.')
    act(() => {
      store.getState().dispatch({ type: 'addBroker' })
    })
    step(ANNOUNCE_EVERY_MS * 2)
    expect(status).toHaveTextContent('Broker 1 stopped.')
    step(HOLD_MS)
    expect(status).toHaveTextContent('Broker 4 joined the cluster.')
    act(() => {
      store.getState().dispatch({ type: 'addBroker' })
      store.getState().dispatch({ type: 'killBroker', brokerId: 2 })
    })
    step(ANNOUNCE_EVERY_MS)
    expect(status).toHaveTextContent('Broker 5 joined the cluster.')
    expect(status).toHaveTextContent('Broker 2 stopped.')
  })

  it('after a seek back, shows what happened by then, not an event from the future it left', async () => {
    const store = setup()
    const status = screen.getByRole('status')
    act(() => void store.getState().dispatch({ type: 'advance', ms: 5_000 }))
    act(() => void store.getState().dispatch({ type: 'addBroker' }))
    await waitFor(() => expect(status).toHaveTextContent(/Broker 4/))
    act(() => void store.getState().dispatch({ type: 'advance', ms: 20_000 }))
    const leader = leaderOf0(store)
    act(() => void store.getState().dispatch({ type: 'killBroker', brokerId: leader }))
    await waitFor(() => expect(status).toHaveTextContent(`Broker ${leader} stopped.`))
    // Back to 00:00:19: the kill (at 00:00:25) has not happened there.
    act(() => void store.getState().seek(19_000))
    await waitFor(() => expect(status).not.toHaveTextContent(`Broker ${leader} stopped.`))
    expect(screen.queryByText('day 0, 00:00:25.0')).toBeNull()
    const shownAt = document.querySelector('.narration-time')?.textContent ?? ''
    expect(shownAt <= 'day 0, 00:00:19.0').toBe(true)
  })
})
