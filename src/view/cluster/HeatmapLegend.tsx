import { useT } from '../../i18n/useT'
import { LAG_PAINT } from './heatmapPalette'

/** What the heatmap's squares mean: the lag shades, the striped under-replicated, the crossed offline. */
export function HeatmapLegend({ scale }: { scale: number }) {
  const t = useT()
  return (
    <ul className="heatmap-legend" aria-label={t('heatmap.legend')}>
      <li>
        <span>{t('heatmap.inSync')}</span>
        <span className="hm-ramp">
          <span>{t('heatmap.lagNone')}</span>
          {LAG_PAINT.map((p, i) => (
            <span
              key={i}
              className="hm-swatch"
              style={{ background: p.fill, borderColor: p.edge }}
              aria-hidden="true"
            />
          ))}
          <span>{t('heatmap.lagMax', { n: scale })}</span>
        </span>
      </li>
      <li>
        <span className="hm-swatch hm-under" aria-hidden="true" />
        {t('heatmap.under')}
      </li>
      <li>
        <span className="hm-swatch hm-offline" aria-hidden="true" />
        {t('heatmap.offline')}
      </li>
    </ul>
  )
}
