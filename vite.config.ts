import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type UserConfig } from 'vite'
import type { ViteUserConfig } from 'vitest/config'

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const packageJson = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string }

const alias = {
  '@shared': fromRoot('./shared'),
  '@renderer': fromRoot('./renderer/src'),
}
const define = { __APP_VERSION__: JSON.stringify(packageJson.version) }

/** The Vue renderer, served by Electron's app:// protocol and by the browser host. */
const renderer: UserConfig = {
  root: fromRoot('./renderer'),
  base: './',
  plugins: [vue()],
  resolve: { alias },
  define,
  build: { outDir: fromRoot('./dist/renderer'), emptyOutDir: true, target: 'chrome130' },
}

/** Node entries: the Electron main process, the browser host, the `npm start` launcher and the Kisi sandbox. */
const node: UserConfig = {
  resolve: { alias },
  define,
  build: {
    ssr: true,
    target: 'node20',
    outDir: fromRoot('./dist/node'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        'electron-main': fromRoot('./electron/main/index.ts'),
        'web-host': fromRoot('./electron/web-host/main.ts'),
        launch: fromRoot('./electron/launch/main.ts'),
        sandbox: fromRoot('./electron/kisi-sandbox/main.ts'),
      },
      // Chunks sit beside the entries so import.meta.url-relative paths (../renderer) hold for all.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
}

/** The preload runs sandboxed, where only a CommonJS file with everything bundled in can load. */
const preload: UserConfig = {
  resolve: { alias },
  build: {
    target: 'chrome130',
    outDir: fromRoot('./dist/preload'),
    emptyOutDir: true,
    minify: false,
    lib: { entry: fromRoot('./electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
}

const tests: ViteUserConfig = {
  plugins: [vue()],
  resolve: { alias },
  define,
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/fixtures/forbid-electron.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/fixtures/forbid-electron.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: [],
          environment: 'node',
          setupFiles: ['tests/fixtures/forbid-electron.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/fixtures/forbid-electron.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The sandbox package's own tests; some start the built `npm run sandbox` command.
        extends: true,
        test: {
          name: 'kisi-sandbox',
          include: ['tests/kisi-sandbox/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/fixtures/forbid-electron.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
}

export default defineConfig(({ mode }) => {
  if (process.env['VITEST']) return tests as UserConfig
  if (mode === 'node') return node
  if (mode === 'preload') return preload
  return renderer
})
