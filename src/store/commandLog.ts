import type { Command } from '../engine'
import type { LabActions } from './labState'
import type { LabRuntime } from './labRuntime'
import { observeLesson } from './lessonSlice'
import { playbackCommand } from './playbackCommands'
import { cutFuture } from './timeTravel'

/**
 * The one door for commands. Playback commands drive the clock; an engine command the engine accepts is applied,
 * copied into the command log at the current simulated time (after a seek back, it starts a new future: see
 * `cutFuture`), shown to the lesson, and its events published. A refusal changes nothing.
 */
export function dispatchAction(rt: LabRuntime): Pick<LabActions, 'dispatch'> {
  const { get, set } = rt
  return {
    dispatch(command) {
      const playback = playbackCommand(get(), command)
      if (playback) return playback
      const s = get()
      const result = s.sim.dispatch(command)
      if (result.ok) {
        const events = s.sim.takeEvents()
        cutFuture(rt)
        const copy = JSON.parse(JSON.stringify(command)) as Command
        const t = get()
        t.commandLog.push({ atMs: t.sim.state.timeMs, command: copy })
        set({ cursor: t.commandLog.length })
        observeLesson(rt.lessonHost, [], copy)
        rt.feed.publish(events, true)
      }
      return result
    },
  }
}
