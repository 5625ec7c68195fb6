// Lint gate run by `npm test` (scripts/test.ts). Recommended rules of ESLint, typescript-eslint
// and react-hooks; every rule switched off below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'docs/examples/**', 'tests/bench/sync/reference/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are reported by the compiler (noUnusedLocals/noUnusedParameters); a second
      // report from ESLint would only duplicate it. `_`-prefixed names stay allowed there.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['server/**', 'scripts/**', 'tests/**', 'shared/**', '*.ts', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['client/**', 'tests/e2e/pages/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two rules that guard hooks in any React code. The plugin's other recommended rules
    // (refs, set-state-in-effect, immutability, purity) check what React Compiler needs; we do
    // not compile with it, and the board keeps Yjs-observer caches in refs on purpose.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
