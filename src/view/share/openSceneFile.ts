import { importSceneText } from '../../api/kafkaLabApi'
import type { LabStore } from '../../store/simStore'
import { addNotice } from '../../store/uiStore'
import { readSceneFile } from './sceneFiles'

/** Opens a scene file chosen or dropped by the user, with a notice either way (a refusal changes nothing). */
export async function openSceneFile(store: LabStore, file: File): Promise<boolean> {
  const name = file.name.slice(0, 80) || '?'
  const read = await readSceneFile(file)
  const result = read.ok ? importSceneText(store, read.text) : read
  if (result.ok) addNotice('app.notice.sceneOpened', { name })
  else addNotice('app.notice.sceneRefused', { name, error: result.error.slice(0, 300) })
  return result.ok
}
