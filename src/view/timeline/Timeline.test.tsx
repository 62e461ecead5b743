// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { defaultScenario } from '../../scenarios/builtins'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { uiStore } from '../../store/uiStore'
import { Timeline } from './Timeline'

function recorded(): LabStore {
  const store = createLabStore(defaultScenario, { running: false })
  const s = () => store.getState()
  s().dispatch({ type: 'advance', ms: 10_000 })
  s().dispatch({ type: 'killBroker', brokerId: 1 })
  s().dispatch({ type: 'advance', ms: 20_000 })
  s().dispatch({ type: 'restartBroker', brokerId: 1 })
  s().dispatch({ type: 'advance', ms: 30_000 })
  return store
}

function setup(store = recorded()) {
  const user = userEvent.setup()
  render(
    <LabProvider store={store}>
      <Timeline />
    </LabProvider>,
  )
  return { store, user, slider: screen.getByRole('slider') }
}

beforeEach(() => {
  setLang('en')
  uiStore.setState({ controls: true })
})
afterEach(cleanup)

describe('the timeline', () => {
  it('is a labelled slider over the run, with the time as its value text', () => {
    const { slider } = setup()
    expect(slider).toHaveAccessibleName('Simulated time of the run')
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument()
    expect(slider).toHaveAttribute('min', '0')
    expect(slider).toHaveAttribute('max', '60000')
    expect(slider).toHaveValue('60000')
    expect(slider).toHaveAttribute('aria-valuetext', 'day 0, 00:01:00.0')
    expect(slider).toHaveAccessibleDescription(/Arrow keys move 1 s/)
  })

  it('moves through time with the keys: arrows, Page Up/Down, Home and End', async () => {
    const { store, user, slider } = setup()
    slider.focus()
    await user.keyboard('{ArrowLeft}')
    expect(store.getState().sim.state.timeMs).toBe(59_000)
    expect(store.getState().running).toBe(false)
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
    expect(store.getState().sim.state.timeMs).toBe(49_000)
    await user.keyboard('{PageDown}')
    expect(store.getState().sim.state.timeMs).toBe(0)
    await user.keyboard('{End}')
    expect(store.getState().sim.state.timeMs).toBe(60_000)
    await user.keyboard('{Home}')
    expect(store.getState().sim.state.timeMs).toBe(0)
    await user.keyboard('{ArrowRight}')
    expect(store.getState().sim.state.timeMs).toBe(1000)
    expect(slider).toHaveAttribute('aria-valuetext', 'day 0, 00:00:01.0')
  })

  it('seeks where the slider is dragged', () => {
    const { store, slider } = setup()
    act(() => void fireEvent.change(slider, { target: { value: '25000' } }))
    expect(store.getState().sim.state.timeMs).toBe(25_000)
    expect(store.getState().sim.state.brokers.find((b) => b.id === 1)?.alive).toBe(false)
  })

  it('steps back and forward from marker to marker, saying where to', async () => {
    const { store, user } = setup()
    const back = screen.getByRole('button', { name: /^Back to the previous marker: / })
    expect(back).toHaveAccessibleName(/Broker 1 restarted, day 0, 00:00:30/)
    await user.click(back)
    expect(store.getState().sim.state.timeMs).toBe(30_000)
    await user.click(screen.getByRole('button', { name: /^Back to the previous marker: / }))
    // The fencing of broker 1 moved leaders 9 s after the kill: an election marker.
    expect(store.getState().sim.state.timeMs).toBeGreaterThan(10_000)
    await user.click(screen.getByRole('button', { name: /^Back to the previous marker: Broker 1 killed/ }))
    expect(store.getState().sim.state.timeMs).toBe(10_000)
    expect(screen.getByRole('button', { name: 'Back to the previous marker' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: /^On to the next marker: / }))
    expect(store.getState().sim.state.timeMs).toBeGreaterThan(10_000)
  })

  it('offers the present after a seek back, and the other future after a change of the past', async () => {
    const { store, user } = setup()
    await user.click(screen.getByRole('button', { name: /^Back to the previous marker: Broker 1 restarted/ }))
    await user.click(screen.getByRole('button', { name: 'Back to the present' }))
    expect(store.getState().sim.state.timeMs).toBe(60_000)
    act(() => void store.getState().seek(5000))
    act(() => void store.getState().dispatch({ type: 'killBroker', brokerId: 2 }))
    expect(store.getState().horizonMs).toBe(5000)
    await user.click(screen.getByRole('button', { name: 'Bring back the other future' }))
    expect(store.getState().horizonMs).toBe(60_000)
    expect(store.getState().commandLog.map((c) => c.command.type)).toEqual(['killBroker', 'restartBroker'])
  })

  it('speaks Spanish and hides with controls=0', () => {
    act(() => setLang('es'))
    setup()
    expect(screen.getByRole('slider', { name: 'Tiempo simulado de la ejecución' })).toBeInTheDocument()
    cleanup()
    uiStore.setState({ controls: false })
    render(
      <LabProvider store={recorded()}>
        <Timeline />
      </LabProvider>,
    )
    expect(screen.queryByRole('slider')).toBeNull()
  })

  it('a marker is a button: a click seeks to its moment and pauses there', async () => {
    const { store, user } = setup()
    const kill = document.querySelector<HTMLButtonElement>('button.timeline-marker-kill')!
    expect(kill).not.toBeNull()
    expect(kill.title).toMatch(/Broker 1 killed/)
    await user.click(kill)
    expect(store.getState().sim.state.timeMs).toBe(10_000)
    expect(store.getState().running).toBe(false)
  })
})
