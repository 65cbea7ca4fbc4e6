// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'];

const FEATURES = [
  'beranda',
  'ekspor',
  'impor',
  'keamanan',
  'musyawarah',
  'pengaturan',
  'surat',
  'usulan',
  'warga',
];

/** A relative specifier that reaches one of these folders of renderer/src, from any depth. */
const reaches = (folders) => `^\\.{1,2}/(\\.\\./)*(${folders.join('|')})(/|$)`;

/** @param {string[]} files @param {{ regex: string, message: string }[]} patterns */
const floor = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.map((pattern) => ({ ...pattern, caseSensitive: true })) },
    ],
  },
});

const dbFloor = {
  regex: reaches(['features', 'app', 'workers', 'kit', 'documents']),
  message:
    'db/ adalah lantai bawah: tidak mengimpor features/, app/, workers/, kit/ atau documents/.',
};

function floorRules() {
  return [
    floor(['renderer/src/db/**/*.ts'], [dbFloor]),
    {
      // …and its production code leaves the fixtures and seeds to the tests.
      ...floor(
        ['renderer/src/db/**/*.ts'],
        [
          dbFloor,
          {
            regex: '(^|/)testing(/|$)',
            message: 'db/testing/ hanya untuk uji: kode produksi tidak mengimpornya.',
          },
        ],
      ),
      ignores: ['renderer/src/db/**/*.test.ts', 'renderer/src/db/testing/**'],
    },
    floor(
      ['renderer/src/workers/**/*.ts'],
      [
        {
          regex: reaches(['features', 'app']),
          message: 'workers/ tidak mengimpor features/ atau app/: pindahkan yang dipakai bersama.',
        },
      ],
    ),
    floor(
      ['renderer/src/kit/**/*.{ts,tsx}'],
      [
        {
          regex: reaches(['features', 'app']),
          message: 'kit/ ada di bawah fitur: tidak mengimpor features/ atau app/.',
        },
      ],
    ),
    floor(
      ['renderer/src/documents/**/*.ts'],
      [
        {
          regex: reaches(['features', 'app']),
          message:
            'documents/ mengumpulkan data untuk dokumen: tidak mengimpor features/ atau app/.',
        },
        {
          regex: '^\\.{1,2}/(.*/)?[A-Z][^/]*$',
          message: 'documents/ tidak memuat komponen (.tsx): fitur yang memanggil documents/.',
        },
        {
          regex: '^(react|react-dom|@mantine/.*|dexie-react-hooks)$',
          message: 'documents/ tidak memuat komponen: tanpa React atau Mantine.',
        },
      ],
    ),
    {
      // A component file in documents/ is itself the slip.
      files: ['renderer/src/documents/**/*.tsx'],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector: 'Program',
            message: 'documents/ tidak memuat komponen (.tsx): komponennya tinggal di features/.',
          },
        ],
      },
    },
    ...FEATURES.map((feature) =>
      floor(
        [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
        [
          {
            regex: `^\\.\\./(${FEATURES.filter((other) => other !== feature).join('|')})(/|$)`,
            message: `features/${feature} tidak mengimpor fitur lain: yang dipakai bersama pindah ke kit/ (komponen, hook) atau documents/ (data dokumen).`,
          },
          {
            regex: reaches(['app']),
            message: 'Fitur tidak mengimpor app/: app/ yang memasang fitur, bukan sebaliknya.',
          },
        ],
      ),
    ),
  ];
}

/**
 * A form's required fields would otherwise stop the save with the browser's own bubble ("Please
 * fill out this field" on an English-language PC) before the app's check and its Indonesian
 * message run. Every form checks itself (useSchemaForm, the repositories).
 */
const FORM_CHECKS_ITSELF = {
  selector: 'JSXOpeningElement[name.name="form"]:not(:has(JSXAttribute[name.name="noValidate"]))',
  message:
    'Tambahkan noValidate pada <form>: pesan kesalahan dari pemeriksaan aplikasi (bahasa Indonesia), bukan gelembung bawaan peramban.',
};

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
      'no-restricted-syntax': ['error', FORM_CHECKS_ITSELF],
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
  // Start-up JavaScript (issue 17: ≤ 250 KB gzip before the sign-in screen). These files are
  // loaded before the first screen; the office sync's client and document mapping, the meeting
  // lease, the PCs' chain checks, the search vocabulary and the first-run pages are loaded on
  // demand (a dynamic import() or a lazy component), never statically from here.
  {
    files: [
      'renderer/src/main.tsx',
      'renderer/src/app/App.tsx',
      'renderer/src/app/signed-in-loader.ts',
      'renderer/src/features/keamanan/SessionGate.tsx',
      'renderer/src/features/keamanan/LoginForm.tsx',
      'renderer/src/db/core/database.ts',
      'renderer/src/db/core/presence-middleware.ts',
      'renderer/src/db/beranda/summary-middleware.ts',
      'renderer/src/db/beranda/summary-source.ts',
      'renderer/src/db/warga/name-words.ts',
      'renderer/src/db/warga/registry-changes.ts',
      'renderer/src/db/sinkron/outbox-middleware.ts',
      'renderer/src/db/sinkron/unique-key-middleware.ts',
      'renderer/src/db/sinkron/perangkat.ts',
      'renderer/src/db/keamanan/audit-repository.ts',
      'renderer/src/db/keamanan/account-repository.ts',
      'renderer/src/db/keamanan/permission-door.ts',
      'renderer/src/db/pengaturan/repository.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        // This block replaces the renderer's no-restricted-syntax for these files: keep it.
        FORM_CHECKS_ITSELF,
        ...[
          'ImportDeclaration[importKind="value"]',
          'ExportNamedDeclaration[exportKind="value"]',
          'ExportAllDeclaration',
        ].map((node) => ({
          // esquery regexes cannot hold a slash: "." stands for it.
          selector: `${node}[source.value=/((sinkron.|^[.]{1,2}.)(documents|engine|runner|nomor-kantor|nomor-sumber|kemudi|pouch-browser|connection-test|sync-settings|audit-perangkat|audit-devices)|pouchdb|warga.name-vocabulary|FirstRunPage|CreateAdminPage)$/]`,
          message:
            'Berkas ini dimuat sebelum layar pertama (issue 17, JS ≤ 250 KB gzip): muat modul sinkronisasi, kemudi, kosakata nama dan halaman pertama kali dengan import() atau lazy().',
        })),
      ],
    },
  },
  // The renderer's floors (issue 16): app > features > documents, kit > db, workers > shared.
  // A separate rule from the one above (typescript-eslint's copy of no-restricted-imports), so
  // these floors and the runtime boundaries never overwrite each other's options.
  ...floorRules(),
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
