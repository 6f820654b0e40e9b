import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The contract suite: the same scenarios through the typed client against the mock cloud (msw in
 * Node) and against the real local cloud (`npm run cloud:up`). Node environment: axios must use
 * its http adapter (jsdom's XHR would add CORS rules the real services do not answer).
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/cloud/contract/**/*.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 15 * 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
