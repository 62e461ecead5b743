/** The browser storage as the welcome uses it (the app's guarded localStorage; undefined when there is none). */
export interface WelcomeStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export const WELCOMED_KEY = 'kafka-lab:welcomed'

let storage: WelcomeStorage | undefined

/** Where the welcome remembers it was seen (set once by the app at start). */
export function keepWelcomeIn(s: WelcomeStorage | undefined): void {
  storage = s
}

/** What a first visit opened on: the welcome is for the bare app, not for a link that chose what to show. */
export interface VisitShape {
  embed: boolean
  present: boolean
  /** A scene, a lesson or a named scenario was asked for in the address. */
  openedElsewhere: boolean
  /** The page has something to say first (a value in the address it could not use...): the welcome would hide it. */
  noticesShown: boolean
}

/**
 * Whether to greet: the full app opened on nothing in particular, by someone who has not dismissed the welcome
 * before (in this browser). A course's link to a lesson or scene, an embed and lecture mode go straight in; a page
 * that opens with a notice (a mistyped link) lets it be read, and greets on the next visit.
 */
export function shouldWelcome(visit: VisitShape, s: WelcomeStorage | undefined = storage): boolean {
  if (visit.embed || visit.present || visit.openedElsewhere || visit.noticesShown) return false
  return s?.getItem(WELCOMED_KEY) !== '1'
}

/** The welcome was dismissed: it does not open by itself again (help still offers it). */
export function rememberWelcomed(s: WelcomeStorage | undefined = storage): void {
  try {
    s?.setItem(WELCOMED_KEY, '1')
  } catch {
    // A full or disabled store: the storage layer has told the user once; the welcome will show next time.
  }
}
