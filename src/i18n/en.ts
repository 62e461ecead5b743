import { appEn } from './messages/app'
import { clusterEn } from './messages/cluster'
import { consumersEn } from './messages/consumers'
import { formsEn } from './messages/forms'
import { inspectorEn } from './messages/inspector'
import type { lessonsEn } from './messages/lessons'
import { lessonTitlesEn } from './messages/lessonTitles'
import { layoutEn } from './messages/layout'
import { lessonUiEn } from './messages/lessonUi'
import { narrationEn } from './messages/narration'
import { scaleEn } from './messages/scale'
import { storageEn } from './messages/storage'
import { sharingEn } from './messages/sharing'
import { timelineEn } from './messages/timeline'

/**
 * English as the first screen needs it: every message but the lessons' steps, which load with the lesson panel
 * (src/view/lessons/lessonTexts.ts) and are added then (`addMessages`).
 */
export const en = {
  ...appEn,
  ...clusterEn,
  ...consumersEn,
  ...formsEn,
  ...inspectorEn,
  ...lessonTitlesEn,
  ...layoutEn,
  ...lessonUiEn,
  ...narrationEn,
  ...scaleEn,
  ...storageEn,
  ...sharingEn,
  ...timelineEn,
}

/** English is the source of truth for message keys: the first screen's and the lessons' steps. */
export type MessageKey = keyof typeof en | keyof typeof lessonsEn
