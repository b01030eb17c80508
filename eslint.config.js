// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.build/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The render stage reads collections (astro:content), never content files or the content layer's readers.
    // dependency-cruiser checks the .ts files; this also covers .astro pages, components and layouts.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/plugins/**', 'src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'node:fs/promises', 'child_process', 'node:child_process'],
          patterns: [
            {
              group: ['**/content/*', '**/content/**'],
              message: 'Render code reads collections (astro:content), not the content layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
