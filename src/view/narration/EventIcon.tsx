import type { EventTone } from './eventKind'

/**
 * A small shape per tone, so that colour is never the only signal: an octagon for a failure or a loss,
 * a triangle for a change of leader, a circle with a tick for a recovery, a circle with an "i" otherwise.
 * Decorative: the sentence beside it says everything.
 */
export function EventIcon({ tone }: { tone: EventTone }) {
  return (
    <svg
      className={`event-icon tone-${tone}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {tone === 'danger' && (
        <>
          <path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {tone === 'warn' && (
        <>
          <path d="M8 1.2L15.2 14.5H0.8z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.3" r="1" fill="#fff" />
        </>
      )}
      {tone === 'ok' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.6 8.3l2.3 2.3 4.5-4.8"
            stroke="#fff"
            strokeWidth="1.8"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {tone === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="8" cy="4.9" r="1" fill="currentColor" />
          <path d="M8 7.3v4.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  )
}
