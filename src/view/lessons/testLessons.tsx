import { act, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { LessonStep } from '../../lessons/types'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'

/** Test helpers: a paused lab with the given components, and a step's own "show me" moves played by hand. */
export function renderLab(children: ReactNode): { store: LabStore } {
  const store = createLabStore(undefined, { running: false })
  render(<LabProvider store={store}>{children}</LabProvider>)
  return { store }
}

/** Dispatches the step's solution commands and lets its waits pass in simulated time. */
export function solveStep(store: LabStore, step: LessonStep): void {
  for (const move of step.solution ?? []) {
    act(() => {
      if ('command' in move) store.getState().dispatch(move.command)
      else store.getState().seek(store.getState().sim.state.timeMs + move.waitMs)
    })
  }
}
