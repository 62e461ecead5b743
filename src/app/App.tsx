import { Suspense, useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT'
import { currentStep } from '../store/lessonSlice'
import { LabProvider, useLab } from '../store/react'
import type { LabStore } from '../store/simStore'
import { useUi } from '../store/useUi'
import { ClusterView } from '../view/cluster/ClusterView'
import { ConsumersPanel } from '../view/consumers/ConsumersPanel'
import { Controls } from '../view/controls/Controls'
import { useShortcuts } from '../view/controls/useShortcuts'
import { FlightLayer } from '../view/flights/FlightLayer'
import { ProduceForm } from '../view/forms/ProduceForm'
import { Blackout } from '../view/layout/Blackout'
import { useStageShape } from '../view/layout/stageShape'
import { Dock } from '../view/layout/Dock'
import { dockStartsOpen, pointsAtGroups, setDockOpen } from '../view/layout/dockStore'
import { useStageFit } from '../view/layout/useStageFit'
import { Timeline } from '../view/timeline/Timeline'
import { Header } from '../view/layout/Header'
import { Notices } from '../view/layout/Notices'
import { NarrationBar } from '../view/narration/NarrationBar'
import { ProducersPanel } from '../view/producers/ProducersPanel'
import { EmbedBar } from '../view/share/EmbedBar'
import { useSceneDrop } from '../view/share/useSceneDrop'
import { AfterFirstPaint } from './AfterFirstPaint'
import { LazyDialogs } from './LazyDialogs'
import { later } from './later'
import { usePlaybackLoop } from './usePlaybackLoop'

// What the first screen can do without: its code loads while the stage is already on screen.
const EventLog = later(() => import('../view/narration/EventLog'), 'EventLog')
const RecordInspector = later(() => import('../view/inspector/RecordInspector'), 'RecordInspector')
const LogInspector = later(() => import('../view/inspector/LogInspector'), 'LogInspector')
const HelpOverlay = later(() => import('../view/controls/HelpOverlay'), 'HelpOverlay')
const CliMirror = later(() => import('../view/lessons/CliMirror'), 'CliMirror')
// A lesson's panel, with its steps' text, loads when a lesson starts.
const LessonPanel = later(() => import('../view/lessons/LessonPanel'), 'LessonPanel')

function Shell({ store }: { store: LabStore }) {
  const t = useT()
  const present = useUi((s) => s.present)
  const embed = useUi((s) => s.embed)
  const controls = useUi((s) => s.controls)
  const dropping = useSceneDrop(store, !embed)
  usePlaybackLoop(store)
  const stageRef = useRef<HTMLElement>(null)
  useStageFit(stageRef)
  useState(() =>
    setDockOpen(
      dockStartsOpen({ present, embed, width: typeof window === 'undefined' ? 1440 : window.innerWidth }),
    ),
  )
  useShortcuts(store)
  useEffect(() => {
    document.title = t('app.title')
  }, [t])
  const stageClass = useStageShape()
  const lessonRunning = useLab((s) => s.lesson !== null)
  // In an embed the lesson is a drawer over the stage, on its right; a step about the consumer groups (on the
  // stage's right) has it over the producers' side instead, under the playbar so that the controls stay in view:
  // the drawer is then laid in the stage's own box, not beside the playbar.
  const dockOverGroups = useLab((s) => embed && pointsAtGroups(currentStep(s.lesson)?.highlight))
  const dock = (
    <Dock
      lesson={
        lessonRunning && (
          <Suspense fallback={null}>
            <LessonPanel />
          </Suspense>
        )
      }
      produce={
        <AfterFirstPaint when="frame">
          <ProduceForm />
        </AfterFirstPaint>
      }
      cli={
        <AfterFirstPaint>
          <CliMirror />
        </AfterFirstPaint>
      }
      events={<AfterFirstPaint>{!embed && <EventLog />}</AfterFirstPaint>}
    />
  )
  return (
    <div
      className={[
        'app',
        present ? 'app-present' : '',
        embed ? 'app-embed' : '',
        lessonRunning ? 'app-lesson' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      {embed ? <EmbedBar /> : <Header />}
      <Notices />
      {/* The dock runs the full height beside the playbar, the narration and the stage: a lesson and the tool it
          asks for need that room on a projector. */}
      <div className="app-body">
        <div className="app-main">
          {controls && (
            <div className="playbar">
              <Controls />
              {/* In the first screen: arriving later, it pushed the stage down under a pointer about to click. */}
              <Timeline />
            </div>
          )}
          <NarrationBar />
          <div className="workspace">
            <main id="main" className={stageClass} tabIndex={-1} aria-label={t('stage.label')} ref={stageRef}>
              <ProducersPanel />
              <ClusterView />
              <AfterFirstPaint when="frame">
                <ConsumersPanel />
              </AfterFirstPaint>
              <FlightLayer />
            </main>
            {dockOverGroups && dock}
          </div>
        </div>
        {!dockOverGroups && dock}
      </div>
      <AfterFirstPaint>
        <RecordInspector />
        <LogInspector />
        <HelpOverlay />
        <LazyDialogs />
      </AfterFirstPaint>
      <Blackout />
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          {t('share.dropHere')}
        </div>
      )}
    </div>
  )
}

export function App({ store }: { store: LabStore }) {
  return (
    <LabProvider store={store}>
      <Shell store={store} />
    </LabProvider>
  )
}
