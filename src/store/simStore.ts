import { createStore } from 'zustand/vanilla'
import { buildSimulation, type Scenario } from '../scenarios/scenario'
import { defaultScenario } from '../scenarios/builtins'
import { Checkpoints } from './checkpoints'
import { dispatchAction } from './commandLog'
import { createEventFeed } from './eventFeed'
import type { LabStore, LabStoreOptions } from './labState'
import type { Lab, LabRuntime } from './labRuntime'
import { createLessonHost } from './lessonHost'
import { initialLessonState, lessonActions, observeLesson } from './lessonSlice'
import { freshRun, loadRunActions } from './loadRun'
import { playbackActions } from './playback'
import { timeTravelActions } from './timeTravel'

/**
 * The lab store: one engine instance and everything around it, assembled from its parts. `playback.ts` drives the
 * clock, `commandLog.ts` takes commands, `timeTravel.ts` seeks and swaps futures, `loadRun.ts` replaces the run,
 * `eventFeed.ts` folds events into the state, `lessonHost.ts` and `lessonSlice.ts` run lessons on top.
 */

export type {
  Branch,
  HistoryStats,
  LabActions,
  LabState,
  LabStore,
  LabStoreOptions,
  LogEntry,
  Selection,
} from './labState'
export type { LoggedCommand } from './replay'
export type { Milestone } from './milestones'
export { MAX_SPEED, MIN_SPEED, SKIP_LIMIT_MS, SPEEDS, STEP_LIMIT_MS } from './playback'

export function createLabStore(
  scenario: Scenario = defaultScenario,
  options: LabStoreOptions = {},
): LabStore {
  const checkpoints = new Checkpoints()
  const firstSim = buildSimulation(scenario)
  checkpoints.take(firstSim.state, 0)

  return createStore<Lab>()((set, get) => {
    const rt: LabRuntime = {
      get,
      set,
      checkpoints,
      feed: createEventFeed(get, set, (events) => observeLesson(rt.lessonHost, events, null)),
      lessonHost: createLessonHost(() => rt, options),
    }
    return {
      ...freshRun(scenario, firstSim),
      revision: 0,
      running: options.running ?? true,
      speed: 1,
      ...initialLessonState(options.storage),
      ...lessonActions(rt.lessonHost),
      ...playbackActions(rt),
      ...timeTravelActions(rt),
      ...loadRunActions(rt),
      ...dispatchAction(rt),
      select: (selection) => set({ selection }),
    }
  })
}
