import { useId, useState } from 'react'
import { EMBED_SIZE_LIMITS, EMBED_SIZES, type EmbedSize } from '../../api/embedCode'
import { useT } from '../../i18n/useT'
import type { MessageKey } from '../../i18n/en'
import { useLab } from '../../store/react'
import { STAGE_PANELS, type StagePanel } from '../../store/uiStore'

const PANEL_LABEL: Record<StagePanel, MessageKey> = {
  producers: 'producers.label',
  cluster: 'cluster.label',
  consumers: 'consumers.label',
}

type Preset = keyof typeof EMBED_SIZES | 'custom'
const PRESETS = Object.keys(EMBED_SIZES) as (keyof typeof EMBED_SIZES)[]

interface Props {
  panels: readonly StagePanel[]
  onPanels: (panels: readonly StagePanel[]) => void
  focus: string
  onFocus: (focus: string) => void
  /** A lesson replaces the scene: no focus can be chosen from this one. */
  focusOff: boolean
  size: EmbedSize
  onSize: (size: EmbedSize) => void
}

/** What the embed shows (`panels=`, `focus=`) and the iframe's size, in the embed-code dialog. */
export function EmbedViewOptions({ panels, onPanels, focus, onFocus, focusOff, size, onSize }: Props) {
  const t = useT()
  const id = useId()
  // The scene's topics and how many partitions each has (Kafka's topic-partition names: purchases-0, purchases-1…).
  const topics = useLab((s) =>
    Object.values(s.sim.state.topics)
      .filter((tp) => !tp.internal)
      .map((tp) => [tp.name, tp.partitions.length] as const),
  )
  const [preset, setPreset] = useState<Preset>(
    () =>
      PRESETS.find((p) => EMBED_SIZES[p].width === size.width && EMBED_SIZES[p].height === size.height) ??
      'custom',
  )
  const toggle = (panel: StagePanel, on: boolean) =>
    onPanels(STAGE_PANELS.filter((p) => (p === panel ? on : panels.includes(p))))
  const choose = (p: Preset) => {
    setPreset(p)
    if (p !== 'custom') onSize(EMBED_SIZES[p])
  }
  const { min, max } = EMBED_SIZE_LIMITS
  return (
    <>
      <fieldset className="form-fieldset share-inline">
        <legend className="form-legend">{t('embed.panels')}</legend>
        {STAGE_PANELS.map((p) => (
          <label key={p} className="form-check">
            {/* The last region shown cannot be taken away: an embed of nothing is no embed. */}
            <input
              type="checkbox"
              checked={panels.includes(p)}
              disabled={panels.length === 1 && panels.includes(p)}
              onChange={(e) => toggle(p, e.target.checked)}
            />
            {t(PANEL_LABEL[p])}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-focus`}>{t('embed.focus')}</label>
        <select
          id={`${id}-focus`}
          value={focus}
          disabled={focusOff}
          onChange={(e) => onFocus(e.target.value)}
          aria-describedby={focusOff ? `${id}-focus-off` : undefined}
        >
          <option value="">{t('embed.focusAll')}</option>
          {topics.map(([name, n]) => (
            <optgroup key={name} label={name}>
              <option value={name}>{t('embed.focusTopic', { topic: name })}</option>
              {Array.from({ length: n }, (_, p) => (
                <option key={p} value={`${name}-${p}`}>
                  {t('embed.focusPartition', { topic: name, partition: p })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {focusOff && (
          <p id={`${id}-focus-off`} className="form-hint">
            {t('embed.focusLesson')}
          </p>
        )}
      </div>
      <fieldset className="form-fieldset share-inline">
        <legend className="form-legend">{t('embed.size')}</legend>
        {PRESETS.map((p) => (
          <label key={p} className="form-check">
            <input type="radio" name={`${id}-size`} checked={preset === p} onChange={() => choose(p)} />
            {t('embed.sizePreset', { width: EMBED_SIZES[p].width, height: EMBED_SIZES[p].height })}
          </label>
        ))}
        <label className="form-check">
          <input
            type="radio"
            name={`${id}-size`}
            checked={preset === 'custom'}
            onChange={() => choose('custom')}
          />
          {t('embed.sizeCustom')}
        </label>
      </fieldset>
      {preset === 'custom' && (
        <div className="share-options">
          <div className="form-field">
            <label htmlFor={`${id}-w`}>{t('embed.width')}</label>
            <input
              id={`${id}-w`}
              type="number"
              inputMode="numeric"
              min={min.width}
              max={max.width}
              step={10}
              value={Number.isFinite(size.width) ? size.width : ''}
              onChange={(e) => onSize({ ...size, width: e.target.valueAsNumber })}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-h`}>{t('embed.height')}</label>
            <input
              id={`${id}-h`}
              type="number"
              inputMode="numeric"
              min={min.height}
              max={max.height}
              step={10}
              value={Number.isFinite(size.height) ? size.height : ''}
              onChange={(e) => onSize({ ...size, height: e.target.valueAsNumber })}
            />
          </div>
        </div>
      )}
    </>
  )
}
