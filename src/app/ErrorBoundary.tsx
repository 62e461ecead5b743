import { Component, useEffect, useRef, useState, type ReactNode } from 'react'
import type { RootOptions } from 'react-dom/client'
import { exportSceneText } from '../api/kafkaLabApi'
import { useT } from '../i18n/useT'
import { defaultScenario } from '../scenarios/builtins'
import type { LabStore } from '../store/simStore'
import { uiStore } from '../store/uiStore'
import { downloadText, SCENE_FILE_NAME } from '../view/share/sceneFiles'
import './ErrorBoundary.css'

/**
 * The root's error reporting (createRoot options): each error is written to the console once, here. React's own
 * default logging is replaced, and the boundary below logs nothing itself, so nothing is said twice.
 */
export const rootErrorOptions: Pick<RootOptions, 'onCaughtError' | 'onUncaughtError'> = {
  onCaughtError: (error, info) => {
    console.error(
      'Kafka Lab: a view crashed; the recovery panel replaced the simulator.',
      error,
      info.componentStack ?? '',
    )
  },
  onUncaughtError: (error, info) => {
    console.error('Kafka Lab: the page crashed.', error, info.componentStack ?? '')
  },
}

interface Props {
  store: LabStore
  children: ReactNode
  /** Hands the scene file to the browser (a download in the app, a fake in tests). */
  save?: (text: string, fileName: string) => void
}

interface State {
  /** The crash's message, to show as text in the details; null while the simulator works. */
  crashed: { message: string } | null
}

function messageOf(error: unknown): string {
  try {
    return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500)
  } catch {
    return '?'
  }
}

/**
 * Around the whole simulator: if a view throws while rendering, the screen is replaced by a panel that keeps the
 * student's work within reach (save the scene as a file) and offers a fresh start. The store, autosave and the
 * public API live outside React and keep working meanwhile.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { crashed: null }

  // No componentDidCatch: the root's onCaughtError (rootErrorOptions) is the one place the error is logged.
  static getDerivedStateFromError(error: unknown): State {
    return { crashed: { message: messageOf(error) } }
  }

  private restart = () => {
    const lab = this.props.store.getState()
    lab.exitLesson()
    lab.reset(defaultScenario)
    uiStore.setState({ dialog: null, blackout: false })
    this.setState({ crashed: null })
  }

  override render() {
    const { crashed } = this.state
    if (!crashed) return this.props.children
    return (
      <CrashPanel
        store={this.props.store}
        message={crashed.message}
        save={this.props.save ?? downloadText}
        onRestart={this.restart}
      />
    )
  }
}

function CrashPanel({
  store,
  message,
  save,
  onRestart,
}: {
  store: LabStore
  message: string
  save: (text: string, fileName: string) => void
  onRestart: () => void
}) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const [saved, setSaved] = useState<{ ok: true } | { ok: false; error: string } | null>(null)
  useEffect(() => heading.current?.focus(), [])

  const exportScene = () => {
    try {
      save(exportSceneText(store), SCENE_FILE_NAME)
      setSaved({ ok: true })
    } catch (e) {
      setSaved({ ok: false, error: messageOf(e).slice(0, 200) })
    }
  }

  return (
    <main className="crash" aria-labelledby="crash-title">
      <div className="crash-card">
        <h1 id="crash-title" className="crash-title" ref={heading} tabIndex={-1}>
          {t('crash.title')}
        </h1>
        <p>{t('crash.body')}</p>
        <div className="crash-actions">
          <button type="button" className="btn btn-primary" onClick={exportScene}>
            {t('crash.export')}
          </button>
          <button type="button" className="btn" onClick={onRestart}>
            {t('crash.reset')}
          </button>
        </div>
        <p className="crash-status" role="status">
          {saved === null
            ? ''
            : saved.ok
              ? t('crash.exported', { file: SCENE_FILE_NAME })
              : t('crash.exportFailed', { error: saved.error })}
        </p>
        <details className="crash-details">
          <summary>{t('crash.details')}</summary>
          <p>{t('crash.console')}</p>
          <pre className="mono">{message}</pre>
        </details>
      </div>
    </main>
  )
}
