import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Several test files share two cores: give screens that load lazy routes time to settle.
configure({ asyncUtilTimeout: 5000 });
