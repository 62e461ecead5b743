import { findLesson } from '../lessons/catalog'
import type { LabStore } from '../store/simStore'

/** Where a lesson stands, as far as a course page following the student cares. */
interface Standing {
  id: string
  step: number
  goalReached: boolean
}

/**
 * Tells `emit` each lesson step the student completes, `{ lessonId, step }` (step counted from 0), once: a step
 * with a challenge when its goal is met, a step without one when the student moves on from it (or, the last step,
 * when the lesson completes). Returns the unsubscribe function.
 */
export function followLessonSteps(
  store: LabStore,
  emit: (data: { lessonId: string; step: number }) => void,
): () => void {
  let last: Standing | null = null
  const done = new Set<string>()
  const tell = (lessonId: string, step: number) => {
    const k = `${lessonId}/${step}`
    if (done.has(k)) return
    done.add(k)
    emit({ lessonId, step })
  }
  const check = () => {
    const lesson = store.getState().lesson
    const before = last
    last = lesson ? { id: lesson.id, step: lesson.step, goalReached: lesson.goalReached } : null
    if (!lesson) return
    // Going back (another lesson, an earlier step, a restarted step): what lies ahead may be completed again.
    const back =
      !before ||
      before.id !== lesson.id ||
      lesson.step < before.step ||
      (lesson.step === before.step && before.goalReached && !lesson.goalReached)
    if (back)
      for (const k of [...done])
        if (!k.startsWith(`${lesson.id}/`) || Number(k.slice(lesson.id.length + 1)) >= lesson.step)
          done.delete(k)
    const def = findLesson(lesson.id)
    const steps = def?.steps ?? []
    // Moving on from a step without a challenge completes it.
    if (before && before.id === lesson.id && lesson.step === before.step + 1 && !steps[before.step]?.goal)
      tell(lesson.id, before.step)
    if (lesson.goalReached && (steps[lesson.step]?.goal || lesson.completed)) tell(lesson.id, lesson.step)
  }
  return store.subscribe(check)
}
