import { useState } from 'react'
import { setLang, useLang, useT } from '../../i18n/useT'
import { LANG_NAMES, LANGS } from '../../i18n/translate'
import { openDialog, setPresent } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { LessonsButton } from '../lessons/LessonsButton'
import { SceneMenu } from '../share/SceneMenu'

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1e293b" />
      <circle cx="10" cy="16" r="4" fill="#38bdf8" />
      <circle cx="22" cy="9" r="3.5" fill="#f59e0b" />
      <circle cx="22" cy="23" r="3.5" fill="#34d399" />
      <path d="M13.5 14.5 19 10.5M13.5 17.5 19 21.5" stroke="#e2e8f0" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

export function Header() {
  const t = useT()
  const lang = useLang()
  const present = useUi((s) => s.present)
  const [menuOpen, setMenuOpen] = useState(false)
  return (
    <header className="header">
      <h1 className="header-brand">
        <Logo />
        {t('app.title')}
      </h1>
      <span className="header-tagline">{t('app.tagline')}</span>
      <span className="header-spacer" />
      <button
        type="button"
        className="btn header-menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-actions"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <svg
          width="18"
          height="18"
          viewBox="0 0 16 16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
        </svg>
        {t('menu.open')}
      </button>
      <div
        className={menuOpen ? 'header-actions is-open' : 'header-actions'}
        id="header-actions"
        role="group"
        aria-label={t('menu.label')}
      >
        <SceneMenu />
        <LessonsButton />
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              className="btn btn-small"
              aria-pressed={lang === l}
              lang={l}
              onClick={() => setLang(l)}
            >
              {LANG_NAMES[l]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={present}
          onClick={() => setPresent(!present)}
          aria-keyshortcuts="M"
        >
          {t('app.present')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => openDialog('help')}
          aria-keyshortcuts="?"
        >
          ? <span className="visually-hidden">{t('controls.help')}</span>
        </button>
      </div>
    </header>
  )
}
