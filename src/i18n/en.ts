import { appEn } from './messages/app'
import { clusterEn } from './messages/cluster'
import { consumersEn } from './messages/consumers'
import { formsEn } from './messages/forms'
import { inspectorEn } from './messages/inspector'
import { lessonsEn } from './messages/lessons'
import { layoutEn } from './messages/layout'
import { lessonUiEn } from './messages/lessonUi'
import { narrationEn } from './messages/narration'
import { scaleEn } from './messages/scale'
import { sharingEn } from './messages/sharing'
import { timelineEn } from './messages/timeline'

/** English: the source of truth for message keys. */
export const en = {
  ...appEn,
  ...clusterEn,
  ...consumersEn,
  ...formsEn,
  ...inspectorEn,
  ...lessonsEn,
  ...layoutEn,
  ...lessonUiEn,
  ...narrationEn,
  ...scaleEn,
  ...sharingEn,
  ...timelineEn,
}

export type MessageKey = keyof typeof en
