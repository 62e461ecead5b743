import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// The engine is a pure, deterministic simulation: time and randomness come from its own state.
const ambient = [
  { name: 'setTimeout', message: 'Schedule a task in the simulation queue instead.' },
  { name: 'setInterval', message: 'Schedule a periodic task in the simulation queue instead.' },
  { name: 'requestAnimationFrame', message: 'Animation belongs to the view.' },
  { name: 'window', message: 'The engine knows nothing of the browser.' },
  { name: 'document', message: 'The engine knows nothing of the DOM.' },
  { name: 'performance', message: 'Use the simulated clock (state.timeMs).' },
  { name: 'localStorage', message: 'Persistence belongs to the store.' },
]

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'test-results-*', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is rendered as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...ambient],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in the simulation state (rng.ts).' },
        { object: 'Date', property: 'now', message: 'Use the simulated clock (state.timeMs).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Use the simulated clock (state.timeMs).' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'zustand', 'zustand/*', 'framer-motion', 'motion', 'motion/*'], message: 'The engine is pure TypeScript.' },
            { group: ['../store/*', '../view/*', '../app/*', '../api/*', '../lessons/*', '../scenarios/*', '../i18n/*'], message: 'The engine imports nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/lessons/**/*.ts', 'src/scenarios/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../view/*', '../app/*', '../api/*'], message: 'Imports point one way: view and api import store, not the reverse.' }] },
      ],
    },
  },
)
