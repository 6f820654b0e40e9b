/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { snapshotGateway } from './server/vite-plugin.mjs';

export default defineConfig({
  plugins: [react(), snapshotGateway()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The one chunk over Vite's 500 kB default is the demo's mock cloud (~530 kB, ~190 kB gzipped),
    // loaded only in demo mode; `npm run bench` reports every chunk's gzipped size.
    chunkSizeWarningLimit: 600,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'server/**/*.test.{ts,mjs}'],
    testTimeout: 20000,
    restoreMocks: true,
  },
});
