import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/**
 * The walls of the architecture (README, "Architecture") as lint rules: the process boundaries
 * (shared / renderer / electron) and the inner walls of electron/.
 */
const nodeAndElectron = [
  { group: ['node:*'], message: 'shared/ and renderer/ run without Node.' },
  { group: ['electron', 'electron/*', 'electron-store'], message: 'Only electron/ talks to Electron.' },
]
const appFolders = (...names) => names.map((name) => ({ group: [`**/${name}/**`, `**/${name}`, `@${name}/*`], message: `Do not import ${name}/ from here.` }))
/** Everything in the app beside the Kisi sandbox package, which must stay free of it. */
const appFoldersForSandbox = ['app', 'web-host', 'ipc', 'launch', 'main', 'platform', 'preload', 'security', 'services', 'shared', 'renderer']
const sandboxOutside = {
  group: ['@shared', '@shared/*', '@renderer', '@renderer/*', ...appFoldersForSandbox.map((name) => `**/${name}/**`)],
  message: 'electron/kisi-sandbox is a package of its own: it imports nothing from the app (see its README).',
}
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'module'].map((name) => ({
  name,
  message: 'shared/ and renderer/ run without Node.',
}))
const uncheckedTexts = { name: 'vue-i18n', importNames: ['useI18n'], message: 'Use useTexts() from @renderer/i18n: its t() takes only keys the locale files have.' }
/** Type-only imports of Electron are fine anywhere in electron/; runtime ones only in adapters and entries. */
const electronAtRuntime = { group: ['electron', 'electron-store'], allowTypeImports: true, message: 'Import Electron at runtime only in electron/platform or an entry point.' }
const electronEntries = ['electron/platform/**', 'electron/main/index.ts', 'electron/preload/index.ts']
/** Inner walls: what a layer of electron/ may not reach into (the entry layers sit above the rest). */
const wall = (reason, ...folders) => [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: `${reason}: ${folders.join(', ')}.` }]
const transports = ['ipc', 'main', 'preload', 'web-host', 'app', 'launch', 'platform']
const restrict = (...patterns) => ['error', { paths: [], patterns }]

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
    // An import circle makes start-up order and tests fragile; none is allowed in the product code.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.vue'],
    plugins: { 'import-x': importX },
    // The cycle check parses imported .vue files with the options of the importing file.
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json'], extensions: ['.ts', '.vue', '.js'] })],
      'import-x/extensions': ['.ts', '.vue', '.js'],
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts', '.js'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
        {
          paths: nodeBuiltins,
          patterns: [...nodeAndElectron, ...appFolders('renderer', 'electron', 'tests'), { group: ['vue', 'pinia', 'vue-*'], message: 'shared/ is framework-free.' }],
        },
      ],
    },
  },
  {
    // Texts come through `useTexts()`, whose `t` only takes keys the locale files have.
    files: ['renderer/**'],
    ignores: ['renderer/src/i18n.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [...nodeBuiltins, uncheckedTexts], patterns: [...nodeAndElectron, ...appFolders('electron', 'tests')] },
      ],
    },
  },
  {
    files: ['renderer/src/i18n.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: [...nodeAndElectron, ...appFolders('electron', 'tests')] }],
    },
  },
  {
    files: ['electron/**'],
    ignores: electronEntries,
    rules: { '@typescript-eslint/no-restricted-imports': restrict(electronAtRuntime, ...appFolders('renderer', 'tests')) },
  },
  {
    // Services run under plain Node with what their constructors are given; no service knows a transport.
    files: ['electron/services/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        electronAtRuntime,
        ...appFolders('renderer', 'tests'),
        ...wall('A service imports no transport or entry layer', ...transports, 'kisi-sandbox', 'sandbox'),
      ),
    },
  },
  {
    // The dispatcher and handlers sit under the composition root, never the other way round.
    files: ['electron/ipc/**', 'electron/security/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        electronAtRuntime,
        ...appFolders('renderer', 'tests'),
        ...wall('ipc/ and security/ sit below the entry layers', 'main', 'preload', 'web-host', 'app', 'launch', 'platform', 'kisi-sandbox', 'sandbox'),
      ),
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
