// ESLint for the project's TypeScript and scripts: the recommended rules of ESLint and
// typescript-eslint, and the Lit and web-components plugins' recommended rules for the elements.
// Formatting is Prettier's (.prettierrc.json), checked separately by npm test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'schema/', '.tmp/', 'bench/.tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'test/pages/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js'],
    languageOptions: {globals: globals.node},
  },
  {
    // Node scripts that drive a browser: their page.evaluate callbacks run in the page.
    files: ['bench/**/*.mjs', 'scripts/screenshots.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // The size floor: one Lit element, bundled for the browser.
    files: ['scripts/size-floor.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Chai's assertions are property reads: `expect(x).to.be.true`.
    files: ['**/*.test.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    rules: {
      // Unused arguments named with a leading _ are part of an interface being implemented.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
);
