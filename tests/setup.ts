import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Several test files share two cores (and CI machines are slower still): give screens that load
// lazy routes — the first test of a file pays for transforming them — time to settle.
configure({ asyncUtilTimeout: 10_000 });

// Test files share one module graph per worker (isolate: false), so testing-library's own
// cleanup hook, registered once when it is first imported, would run for the first file only.
afterEach(() => {
  cleanup();
});
