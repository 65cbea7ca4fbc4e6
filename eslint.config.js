// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-*', 'release', 'test-results', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // shared/ is pure: it runs in the main process, the renderer and workers alike.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'dexie',
                'dexie-react-hooks',
                ...nodeBuiltins,
              ],
              message: 'shared/ harus murni: tanpa electron, node, react, dexie atau DOM.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ tidak boleh bergantung pada renderer/ atau electron/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  // The renderer reaches the OS only through DesktopApi.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // The browser's own dialogs block the window, look foreign, cannot name what will be
      // lost and are not shown at all in some Electron set-ups: use kit/confirm instead.
      'no-restricted-globals': [
        'error',
        ...['confirm', 'alert', 'prompt'].map((name) => ({
          name,
          message:
            'Pakai useConfirm() dari renderer/src/kit/confirm, bukan dialog bawaan peramban.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['confirm', 'alert', 'prompt'].map((property) => ({
          object: 'window',
          property,
          message:
            'Pakai useConfirm() dari renderer/src/kit/confirm, bukan dialog bawaan peramban.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'renderer/ tidak boleh memakai electron atau node: pakai DesktopApi.',
            },
            { group: ['**/electron/**'], message: 'renderer/ tidak boleh mengimpor electron/.' },
          ],
        },
      ],
    },
  },
  // Components never touch Dexie: only renderer/src/db owns the tables.
  {
    files: [
      'renderer/src/**/*.tsx',
      'renderer/src/features/**/*.ts',
      'renderer/src/app/**/*.ts',
      'renderer/src/kit/**/*.ts',
    ],
    ignores: ['renderer/src/**/*.test.ts', 'renderer/src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'renderer/ tidak boleh memakai electron atau node: pakai DesktopApi.',
            },
            {
              group: ['dexie'],
              message: 'Komponen tidak menyentuh Dexie: pakai repository di renderer/src/db.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'dexie'],
              message: 'electron/ hanya mengimpor shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Benchmark scripts run in Node and hand callbacks to the page (page.evaluate).
  {
    files: ['bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
