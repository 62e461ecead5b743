// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LabProvider } from '../../store/react'
import { createLabStore } from '../../store/simStore'
import { closeDialog, openDialog, uiStore } from '../../store/uiStore'
import { EmbedCodeDialog } from './EmbedCodeDialog'
import { ShareDialog } from './ShareDialog'

afterEach(() => {
  cleanup()
  uiStore.setState({ dialog: null })
})

describe('share and embed dialogs', () => {
  for (const [name, dialog, View] of [
    ['Share', 'share', ShareDialog],
    ['Embed', 'embedCode', EmbedCodeDialog],
  ] as const) {
    it(`${name} holds a running scene still while open, and it runs on once closed`, () => {
      const store = createLabStore(undefined, { running: true })
      render(
        <LabProvider store={store}>
          <View />
        </LabProvider>,
      )
      act(() => openDialog(dialog))
      expect(store.getState().running).toBe(false)
      act(() => closeDialog(dialog))
      expect(store.getState().running).toBe(true)
    })

    it(`${name} leaves a paused scene paused`, () => {
      const store = createLabStore(undefined, { running: false })
      render(
        <LabProvider store={store}>
          <View />
        </LabProvider>,
      )
      act(() => openDialog(dialog))
      act(() => closeDialog(dialog))
      expect(store.getState().running).toBe(false)
    })
  }
})
