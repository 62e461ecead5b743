/** Copies text: the Clipboard API where allowed, else a selected field and execCommand. False when neither works. */
export async function copyToClipboard(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Not allowed here (an insecure page, a sandboxed iframe): fall back.
  }
  try {
    if (!field) return false
    field.focus()
    field.select()
    return typeof document.execCommand === 'function' && document.execCommand('copy')
  } catch {
    return false
  }
}
