import { useLang, useT } from '../../i18n/useT'
import { useLab, useLabActions } from '../../store/react'
import { SPEEDS } from '../../store/simStore'
import { formatSimTime } from '../time'
import { DAY_MS } from './actions'
import './controls.css'

function Icon({ d }: { d: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <path d={d} />
    </svg>
  )
}
const PLAY = 'M4 2.5v11l9-5.5z'
const PAUSE = 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z'
const STEP = 'M3 2.5v11l7-5.5zM11 2.5h2v11h-2z'
const SKIP = 'M1.5 2.5v11l6-5.5zM8 2.5v11l6-5.5z'
const RESET = 'M8 2a6 6 0 1 1-5.7 4.1l1.9.6A4 4 0 1 0 8 4v2L4.5 3 8 0z'

export function Controls() {
  const t = useT()
  const lang = useLang()
  const actions = useLabActions()
  const running = useLab((s) => s.running)
  const speed = useLab((s) => s.speed)
  const time = useLab((s) => Math.floor(s.sim.state.timeMs / 100) * 100)
  return (
    <div className="controls" role="toolbar" aria-label={t('controls.label')}>
      <button
        type="button"
        className="btn btn-primary controls-play"
        onClick={actions.togglePlay}
        aria-keyshortcuts="Space"
        aria-label={running ? t('controls.pause') : t('controls.play')}
      >
        <Icon d={running ? PAUSE : PLAY} />
        {running ? t('controls.pause') : t('controls.play')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={actions.step}
        aria-keyshortcuts="."
        title={t('controls.step')}
      >
        <Icon d={STEP} />
        <span className="controls-label">{t('controls.stepShort')}</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={actions.skip}
        aria-keyshortcuts="S"
        title={t('controls.skip')}
      >
        <Icon d={SKIP} />
        <span className="controls-label">{t('controls.skipShort')}</span>
      </button>
      <label className="controls-speed">
        <span>{t('controls.speed')}</span>
        <select value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span className="controls-sep" aria-hidden="true" />
      <div
        className="controls-warp"
        role="group"
        aria-label={t('controls.warpHint')}
        data-anchor="control:warp"
      >
        <button
          type="button"
          className="btn"
          onClick={() => actions.warp(DAY_MS)}
          aria-keyshortcuts="D"
          title={t('controls.warpHint')}
        >
          {t('controls.warpDay')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => actions.warp(7 * DAY_MS)}
          aria-keyshortcuts="W"
          title={t('controls.warpHint')}
        >
          {t('controls.warpWeek')}
        </button>
      </div>
      <button type="button" className="btn" onClick={() => actions.reset()} aria-keyshortcuts="Shift+R">
        <Icon d={RESET} />
        <span className="controls-label">{t('controls.reset')}</span>
      </button>
      <span className="controls-spacer" />
      <div className="controls-clock" aria-label={t('controls.clock')} role="timer">
        <span className={running ? 'controls-state running' : 'controls-state'}>
          {running ? t('controls.running') : t('controls.paused')}
        </span>
        <span className="mono">{formatSimTime(time, lang)}</span>
      </div>
    </div>
  )
}
