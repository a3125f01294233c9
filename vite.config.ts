import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The mode of `npm run build:demo`: a build on the embedded mocked backend, for demos and the e2e tests. */
const DEMO_MODE = 'demo';
const MOCK_SERVICE_WORKER = 'mockServiceWorker.js';

/*
 * The mocked backend is opt-in for builds. `npm start` (the dev server) and the unit tests run on
 * it unless VITE_API_BASE_URL points at a real backend; a build has it only in the demo mode.
 * VITE_ENABLE_MOCKS=true|false overrides both. The answer becomes a literal in the code, so a
 * production build drops the mock code instead of carrying it switched off.
 */
function mocksEnabled(command: 'build' | 'serve', mode: string): boolean {
  // loadEnv reads the .env files and, above them, the VITE_ variables of the environment.
  const fileEnv = loadEnv(mode, process.cwd(), 'VITE_');
  if (fileEnv.VITE_ENABLE_MOCKS === 'true' || fileEnv.VITE_ENABLE_MOCKS === 'false') {
    return fileEnv.VITE_ENABLE_MOCKS === 'true';
  }
  return command === 'serve' ? !fileEnv.VITE_API_BASE_URL : mode === DEMO_MODE;
}

/** A build without mocks ships no service worker either (public/ holds it for the dev server and demo builds). */
function withoutMockServiceWorker(): Plugin {
  let outDir = '';
  return {
    name: 'without-mock-service-worker',
    apply: 'build',
    // After public/ is copied: the copy includes the worker, which this build must not serve.
    async closeBundle() {
      await rm(join(outDir, MOCK_SERVICE_WORKER), { force: true });
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const mocks = mocksEnabled(command, mode);
  return {
    plugins: [react(), ...(mocks ? [] : [withoutMockServiceWorker()])],
    define: { 'import.meta.env.VITE_ENABLE_MOCKS': JSON.stringify(String(mocks)) },
    resolve: {
      alias: { '@': fromRoot('./src'), '@mocks': fromRoot('./mocks') },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: {
      // The demo build has its own folder, so `npm test` leaves the production build in dist/.
      outDir: mode === DEMO_MODE ? 'dist-demo' : 'dist',
      // The size check reads the manifest to know what the first page really loads.
      manifest: true,
      // Source maps publish the source: only when asked for (BUILD_SOURCEMAPS=true npm run build).
      sourcemap: process.env.BUILD_SOURCEMAPS === 'true',
      rolldownOptions: {
        output: {
          // Libraries every page needs change rarely: a chunk of their own caches well.
          advancedChunks: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            ],
          },
        },
      },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      restoreMocks: true,
      // Dates on screen follow the runtime's locale: the tests read them in British English, as
      // the e2e browser does, whatever the machine's own (the spawned test workers take this).
      env: { LC_ALL: 'en_GB.UTF-8' },
    },
  };
});
