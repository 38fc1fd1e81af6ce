import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/** Imports each folder may not make; these are the process boundaries of DESIGN.md. */
const nodeAndElectron = [
  { group: ['node:*'], message: 'shared/ and renderer/ run without Node.' },
  { group: ['electron', 'electron/*', 'electron-store'], message: 'Only electron/ talks to Electron.' },
]
const appFolders = (...names) => names.map((name) => ({ group: [`**/${name}/**`, `@${name}/*`], message: `Do not import ${name}/ from here.` }))
/** Everything in the app beside the Kisi sandbox package, which must stay free of it. */
const appFoldersForSandbox = ['app', 'host', 'ipc', 'launch', 'main', 'platform', 'preload', 'security', 'services', 'shared', 'renderer']
const sandboxOutside = {
  group: ['@shared', '@shared/*', '@renderer', '@renderer/*', ...appFoldersForSandbox.map((name) => `**/${name}/**`)],
  message: 'electron/kisi-sandbox is a package of its own: it imports nothing from the app (see its README).',
}
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'module'].map((name) => ({
  name,
  message: 'shared/ and renderer/ run without Node.',
}))

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.strict,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: { 'vue/block-lang': ['error', { script: { lang: 'ts' } }] },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': 'error',
    },
  },
  {
    // In a test, a lookup that unexpectedly finds nothing should fail right there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: nodeBuiltins, patterns: [...nodeAndElectron, ...appFolders('renderer', 'electron'), { group: ['vue', 'pinia', 'vue-*'], message: 'shared/ is framework-free.' }] },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: [...nodeAndElectron, ...appFolders('electron')] }],
    },
  },
  {
    // Type-only imports of Electron are fine anywhere in electron/; runtime imports only in the
    // platform adapters and the two entry points, so every service runs under plain Node.
    files: ['electron/**'],
    ignores: ['electron/platform/**', 'electron/main/index.ts', 'electron/preload/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron-store'], allowTypeImports: true, message: 'Import Electron at runtime only in electron/platform or an entry point.' },
            ...appFolders('renderer'),
          ],
        },
      ],
    },
  },
  {
    // Replaces the block above for the sandbox: no Electron at all, and nothing from the app.
    files: ['electron/kisi-sandbox/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', 'electron-store'], message: 'The Kisi sandbox runs under plain Node.' }, sandboxOutside] },
      ],
    },
  },
)
