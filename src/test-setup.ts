import '@testing-library/jest-dom/vitest'
import { loadDictionary } from './i18n/translate'

// The app loads Spanish on demand; tests switch languages synchronously, so it is there from the start.
await loadDictionary('es')
