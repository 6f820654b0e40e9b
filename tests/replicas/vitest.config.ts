import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The replica tier (`npm run test:replicas`): several server processes on one real PostgreSQL
 * (DATABASE_URL, from `npm run db:up`), minutes long. One file at a time: they share the database
 * and each starts from an empty schema.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/replicas/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 6 * 60_000,
    hookTimeout: 2 * 60_000,
    reporters: ['default'],
  },
});
