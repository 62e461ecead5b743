// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLang } from '../../i18n/useT'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { ReplicaRow } from './ReplicaRow'
import { LogCapacity } from './LogCapacity'
import type { Scenario } from '../../scenarios/scenario'

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

/** Runs the scene until partition 0's leader shows more records than `n`. */
function untilMoreThan(store: LabStore, n: number) {
  for (let i = 0; i < 60 && cells().length <= n; i++)
    act(() => void store.getState().dispatch({ type: 'advance', ms: 500 }))
}

beforeEach(() => setLang('en'))
afterEach(cleanup)

describe('ReplicaRow', () => {
  it('keeps the elements of the records shown when more arrive (no remount, nothing to repaint but the new cells)', () => {
    const store = renderRow(1)
    const before = cells()
    expect(before.length).toBeGreaterThan(2)
    untilMoreThan(store, before.length)
    const after = cells()
    const kept = after.filter((li) => before.includes(li))
    expect(kept.length).toBeGreaterThan(0)
    expect(after.length).toBeGreaterThan(kept.length)
    // No entrance on a cell: the arrival is drawn by the message's flight.
    expect(
      after.filter((li) => li.className !== '' && li.className !== 'segment-start').map((li) => li.className),
    ).toEqual([])
  })

  it("a stopped broker's row shows what it holds: its own log end, no high watermark, no slots for records it never got", () => {
    const store = renderRow(1)
    act(() => void store.getState().dispatch({ type: 'killBroker', brokerId: 1 }))
    act(() => void store.getState().dispatch({ type: 'advance', ms: 30_000 }))
    const p = store.getState().sim.state.topics['purchases']!.partitions[0]!
    const own = p.replicas.find((r) => r.brokerId === 1)!.logEndOffset
    expect(p.logEndOffset).toBeGreaterThan(own)
    const list = screen.getByRole('list', { name: /Log of purchases-0 on broker 1, stopped/ })
    expect(list.getAttribute('aria-label')).toContain(`log end offset ${own}, no high watermark`)
    expect(list.querySelectorAll('.cell.absent')).toHaveLength(0)
    expect(list.querySelector('.log-slot')?.textContent).toBe(String(own))
    expect(list.querySelector('.hw-at')).toBeNull()
    expect(screen.getByText('HW —')).toBeInTheDocument()
  })

  it('draws a boundary before the first record of each segment, and says where the log starts when older records are out of view', () => {
    const scene: Scenario = {
      id: 'segments',
      seed: 3,
      brokers: 1,
      config: { networkDelayMs: 100 },
      commands: [
        {
          atMs: 0,
          command: {
            type: 'createTopic',
            name: 't',
            partitions: 1,
            replicationFactor: 1,
            config: { segmentBytes: 256 },
          },
        },
      ],
    }
    const store = createLabStore(scene, { running: false })
    // One batch each (a segment rolls between batches, never inside one).
    for (let i = 0; i < 30; i++) {
      store
        .getState()
        .dispatch({ type: 'produce', topic: 't', key: null, value: `{"order":${i}}`, format: 'json' })
      store.getState().dispatch({ type: 'advance', ms: 500 })
    }
    render(
      <LabProvider store={store}>
        <LogCapacity.Provider value={12}>
          <ReplicaRow topic="t" partition={0} brokerId={1} />
        </LogCapacity.Provider>
      </LabProvider>,
    )
    const p = store.getState().sim.state.topics['t']!.partitions[0]!
    expect(p.logEndOffset).toBe(30)
    const list = screen.getByRole('list', { name: /Log of t-0 on broker 1/ })
    const shown = [...list.querySelectorAll<HTMLLIElement>(':scope > li')].filter((li) =>
      li.querySelector('.cell'),
    )
    const from = Number(shown[0]!.querySelector('.cell-offset')!.textContent)
    const bases = p.segments.map((seg) => seg.baseOffset).filter((b) => b >= from && b < 30)
    expect(bases.length).toBeGreaterThan(0)
    const marked = shown
      .filter((li) => li.classList.contains('segment-start'))
      .map((li) => Number(li.querySelector('.cell-offset')!.textContent))
    expect(marked).toEqual(bases)
    expect(
      shown
        .find((li) => li.classList.contains('segment-start'))!
        .querySelector('.cell')!
        .getAttribute('aria-label'),
    ).toMatch(/a new segment starts here, at offset \d+/)
    // The log starts at 0; the offsets before the window are summed up behind the marker that names that start.
    const more = list.querySelector('.log-more')!
    expect(more.querySelector('.log-more-start')?.textContent).toBe('0')
    expect(more.getAttribute('title')).toBe(
      `The log starts at offset 0 (its log start offset); ${from} older records are out of view.`,
    )
  })

  it('writes the values in the cells while a lesson step talks about them, and the keys otherwise', () => {
    const store = createLabStore(undefined, { running: false })
    expect(store.getState().startLesson('partitions-offsets').ok).toBe(true)
    store.getState().dispatch({ type: 'advance', ms: 3000 })
    render(
      <LabProvider store={store}>
        <ReplicaRow topic="purchases" partition={0} brokerId={1} />
      </LabProvider>,
    )
    const keysShown = () => [...document.querySelectorAll('.cell-key')].map((el) => el.textContent)
    expect(keysShown()).toEqual(['∅', '∅', '∅'])
    // The step about order across partitions (the fourth): the lesson state as it is there.
    const at = (step: number) => act(() => store.setState({ lesson: { ...store.getState().lesson!, step } }))
    at(3)
    expect(keysShown()).toEqual(['1', '4', '7'])
    expect(document.querySelector('.cell')!.getAttribute('aria-label')).toContain('value {"order":1')
    at(4)
    expect(keysShown()).toEqual(['∅', '∅', '∅'])
  })
})
