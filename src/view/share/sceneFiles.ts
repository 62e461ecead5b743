import { MAX_SCENE_CHARS } from '../../scenarios/sceneFile'

export const SCENE_FILE_NAME = 'kafka-lab-scene.json'

/** Hands the scene to the browser as a download. */
export function downloadText(text: string, fileName = SCENE_FILE_NAME): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A dropped or chosen file's text; a file over the scene limit is refused before it is read. */
export async function readSceneFile(
  file: Blob,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_SCENE_CHARS) {
    return {
      ok: false,
      error: `The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_SCENE_CHARS / 1e6} MB.`,
    }
  }
  try {
    return { ok: true, text: await file.text() }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
