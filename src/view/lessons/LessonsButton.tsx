import './lessons.css'
import { useT } from '../../i18n/useT'
import { openDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'

export function openLessonsMenu(): void {
  openDialog('lessons')
}

/** The header's "Lessons" button. */
export function LessonsButton() {
  const t = useT()
  const open = useUi((s) => s.dialog === 'lessons')
  return (
    <button
      type="button"
      className="btn btn-small lessons-button"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={openLessonsMenu}
    >
      <svg
        width="15"
        height="15"
        viewBox="0 0 16 16"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      >
        <path d="M8 3.5C6.5 2.4 4.3 2 2 2.2v10.3c2.3-.2 4.5.2 6 1.3 1.5-1.1 3.7-1.5 6-1.3V2.2c-2.3-.2-4.5.2-6 1.3zM8 3.5v10.3" />
      </svg>
      {t('lessonUi.open')}
    </button>
  )
}
