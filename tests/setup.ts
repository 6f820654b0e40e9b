import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Several test files share two cores: give screens that load lazy routes time to settle.
configure({ asyncUtilTimeout: 5000 });

// Test files share one module graph per worker (isolate: false), so testing-library's own
// cleanup hook, registered once when it is first imported, would run for the first file only.
afterEach(() => {
  cleanup();
});
