import { describe, expect, it } from 'vitest'
import { dockStartsOpen, dockStore, pointsAtGroups, revealTool, setDockOpen, toggleDock } from './dockStore'

describe('dock', () => {
  it('starts open on a wide desktop screen, and folded on a laptop (the stage needs its width), a projector, in an embed and on narrow screens', () => {
    expect(dockStartsOpen({ present: false, embed: false, width: 1920 })).toBe(true)
    expect(dockStartsOpen({ present: false, embed: false, width: 1366 })).toBe(false)
    expect(dockStartsOpen({ present: true, embed: false, width: 1920 })).toBe(false)
    expect(dockStartsOpen({ present: false, embed: true, width: 800 })).toBe(false)
    expect(dockStartsOpen({ present: false, embed: false, width: 1100 })).toBe(false)
  })

  it('reveals a tool by opening the dock, and counts each request so a second one scrolls again', () => {
    dockStore.setState({ open: false, wanted: null, request: 0 })
    revealTool('produce')
    expect(dockStore.getState()).toEqual({ open: true, wanted: 'produce', request: 1 })
    revealTool('produce')
    expect(dockStore.getState().request).toBe(2)
    toggleDock()
    expect(dockStore.getState().open).toBe(false)
    setDockOpen(true)
    expect(dockStore.getState().open).toBe(true)
  })

  it('knows a step about the consumer groups, so that a drawer over the stage can lie over the other side', () => {
    expect(
      pointsAtGroups(['group:location-service', 'member:location-service-', 'control:addConsumer']),
    ).toBe(true)
    expect(pointsAtGroups(['group:location-service', 'replica:purchases:0:'])).toBe(false)
    expect(pointsAtGroups(['control:produce'])).toBe(false)
    expect(pointsAtGroups([])).toBe(false)
    expect(pointsAtGroups(undefined)).toBe(false)
  })
})
