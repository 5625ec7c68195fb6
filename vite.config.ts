/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { venueAssets } from './scripts/vite/venueAssets.ts';

const serverPort = Number(process.env.WERKBORD_SERVER_PORT ?? 3000);
const target = `http://localhost:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react(), venueAssets()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        // The app-shell service worker: its own entry, at the root (its scope is the whole
        // site) and without a hash (the browser finds a new version under the same name).
        sw: fileURLToPath(new URL('./client/src/sw/serviceWorker.ts', import.meta.url)),
      },
      output: {
        // Everything else keeps Vite's hashed names under assets/, which the server caches
        // for a year (server/http/staticAssets.ts).
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: {
      '/api': target,
      '/healthz': target,
      '/socket.io': { target, ws: true },
      '/yjs': { target, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
