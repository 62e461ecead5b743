// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { loadCellMotion } from './cellMotion'
import { ReplicaRow } from './ReplicaRow'

function renderRow(speed: number): LabStore {
  const store = createLabStore(undefined, { running: false })
  store.getState().dispatch({ type: 'advance', ms: 5000 })
  store.getState().dispatch({ type: 'setSpeed', factor: speed })
  render(
    <LabProvider store={store}>
      <ReplicaRow topic="purchases" partition={0} brokerId={1} />
    </LabProvider>,
  )
  return store
}

/** The row's record cells, oldest first. */
function cells(): HTMLLIElement[] {
  const list = screen.getByRole('list', { name: /Log of purchases-0 on broker 1/ })
  return [...list.querySelectorAll<HTMLLIElement>(':scope > li')].filter((li) => li.querySelector('.cell'))
}

const entering = (li: HTMLLIElement) => li.style.opacity === '0'

/** Runs the scene until partition 0's leader shows more records than `n`. */
function untilMoreThan(store: LabStore, n: number) {
  for (let i = 0; i < 60 && cells().length <= n; i++) act(() => void store.getState().dispatch({ type: 'advance', ms: 500 }))
}

beforeEach(() => setLang('en'))
afterEach(cleanup)

// The tests share one module: the animation code is not loaded in the first, loaded from the second on.
describe('ReplicaRow', () => {
  it('before the animation code has loaded, records simply appear; once it loads, those on screen do not enter again', async () => {
    const store = renderRow(1)
    const before = cells()
    expect(before.length).toBeGreaterThan(2)
    expect(before.some(entering)).toBe(false)
    await act(() => loadCellMotion())
    // The same elements, not remounted with an entrance.
    expect(cells().slice(0, before.length)).toEqual(before)
    expect(cells().some(entering)).toBe(false)
    // A record that arrives now enters with the animation (it starts small and transparent).
    untilMoreThan(store, before.length)
    const after = cells()
    expect(after.length).toBeGreaterThan(before.length)
    expect(after.slice(0, before.length).some(entering)).toBe(false)
    expect(after.slice(before.length).every(entering)).toBe(true)
  })

  it('up to 4×, a record that arrives while the row is on screen enters with an animation', () => {
    const store = renderRow(4)
    const shown = cells().length
    expect(cells().some(entering)).toBe(false) // already there when the row appeared
    untilMoreThan(store, shown)
    expect(cells().slice(shown).length).toBeGreaterThan(0)
    expect(cells().slice(shown).every(entering)).toBe(true)
  })

  it('faster than 4×, records just appear: no entrance to animate, nothing for the animation engine to do', () => {
    const store = renderRow(16)
    const shown = cells().length
    untilMoreThan(store, shown)
    expect(cells().length).toBeGreaterThan(shown)
    expect(cells().every((li) => li.getAttribute('style') === null)).toBe(true)
  })
})
