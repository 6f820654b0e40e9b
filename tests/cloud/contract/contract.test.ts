/**
 * The contract: every scenario runs through the typed client against a fresh mock cloud (msw in
 * Node, listening only during the mock phase), then against the real local cloud (no msw), and
 * the two sets of observations must agree. A difference report is printed (and written to
 * test-results/cloud-contract/) and every difference fails its scenario's test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMockCloud } from '@/mock-cloud';
import { startMockCloudServer } from '@/mock-cloud/node';
import { allowlist } from './allowlist';
import { arrangeLikeRealCloud, mockBackend, realBackend } from './backend';
import { compareScenario, formatReport, type Comparison } from './compare';
import type { Observation } from './observe';
import { startPolicyServer } from './policy-server';
import { runScenario, type Scenario } from './scenario';
import { scenarios } from './scenarios';
import { sweepRealCloud } from './sweep';

const only = process.env['CONTRACT_ONLY']?.split(',').map((name) => name.trim());
const selected: readonly Scenario[] = only ? scenarios.filter((scenario) => only.some((name) => scenario.name.includes(name))) : scenarios;
const run = `contract-${Date.now()}`;
const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 24);
const outDir = fileURLToPath(new URL('../../../test-results/cloud-contract/', import.meta.url));

const observed = new Map<string, { mock: Observation[]; real: Observation[] }>();
const comparisons = new Map<string, Comparison>();
const realConcurrency = Number(process.env['CONTRACT_CONCURRENCY'] ?? 4);
/** `CONTRACT_BOTH_MOCK=1`: the "real" side is a second fresh mock cloud, to check the machinery without a cloud. */
const bothMock = process.env['CONTRACT_BOTH_MOCK'] === '1';

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

async function onMock(scenario: Scenario): Promise<Observation[]> {
  const cloud = arrangeLikeRealCloud(createMockCloud());
  const server = startMockCloudServer(cloud);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    return await runScenario(scenario, mockBackend(cloud, `${run}-${slug(scenario.name)}`));
  } finally {
    server.close();
  }
}

async function onRealCloud(): Promise<Map<string, Observation[]>> {
  const realRuns = new Map<string, Observation[]>();
  await sweepRealCloud();
  const policyServer = selected.some((scenario) => scenario.usesPolicyServer) ? await startPolicyServer() : null;
  const started = Date.now();
  try {
    await pool(selected, realConcurrency, async (scenario) => {
      const t0 = Date.now();
      realRuns.set(scenario.name, await runScenario(scenario, realBackend(`${run}-${slug(scenario.name)}`, policyServer?.root)));
      console.info(`[contract] real cloud: ${scenario.name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    });
  } finally {
    await policyServer?.stop();
  }
  console.info(`[contract] real cloud: all scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await sweepRealCloud();
  return realRuns;
}

beforeAll(async () => {
  const mockRuns = new Map<string, Observation[]>();
  for (const scenario of selected) mockRuns.set(scenario.name, await onMock(scenario));
  let realRuns = new Map<string, Observation[]>();
  if (bothMock) {
    console.info('[contract] CONTRACT_BOTH_MOCK=1: the "real" side below is a second fresh mock cloud, not the real one');
    for (const scenario of selected) realRuns.set(scenario.name, await onMock(scenario));
  } else {
    realRuns = await onRealCloud();
  }
  for (const scenario of selected) {
    const mock = mockRuns.get(scenario.name) ?? [];
    const real = realRuns.get(scenario.name) ?? [];
    observed.set(scenario.name, { mock, real });
    comparisons.set(scenario.name, compareScenario(scenario.name, mock, real, allowlist));
  }
  const report = formatReport(selected.map((scenario) => ({ scenario: scenario.name, comparison: comparisons.get(scenario.name) ?? emptyComparison() })));
  console.info(report);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}report.txt`, report);
  writeFileSync(`${outDir}observations.json`, JSON.stringify(Object.fromEntries(observed), null, 1));
});

function emptyComparison(): Comparison {
  return { differences: [], accepted: [], allowedKeys: [], steps: 0 };
}

describe('the mock cloud and the real cloud agree', () => {
  test.each(selected.map((scenario) => [scenario.name]))('%s', (name) => {
    const comparison = comparisons.get(name);
    expect(comparison, 'the scenario ran').toBeDefined();
    const both = observed.get(name);
    expect(both?.mock.length ?? 0, 'the mock run observed something').toBeGreaterThan(0);
    const lines = (comparison?.differences ?? []).map((d) => `[${d.kind}] ${d.step}: ${d.detail}`);
    expect(lines).toEqual([]);
  });
});
