import { Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import type { Dialog } from '../store/uiStore'
import { useUi } from '../store/useUi'
import { later } from './later'

// Dialogs load when first opened: the first screen does not pay for forms, QR codes or the embed builder.

const DIALOGS: Partial<Record<NonNullable<Dialog>, LazyExoticComponent<ComponentType>>> = {
  createTopic: later(() => import('../view/forms/CreateTopicDialog'), 'CreateTopicDialog'),
  addProducer: later(() => import('../view/forms/AddProducerDialog'), 'AddProducerDialog'),
  addConsumer: later(() => import('../view/consumers/AddConsumerDialog'), 'AddConsumerDialog'),
  share: later(() => import('../view/share/ShareDialog'), 'ShareDialog'),
  embedCode: later(() => import('../view/share/EmbedCodeDialog'), 'EmbedCodeDialog'),
  lessons: later(() => import('../view/lessons/LessonsMenu'), 'LessonsMenu'),
  welcome: later(() => import('../view/welcome/WelcomeDialog'), 'WelcomeDialog'),
}

export function LazyDialogs() {
  const dialog = useUi((s) => s.dialog)
  const Open = dialog === null ? undefined : DIALOGS[dialog]
  return <Suspense fallback={null}>{Open ? <Open /> : null}</Suspense>
}
