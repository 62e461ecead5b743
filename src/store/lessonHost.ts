import type { LabStoreOptions } from './labState'
import type { Lab } from './labRuntime'
import type { LessonHost } from './lessonSlice'
import type { Milestone } from './milestones'

/**
 * The lab store as the lesson runner (`lessonSlice.ts`) sees it. Entering a lesson or one of its steps puts a
 * marker on the timeline; progress goes to `options.storage`.
 */
export function createLessonHost(
  get: () => Lab,
  set: (partial: Partial<Lab>) => void,
  addMilestones: (found: readonly Milestone[]) => void,
  options: LabStoreOptions,
): LessonHost {
  return {
    get: () => get(),
    set: (partial) => {
      const before = get().lesson
      set(partial)
      const after = get().lesson
      if (after && (!before || before.id !== after.id || before.step !== after.step)) {
        const t = get().sim.state.timeMs
        addMilestones([{ t, kind: 'lesson', lessonId: after.id, step: after.step }])
      }
    },
    storage: options.storage,
    onCompleted: (id) => options.onLessonCompleted?.(id),
  }
}
