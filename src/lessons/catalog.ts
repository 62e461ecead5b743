import type { Lesson } from './types'
import { topicsLesson } from './content/topics'

/** Every lesson, in course order (the order of the course notes). */
export const LESSONS: Lesson[] = [topicsLesson]

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}
