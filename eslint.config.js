// `npm run lint`: ESLint at zero warnings. TypeScript rules on every .ts/.tsx/.mjs file, React hooks
// and accessibility rules on the builder's components, Astro's rules on .astro files. Formatting is
// Prettier's job (`npm run format`), so eslint-config-prettier switches off the rules it owns.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // The two classic hooks rules. react-hooks 7's React Compiler diagnostics are left off: this
      // project does not compile with React Compiler, and refs read during render are deliberate here.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // A template: build-sw.mjs replaces __PRECACHE__, __TRAINER_SET__ and __LANGUAGES__ before it ships.
    files: ['scripts/sw-template.js'],
    languageOptions: {
      globals: {
        ...globals.serviceworker,
        __PRECACHE__: 'readonly',
        __TRAINER_SET__: 'readonly',
        __LANGUAGES__: 'readonly',
      },
    },
    rules: { '@typescript-eslint/ban-ts-comment': 'off' },
  },
  prettier,
);
