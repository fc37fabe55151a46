import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './build/compile-hints';
import { earlyReads } from './build/early-reads';
import { precompress, stylesAfterShell } from './build/precompress';
import { pwaOptions } from './build/pwa';

// Tests that change module state on purpose (see test.projects below).
const isolatedTests = [
  'src/app/pwa/service-worker.test.ts',
  'src/app/catalogue-loader.test.ts',
  'src/app/offline.test.tsx',
  'src/lib/api/early-reads.test.ts',
  'build/early-reads.test.ts',
];

const api = process.env.COOPHUB_API ?? 'http://127.0.0.1:5080';
const proxy = {
  '/api': { target: api, changeOrigin: false },
  '/health': { target: api, changeOrigin: false },
  '/swagger': { target: api, changeOrigin: false },
};

// React Router's package exports only its development build (warnings and checks on every render); the production
// build sits beside it. The app's build takes that one (issue 16: less work per render on a slow phone); tests keep the
// warnings.
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

export default defineConfig(({ command }) => ({
  // precompress runs last, so the service worker and the manifest get their .br/.gz copies too.
  plugins: [react(), stylesAfterShell(), earlyReads(), compileHints(), VitePWA(pwaOptions('dist')), precompress()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // The catalogues are fetched as JSON files (src/app/catalogue-loader.ts), never inlined as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry needs, in one file: a phone on a slow link pays a round trip and ~300 bytes of
          // headers for each file, and one file compresses better than twenty (issue 16).
          groups: [{ name: 'shell', tags: ['$initial'] }],
          // A small chunk shared by a few screens is copied into them rather than fetched on its own (rolldown keeps
          // one module state across the copies). Chunks holding styles stay files, so their CSS is emitted once.
          experimentalInlineCommonChunks: { maxSize: 4096, exclude: /\.(css|scss|sass|less|styl|stylus|pcss|postcss|sss)(\?|$)/ },
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    // Generous: CI machines have 2 cores and may be busy; a test must not race the clock (user-event typing re-renders).
    // 30 s was not enough beside the browser tests on a slow day (stop 30: four form tests at 30–35 s).
    testTimeout: 60000,
    // CI machines have 2 cores; the default leaves one idle, and the jsdom suites are CPU-bound.
    maxWorkers: 2,
    // Two projects (ADR 0034): most files share each worker's module cache and jsdom ('shared', isolate: false), which
    // halves the run (React, Mantine and the routes are imported once per worker instead of once per file: 265 s of
    // CPU became 123 s). setup-tests.ts resets what the app keeps between renders (notifications, language, the
    // update notice). The files that set module state on purpose (a global read at import, the update notice, the
    // early reads) run isolated, each with fresh modules. Each project names its own include: with extends: true the
    // arrays of the root would be concatenated, and both projects would run every file.
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'], exclude: [...configDefaults.exclude, ...isolatedTests] },
      },
      { extends: true, test: { name: 'isolated', include: [...isolatedTests] } },
    ],
  },
}));
