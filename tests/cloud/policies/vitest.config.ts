import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The snapshot-policy test on the real local cloud (`npm run cloud:up`): one file, minutes long. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../..', import.meta.url)),
    include: ['tests/cloud/policies/**/*.test.ts'],
    environment: 'node',
    testTimeout: 8 * 60_000,
    hookTimeout: 5 * 60_000,
    reporters: ['default'],
  },
});
