import axe from 'axe-core';

/** Runs axe on `container` (jsdom cannot compute contrast, so that rule is off) and expects no violations. */
export async function expectNoAxeViolations(container: Element | Document = document.body): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.html}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(found).toEqual([]);
}
