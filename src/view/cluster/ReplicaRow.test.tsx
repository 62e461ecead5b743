// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { ReplicaRow } from './ReplicaRow'

function renderRow(speed: number) {
  const store = createLabStore(undefined, { running: false })
  store.getState().dispatch({ type: 'advance', ms: 5000 })
  store.getState().dispatch({ type: 'setSpeed', factor: speed })
  render(
    <LabProvider store={store}>
      <ReplicaRow topic="purchases" partition={0} brokerId={1} />
    </LabProvider>,
  )
  const list = screen.getByRole('list', { name: /Log of purchases-0 on broker 1/ })
  return [...list.querySelectorAll<HTMLLIElement>(':scope > li')].filter((li) => li.querySelector('.cell'))
}

beforeEach(() => setLang('en'))
afterEach(cleanup)

describe('ReplicaRow', () => {
  it('up to 4×, a record enters with an animation (it starts small and transparent)', () => {
    const cells = renderRow(4)
    expect(cells.length).toBeGreaterThan(2)
    expect(cells.every((li) => li.style.opacity === '0')).toBe(true)
  })

  it('faster than 4×, records just appear: no entrance to animate, nothing for the animation engine to do', () => {
    const cells = renderRow(16)
    expect(cells.length).toBeGreaterThan(2)
    expect(cells.every((li) => li.getAttribute('style') === null)).toBe(true)
  })
})
