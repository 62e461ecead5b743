import { sceneOf, type SceneFile } from '../scenarios/sceneFile'
import type { LabState } from './labState'

/** The exact current state as a scene file: the commands applied so far (not a recorded future), and the clock. */
export function currentScene(s: LabState, title?: string): SceneFile {
  return sceneOf(s.scenario, s.commandLog.slice(0, s.cursor), s.sim.state.timeMs, {
    speed: s.speed,
    ...(title ? { title } : {}),
  })
}
