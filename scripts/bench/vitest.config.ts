import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * `npm run bench:images-panel`: figures measured in jsdom through the real app and the mock cloud
 * (`*.measure.tsx`). Printed for docs/performance.md; kept out of the unit tier because they time things.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['scripts/bench/**/*.measure.tsx'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    css: false,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
