import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installApi } from './api/kafkaLabApi'
import { App } from './app/App'
import { readStartOptions } from './app/urlParams'
import { setLang } from './i18n/useT'
import { createLabStore } from './store/simStore'
import { addNotice, setPresent, uiStore } from './store/uiStore'
import './view/theme.css'
import './view/layout/layout.css'

const options = readStartOptions(window.location.search, navigator.languages ?? [navigator.language])
setLang(options.lang)
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
uiStore.setState({ embed: options.embed, reducedMotion })
setPresent(options.present)
for (const n of options.ignored) addNotice(n.key, n.params)

function safeStorage(): Storage | undefined {
  try {
    const storage = window.localStorage
    storage.getItem('kafka-lab:probe')
    return storage
  } catch {
    return undefined // sandboxed iframe or storage disabled: progress is not kept
  }
}

const store = createLabStore(options.scenario, { storage: safeStorage() })
const api = installApi(window, store)
if (options.sceneText !== undefined) {
  const opened = api.importScenario(options.sceneText)
  if (!opened.ok) addNotice('app.notice.badScene', { error: opened.error.slice(0, 200) })
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
)
