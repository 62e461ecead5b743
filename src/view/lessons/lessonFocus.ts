/**
 * A one-shot request, from a user action (choosing a lesson, Next, Previous), to move focus to the lesson's
 * text once it renders, so that a screen reader reads the new step. Lessons started by a script keep focus put.
 */
let pending = false

export function requestLessonFocus(): void {
  pending = true
}

/** True once after a request. */
export function takeLessonFocusRequest(): boolean {
  const was = pending
  pending = false
  return was
}
