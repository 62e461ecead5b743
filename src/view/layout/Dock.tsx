import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'
import { dockStore, revealTool, toggleDock, type DockTool } from './dockStore'
import './dock.css'

function useDockOpen(): boolean {
  return useSyncExternalStore(dockStore.subscribe, () => dockStore.getState().open)
}

const TOOLS: { tool: DockTool; label: 'dock.produce' | 'dock.cli' | 'dock.events'; icon: string }[] = [
  { tool: 'produce', label: 'dock.produce', icon: 'M2 8h9M8 4.5 11.5 8 8 11.5M13.5 3v10' },
  { tool: 'cli', label: 'dock.cli', icon: 'M2.5 4 6 7.5 2.5 11M7.5 12h6' },
  { tool: 'events', label: 'dock.events', icon: 'M2.5 4h11M2.5 8h11M2.5 12h7' },
]

function ToolIcon({ d }: { d: string }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  )
}

/**
 * Beside the stage: the running lesson (always in view, with its task and the way on), then the tools that are
 * not the picture itself (the produce form, the command line, the event log). Folded, it is a rail of buttons,
 * and the stage takes the room. A lesson step that needs a tool opens the dock on it.
 */
export function Dock({
  lesson,
  produce,
  cli,
  events,
}: {
  lesson: ReactNode
  produce: ReactNode
  cli: ReactNode
  events: ReactNode
}) {
  const t = useT()
  const open = useDockOpen()
  const lessonActive = useLab((s) => s.lesson !== null)
  const tools = useRef<HTMLDivElement>(null)

  useEffect(
    () =>
      dockStore.subscribe((s, prev) => {
        if (s.request === prev.request || !s.wanted) return
        const wanted = s.wanted
        // The tools mount a frame after the stage: wait for the one asked for (a few frames at most).
        let tries = 10
        requestAnimationFrame(function reveal() {
          const box = tools.current
          const el = box?.querySelector(`[data-dock-tool="${wanted}"]`)
          if (!box || !el) return
          if (el.childElementCount === 0 && tries-- > 0) return void requestAnimationFrame(reveal)
          // Scroll the tools box only (never the page or the app around it): the tool's top to the box's top...
          box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top
          // ...unless the form is taller than the room left beside a lesson: its submit button (the step's action) wins.
          const submit = el.querySelector('button[type="submit"]')
          const below = submit
            ? submit.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom
            : 0
          if (below > 0) box.scrollTop += below + 4
        })
      }),
    [],
  )

  const sections: Record<DockTool, ReactNode> = { produce, cli, events }
  return (
    <aside
      className={['dock', open ? 'is-open' : '', lessonActive ? 'has-lesson' : ''].filter(Boolean).join(' ')}
      aria-label={t('dock.label')}
    >
      <div className="dock-rail">
        <button
          type="button"
          className="btn dock-toggle"
          aria-expanded={open}
          aria-controls="dock-tools"
          title={t(open ? 'dock.close' : 'dock.open')}
          aria-keyshortcuts="Shift+D"
          onClick={toggleDock}
        >
          <ToolIcon d={open ? 'M6 3.5 10.5 8 6 12.5' : 'M10 3.5 5.5 8 10 12.5'} />
          <span className="visually-hidden">{t(open ? 'dock.close' : 'dock.open')}</span>
        </button>
        {!open &&
          TOOLS.map(({ tool, label, icon }) => (
            <button
              key={tool}
              type="button"
              className="btn dock-rail-tool"
              title={t(label)}
              onClick={() => revealTool(tool)}
            >
              <ToolIcon d={icon} />
              <span className="visually-hidden">{t(label)}</span>
            </button>
          ))}
      </div>
      {lesson && <div className="dock-lesson">{lesson}</div>}
      <div className="dock-tools" id="dock-tools" ref={tools} hidden={!open}>
        {TOOLS.map(({ tool }) => (
          <div key={tool} className="dock-tool" data-dock-tool={tool}>
            {sections[tool]}
          </div>
        ))}
      </div>
    </aside>
  )
}
