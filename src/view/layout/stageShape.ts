import { useLab } from '../../store/react'
import { atScale } from '../cluster/atScale'
import { inFocus, useFocus, usePanelShown } from './panels'

/**
 * The stage's shape as classes on it: a side column with nothing in it gives its room to the cluster, and the
 * cluster at scale gets more. Classes from the scene rather than `:has()` in CSS: a `:has()` on the stage made the
 * browser recheck the stage's style on every change inside it (every record).
 */
export function useStageShape(): string {
  const focus = useFocus()
  const producers = usePanelShown('producers')
  const consumers = usePanelShown('consumers')
  const noProducers = useLab((s) => !s.sim.state.producers.some((p) => inFocus(focus, p.topic)))
  const noGroups = useLab((s) => !Object.values(s.sim.state.groups).some((g) => inFocus(focus, g.topic)))
  const overview = useLab((s) => atScale(s.sim.state))
  return [
    'stage',
    producers && noProducers ? 'stage-no-producers' : '',
    consumers && noGroups ? 'stage-no-groups' : '',
    overview ? 'stage-overview' : '',
  ]
    .filter(Boolean)
    .join(' ')
}
