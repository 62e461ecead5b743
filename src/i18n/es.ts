import type { MessageKey } from './en'
import { appEs } from './messages/app'
import { clusterEs } from './messages/cluster'
import { consumersEs } from './messages/consumers'
import { formsEs } from './messages/forms'
import { inspectorEs } from './messages/inspector'
import { lessonsEs } from './messages/lessonsEs'
import { lessonTitlesEs } from './messages/lessonTitles'
import { layoutEs } from './messages/layout'
import { lessonUiEs } from './messages/lessonUi'
import { narrationEs } from './messages/narration'
import { scaleEs } from './messages/scale'
import { storageEs } from './messages/storage'
import { sharingEs } from './messages/sharing'
import { timelineEs } from './messages/timeline'

/** Spanish, in the course notes' own words (tema/topic, partición, offset, productor, consumidor, llave). */
export const es: Record<MessageKey, string> = {
  ...appEs,
  ...clusterEs,
  ...consumersEs,
  ...formsEs,
  ...inspectorEs,
  ...lessonTitlesEs,
  ...lessonsEs,
  ...layoutEs,
  ...lessonUiEs,
  ...narrationEs,
  ...scaleEs,
  ...storageEs,
  ...sharingEs,
  ...timelineEs,
}
