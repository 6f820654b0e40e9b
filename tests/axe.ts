import { getConfig } from '@testing-library/react';
import axe, { type AxeResults } from 'axe-core';

/** Runs axe on `container` (jsdom cannot compute contrast, so that rule is off) and expects no violations. */
export async function expectNoAxeViolations(container: Element | Document = document.body): Promise<void> {
  // axe takes a while: run it the way waitFor waits, so the page's queries may settle meanwhile.
  const results: AxeResults = await getConfig().asyncWrapper(() => axe.run(container, { rules: { 'color-contrast': { enabled: false } } }));
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.html}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(found).toEqual([]);
}
