import type { CommandResult } from '../engine'
import type { LabActions, LabState } from './labState'
import { isRecord } from './isRecord'

/** Commands that drive the clock rather than the cluster; undefined when the command is not one of them. */
export function playbackCommand(store: LabState & LabActions, command: unknown): CommandResult | undefined {
  if (!isRecord(command)) return undefined
  switch (command.type) {
    case 'play':
      store.play()
      return { ok: true }
    case 'pause':
      store.pause()
      return { ok: true }
    case 'step':
      store.step()
      return { ok: true }
    case 'skip':
      store.skip()
      return { ok: true }
    case 'setSpeed':
      return store.setSpeed(command.factor as number)
    case 'seek':
      return store.seek(command.timeMs as number)
    case 'reset':
      store.reset()
      return { ok: true }
    case 'advance': {
      const ms = command.ms
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 30 * 86400000) {
        return { ok: false, error: 'ms must be a number of simulated milliseconds from 0 to 30 days.' }
      }
      return store.seek(store.sim.state.timeMs + ms)
    }
    default:
      return undefined
  }
}
