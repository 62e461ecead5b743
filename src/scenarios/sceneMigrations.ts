import type { SceneV1, SceneV2 } from './sceneSchema'

/** The scene format this app writes. */
export const SCENE_VERSION = 2

/**
 * Version 1 to 2: nothing moves; version 2 only adds optional fields (title, createdWith, speed). A file without
 * them reads as it did.
 */
export function migrateV1(scene: SceneV1): SceneV2 {
  return {
    format: scene.format,
    version: 2,
    scenario: scene.scenario,
    commands: scene.commands,
    timeMs: scene.timeMs,
  }
}
