import { appEn } from './messages/app'
import { clusterEn } from './messages/cluster'
import { consumersEn } from './messages/consumers'
import { formsEn } from './messages/forms'
import { inspectorEn } from './messages/inspector'
import { lessonsEn } from './messages/lessons'
import { narrationEn } from './messages/narration'

/** English: the source of truth for message keys. */
export const en = {
  ...appEn,
  ...clusterEn,
  ...consumersEn,
  ...formsEn,
  ...inspectorEn,
  ...lessonsEn,
  ...narrationEn,
}

export type MessageKey = keyof typeof en
