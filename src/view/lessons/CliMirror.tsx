import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Command } from '../../engine'
import type { MessageKey } from '../../i18n/en'
import { useT } from '../../i18n/useT'
import { cliFor, type PhraseFn } from '../../lessons/cli'
import { currentStep } from '../../store/lessonSlice'
import { useLab, useLabStore } from '../../store/react'
import { copyText, selectContents } from './copyText'
import './lessons.css'

/** How many of the latest engine commands the mirror shows. */
export const CLI_RECENT = 8
/** How long "Copied" stays (wall-clock ms). */
const COPIED_MS = 2500

const NO_COMMANDS: readonly Command[] = []

function lineKind(line: string): 'comment' | 'input' | 'command' {
  if (line.startsWith('#')) return 'comment'
  if (line.startsWith('>')) return 'input'
  return 'command'
}

/**
 * The command line: what the student's last actions (and, in a lesson, the current step) would be on a real
 * cluster, as kafka-*.sh commands, ready to copy. Collapsible.
 */
export function CliMirror() {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const [open, setOpen] = useState(true)
  // The commands the run has applied: after a seek back, the later ones are a recorded future, not yet done.
  const recent = useLab((s) => {
    const end = Math.min(s.cursor, s.commandLog.length)
    const first = Math.max(0, end - CLI_RECENT)
    return { first, commands: s.commandLog.slice(first, end).map((e) => e.command) }
  })
  const stepCli = useLab((s) => currentStep(s.lesson)?.cli ?? null)
  const phrase: PhraseFn = useCallback((p, params) => t(`cli.phrase.${p}` as MessageKey, params), [t])
  const commands = recent.commands.length > 0 ? recent.commands : NO_COMMANDS
  const blocks = useMemo(
    () => commands.map((c) => cliFor(c, store.getState().sim.state, phrase)),
    [commands, phrase, store],
  )

  return (
    <section className="cli-mirror" aria-labelledby={`${id}-title`}>
      <h3 className="cli-heading" id={`${id}-title`}>
        <button
          type="button"
          className="cli-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <svg className="cli-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path
              d="M4 2.5 7.5 6 4 9.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="cli-prompt-icon" aria-hidden="true">
            &gt;_
          </span>
          {t('cli.title')}
        </button>
      </h3>
      <div id={`${id}-body`} className="cli-body" hidden={!open}>
        <p className="cli-intro">{t('cli.intro')}</p>
        {stepCli && stepCli.length > 0 && (
          <CliBlock title={t('cli.step')} blocks={[{ key: 'step', lines: stepCli }]} />
        )}
        <CliBlock
          title={t('cli.recent')}
          blocks={blocks.map((lines, i) => ({ key: String(recent.first + i), lines }))}
          empty={t('cli.empty')}
          scrollToEnd
        />
      </div>
    </section>
  )
}

interface BlockProps {
  title: string
  blocks: { key: string; lines: readonly string[] }[]
  empty?: string
  /** Keep the newest command in view. */
  scrollToEnd?: boolean
}

function CliBlock({ title, blocks, empty, scrollToEnd }: BlockProps) {
  const t = useT()
  const id = useId()
  const pre = useRef<HTMLDivElement>(null)
  const [copied, setCopied] = useState<'ok' | 'selected' | null>(null)
  const text = blocks.map((b) => b.lines.join('\n')).join('\n')
  const lastKey = blocks[blocks.length - 1]?.key

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(null), COPIED_MS)
    return () => clearTimeout(timer)
  }, [copied])

  useEffect(() => {
    const el = pre.current
    if (scrollToEnd && el) el.scrollTop = el.scrollHeight
  }, [lastKey, scrollToEnd])

  const copy = () => {
    void copyText(text).then((ok) => {
      if (!ok && pre.current) selectContents(pre.current)
      setCopied(ok ? 'ok' : 'selected')
    })
  }

  return (
    <div className="cli-block">
      <div className="cli-block-head">
        <h4 className="cli-block-title" id={`${id}-title`}>
          {title}
        </h4>
        {blocks.length > 0 && (
          <button
            type="button"
            className="btn btn-small cli-copy"
            onClick={copy}
            aria-label={t('cli.copyWhat', { what: title })}
          >
            {t('cli.copy')}
          </button>
        )}
      </div>
      {blocks.length === 0 ? (
        empty && <p className="cli-empty">{empty}</p>
      ) : (
        <div ref={pre} className="cli-terminal" role="group" aria-labelledby={`${id}-title`} tabIndex={0}>
          {blocks.map((b) => (
            <div key={b.key} className="cli-command">
              {b.lines.map((line, i) => (
                <code key={i} className={`cli-line ${lineKind(line)}`}>
                  {line}
                </code>
              ))}
            </div>
          ))}
        </div>
      )}
      <p className="cli-copied" aria-live="polite">
        {copied === 'ok' ? t('cli.copied') : copied === 'selected' ? t('cli.copyFailed') : ''}
      </p>
    </div>
  )
}
