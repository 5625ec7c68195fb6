// Lint gate for the whole repository (issue 10, "The house"): the recommended rules of ESLint
// and typescript-eslint everywhere, the Rules of React on the client, and the globals each
// runtime really has, so that a browser-only name in server code (or the reverse) is an error.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '.tmp/', 'docs/examples/', 'data/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // The same leniency as tsc's noUnusedParameters: a parameter named `_x` is there for its
      // position (Express tells an error handler by its four parameters). Omitting a key by
      // destructuring (`const { organiser: _o, ...rest } = links`) is the idiom for "all but".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['server/**', 'scripts/**', 'tests/**', 'shared/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // useAsync(load, deps) takes a dependency list like useEffect: check it at every call.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useAsync$' }],
    },
  },
]);
