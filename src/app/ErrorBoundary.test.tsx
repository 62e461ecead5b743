// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportSceneText } from '../api/kafkaLabApi'
import { setLang } from '../i18n/useT'
import { defaultScenario } from '../scenarios/builtins'
import type { Scenario } from '../scenarios/scenario'
import { createLabStore } from '../store/simStore'
import { openDialog, uiStore } from '../store/uiStore'
import { ErrorBoundary, rootErrorOptions } from './ErrorBoundary'

const HOSTILE = '<img src=x onerror=alert(1)>'

/** A view that renders fine until armed, then throws while rendering. */
const fault = { armed: false, message: 'the inspector broke' }
function Fragile() {
  if (fault.armed) throw new Error(fault.message)
  return <p>the simulator</p>
}

const small: Scenario = { id: 'small', seed: 3, brokers: 2, config: {}, commands: [] }

function setup() {
  const store = createLabStore(small, { running: false })
  const save = vi.fn<(text: string, fileName: string) => void>()
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const view = render(
    <ErrorBoundary store={store} save={save}>
      <Fragile />
    </ErrorBoundary>,
    { onCaughtError: rootErrorOptions.onCaughtError },
  )
  return { store, save, errors, view, user: userEvent.setup() }
}

/** Makes the view throw on its next render. */
function crash(
  view: ReturnType<typeof render>,
  store: ReturnType<typeof createLabStore>,
  save: (text: string, fileName: string) => void,
) {
  fault.armed = true
  act(() =>
    view.rerender(
      <ErrorBoundary store={store} save={save}>
        <Fragile />
      </ErrorBoundary>,
    ),
  )
}

beforeEach(() => {
  setLang('en')
  fault.armed = false
  fault.message = 'the inspector broke'
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  uiStore.setState({ dialog: null })
  setLang('en')
})

describe('ErrorBoundary', () => {
  it('replaces a crashed view with a recovery panel and logs the error exactly once', () => {
    const { store, save, errors, view } = setup()
    expect(screen.getByText('the simulator')).toBeInTheDocument()
    expect(errors).not.toHaveBeenCalled()
    crash(view, store, save)
    const heading = screen.getByRole('heading', { level: 1, name: 'Something in the simulator broke' })
    expect(screen.getByRole('main', { name: 'Something in the simulator broke' })).toContainElement(heading)
    expect(heading).toHaveFocus()
    expect(screen.queryByText('the simulator')).toBeNull()
    expect(screen.getByRole('button', { name: 'Save the scene as a file' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start again with a fresh scene' })).toBeInTheDocument()
    expect(screen.getByText('Error: the inspector broke')).toBeInTheDocument()
    expect(errors).toHaveBeenCalledTimes(1)
    const [text, error] = errors.mock.calls[0]!
    expect(text).toMatch(/a view crashed/)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('the inspector broke')
  })

  it('saves the exact current scene as a file, and says so; a failing save is reported, not thrown', async () => {
    const { store, save, view, user } = setup()
    store.getState().dispatch({ type: 'killBroker', brokerId: 2 })
    store.getState().dispatch({ type: 'advance', ms: 1500 })
    crash(view, store, save)
    await user.click(screen.getByRole('button', { name: 'Save the scene as a file' }))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith(exportSceneText(store), 'kafka-lab-scene.json')
    expect(JSON.parse(save.mock.calls[0]![0]).commands).toHaveLength(1)
    expect(screen.getByRole('status')).toHaveTextContent('The scene was saved as kafka-lab-scene.json.')

    save.mockImplementation(() => {
      throw new Error('downloads are blocked')
    })
    await user.click(screen.getByRole('button', { name: 'Save the scene as a file' }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The scene could not be saved (Error: downloads are blocked).',
    )
  })

  it('starts again with a fresh default scene: no lesson, no dialog, the views back', async () => {
    const { store, save, view, user } = setup()
    expect(store.getState().startLesson('topics')).toEqual({ ok: true })
    store.getState().dispatch({ type: 'advance', ms: 2000 })
    openDialog('share')
    crash(view, store, save)
    fault.armed = false
    await user.click(screen.getByRole('button', { name: 'Start again with a fresh scene' }))
    expect(screen.getByText('the simulator')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Something in the simulator broke' })).toBeNull()
    const s = store.getState()
    expect(s.scenario).toBe(defaultScenario)
    expect(s.lesson).toBeNull()
    expect(s.commandLog).toEqual([])
    expect(s.sim.state.timeMs).toBe(0)
    expect(uiStore.getState().dialog).toBeNull()
  })

  it('speaks Spanish, and shows a hostile error message as text', () => {
    setLang('es')
    fault.message = HOSTILE
    const { store, save, view } = setup()
    crash(view, store, save)
    expect(screen.getByRole('heading', { name: 'Algo se rompió en el simulador' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Guardar la escena en un archivo' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Empezar de nuevo con una escena nueva' })).toBeInTheDocument()
    expect(screen.getByText('Detalles para un informe de error')).toBeInTheDocument()
    expect(screen.getByText(`Error: ${HOSTILE}`)).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })

  it('logs an uncaught error once too', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    rootErrorOptions.onUncaughtError?.(new Error('boom'), { componentStack: '\n    at App' })
    expect(errors).toHaveBeenCalledTimes(1)
    expect(errors.mock.calls[0]![0]).toMatch(/the page crashed/)
  })
})
