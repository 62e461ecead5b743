/**
 * Copies text to the clipboard: the async Clipboard API where the page may use it, else the old
 * execCommand('copy') on a hidden text area. Resolves false when neither works (an insecure page, a sandboxed
 * iframe); the caller then selects the text for the student to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (
      typeof navigator !== 'undefined' &&
      navigator.clipboard &&
      typeof navigator.clipboard.writeText === 'function'
    ) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (no permission, not focused): try the old way.
  }
  const focused =
    typeof document !== 'undefined' && document.activeElement instanceof HTMLElement
      ? document.activeElement
      : null
  try {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = typeof document.execCommand === 'function' && document.execCommand('copy')
    area.remove()
    return ok
  } catch {
    return false
  } finally {
    focused?.focus()
  }
}

/** Selects an element's text, so that Ctrl+C copies it. */
export function selectContents(el: Element): void {
  const selection = typeof window !== 'undefined' ? window.getSelection() : null
  selection?.selectAllChildren(el)
}
