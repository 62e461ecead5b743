import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installApi } from './api/kafkaLabApi'
import { followLessonSteps } from './api/lessonEvents'
import { installPostMessageBridge, type Bridge } from './api/postMessageBridge'
import { watchContentHeight } from './api/postMessageBridgeHeight'
import { App } from './app/App'
import { restoreAutosave, startAutosave } from './app/autosave'
import { openBrowserStorage } from './app/browserStorage'
import { ErrorBoundary, rootErrorOptions } from './app/ErrorBoundary'
import { readStartOptions } from './app/urlParams'
import { changeLang } from './i18n/useT'
import { createLabStore } from './store/simStore'
import { addNotice, openDialog, setFocus, setPanels, setPresent, uiStore } from './store/uiStore'
import { keepWelcomeIn, shouldWelcome } from './view/welcome/welcomeMemory'
import { resolveFocus } from './view/layout/panels'
import './view/theme.css'
import './view/layout/layout.css'

const options = readStartOptions(window.location.search, navigator.languages ?? [navigator.language])
// Spanish is a chunk of its own: a page opened in Spanish waits for it, so that its first screen is in Spanish.
const langShown = changeLang(options.lang)
const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)')
uiStore.setState({
  embed: options.embed,
  controls: options.controls,
  reducedMotion: motionQuery?.matches ?? false,
})
motionQuery?.addEventListener?.('change', (e) => uiStore.setState({ reducedMotion: e.matches }))
setPresent(options.present)
for (const n of options.ignored) addNotice(n.key, n.params)
setPanels(options.panels ?? null)

// Undefined in a sandboxed iframe or with storage off (progress and work are not kept); a full store is told once.
const storage = openBrowserStorage(() => window.localStorage, addNotice)
// The store reports completed lessons; the bridge (made after it) tells the embedding page.
const late: { bridge?: Bridge } = {}
const store = createLabStore(options.scenario, {
  storage,
  onLessonCompleted: (id) => late.bridge?.emit('lessonCompleted', { id }),
})
const api = installApi(window, store)
const bridge = installPostMessageBridge(window, api)
late.bridge = bridge
followLessonSteps(store, (data) => bridge.emit('lessonStepCompleted', data))

// Something other than the saved work was asked for: a link (readable or not), a lesson or a named scene.
const openedElsewhere = options.sceneAsked || options.lesson !== undefined || options.scenarioChosen

// What opens: a permalink, else a lesson, else (in the full app, unless something else was asked for) the saved work.
if (options.sceneText !== undefined) {
  const opened = api.importScenario(options.sceneText)
  if (!opened.ok) addNotice('app.notice.badScene', { error: opened.error.slice(0, 200) })
} else if (!openedElsewhere && !options.embed) {
  if (restoreAutosave(store, storage, addNotice) === 'corrupt') addNotice('app.notice.autosaveCorrupt')
}
if (options.lesson !== undefined && options.sceneText === undefined) {
  const started = api.startLesson(options.lesson)
  if (!started.ok) addNotice('app.notice.badLesson', { value: options.lesson.slice(0, 40) })
}
if (options.paused !== undefined) store.getState().dispatch({ type: options.paused ? 'pause' : 'play' })
// `focus=` names a topic or partition of the scene that opened, else everything shows (and the notice says why).
if (options.focus !== undefined) {
  if (resolveFocus(options.focus, store.getState().sim.state.topics)) setFocus(options.focus)
  else addNotice('app.notice.badFocus', { value: options.focus.slice(0, 40) })
}

// An embed shares its origin's storage with every other embed of the app: it keeps nothing.
// A page opened on something else keeps the saved work until the student acts.
if (storage && !options.embed) startAutosave(store, storage, { keepSavedUntilChanged: openedElsewhere })

// A first visit to the bare app is greeted (the dialog loads after the first paint, over the running scene).
keepWelcomeIn(storage)
const noticesShown = uiStore.getState().notices.length > 0
if (shouldWelcome({ embed: options.embed, present: options.present, openedElsewhere, noticesShown }))
  openDialog('welcome')

await langShown

// The scene runs from the moment the page opens: before the first render the clock catches up what loading took (at
// most one frame's worth, as any frame), so the first frame already shows the first records on their way.
store.getState().tick(performance.now())

createRoot(document.getElementById('root')!, rootErrorOptions).render(
  <StrictMode>
    <ErrorBoundary store={store}>
      <App store={store} />
    </ErrorBoundary>
  </StrictMode>,
)

bridge.emit('ready', { version: api.version })
if (options.embed && window.parent !== window) watchContentHeight(bridge, window)
