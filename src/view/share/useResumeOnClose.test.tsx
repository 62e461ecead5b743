// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { LabProvider } from '../../store/react'
import { createLabStore, type LabStore } from '../../store/simStore'
import { closeDialog, openDialog, uiStore } from '../../store/uiStore'
import { EmbedCodeDialog } from './EmbedCodeDialog'
import { ShareDialog } from './ShareDialog'

afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
})

/** A scene, running or paused, with the dialog mounted (closed). */
function mount(View: () => ReactNode, running: boolean): LabStore {
  const store = createLabStore(undefined, { running })
  render(
    <LabProvider store={store}>
      <View />
    </LabProvider>,
  )
  return store
}

describe('share and embed dialogs', () => {
  for (const [name, dialog, View] of [
    ['Share', 'share', ShareDialog],
    ['Embed', 'embedCode', EmbedCodeDialog],
  ] as const) {
    it(`${name} holds a running scene still while open, and it runs on once closed`, () => {
      const store = mount(View, true)
      act(() => openDialog(dialog))
      expect(store.getState().running).toBe(false)
      act(() => closeDialog(dialog))
      expect(store.getState().running).toBe(true)
    })

    it(`${name} leaves a paused scene paused`, () => {
      const store = mount(View, false)
      act(() => openDialog(dialog))
      act(() => closeDialog(dialog))
      expect(store.getState().running).toBe(false)
    })
  }
})
