import type { CSSProperties } from 'react'
import { useLab } from '../../store/react'
import { stageEm } from './stageFit'

/** The stage's style: its height in em (`--stage-em`), from which CSS picks a font size that fits the screen. */
export function useStageFit(): CSSProperties {
  const em = useLab((s) => stageEm(s.sim.state))
  return { ['--stage-em' as string]: em }
}
