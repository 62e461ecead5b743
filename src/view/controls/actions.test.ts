import { describe, expect, it } from 'vitest'
import { dockStore } from '../layout/dockStore'
import { ACTIONS } from './actions'

const press = (key: string, shiftKey = false) =>
  ({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false }) as KeyboardEvent
const matching = (e: KeyboardEvent) => ACTIONS.filter((a) => a.matches(e)).map((a) => a.id)

describe('keyboard shortcuts', () => {
  it('D lets a day pass; Shift+D folds or unfolds the dock, and nothing else', () => {
    expect(matching(press('d'))).toEqual(['warpDay'])
    expect(matching(press('D', true))).toEqual(['dock'])
    const before = dockStore.getState().open
    ACTIONS.find((a) => a.id === 'dock')!.perform(undefined as never)
    expect(dockStore.getState().open).toBe(!before)
  })

  it('no key event triggers two actions', () => {
    for (const k of 'abcdefghijklmnopqrstuvwxyz0123456789 ?.,<>[]+-'.split(''))
      for (const shift of [false, true]) {
        const e = press(shift ? k.toUpperCase() : k, shift)
        expect(matching(e).length, `${shift ? 'Shift+' : ''}${k}`).toBeLessThanOrEqual(1)
      }
  })
})
