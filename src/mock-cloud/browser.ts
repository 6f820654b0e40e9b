import { setupWorker } from 'msw/browser';
import { createMockCloud, type MockCloud } from './index';
import { absorbServiceWorkerUpdateFailures } from './service-worker-errors';

const storageKey = 'mock-cloud-state';
const saveDelayMs = 300;
let current: MockCloud | undefined;

function save(): void {
  if (!current || benchScenario) return;
  try {
    sessionStorage.setItem(storageKey, current.exportState());
  } catch (error) {
    console.warn('[mock-cloud] could not save the demo state', error);
  }
}

/**
 * The demo's cloud: served by the service worker at /mockServiceWorker.js under `${origin}/mock-cloud`,
 * restored from sessionStorage and saved (debounced) after every mutating request. Lifecycles run in real time.
 * Also exposed as `window.mockCloud` so Playwright can arrange scenarios.
 */
export async function startDemoCloud(): Promise<MockCloud> {
  if (current) return current;
  const cloud = createMockCloud({ baseUrl: `${location.origin}/mock-cloud`, timeScale: 1 });
  benchScenario = readBenchScenario(location.search, sessionStorage);
  const saved = benchScenario ? null : sessionStorage.getItem(storageKey);
  if (saved) {
    try {
      cloud.importState(saved);
    } catch (error) {
      console.warn('[mock-cloud] discarding a saved state that does not load', error);
      sessionStorage.removeItem(storageKey);
    }
  }
  if (benchScenario) applyBenchScenario(cloud, benchScenario);
  current = cloud;
  const worker = setupWorker(...cloud.handlers);
  let timer: ReturnType<typeof setTimeout> | undefined;
  worker.events.on('response:mocked', ({ request }) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  });
  addEventListener('pagehide', save);
  absorbServiceWorkerUpdateFailures();
  await worker.start({ onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
  (globalThis as { mockCloud?: MockCloud }).mockCloud = cloud;
  return cloud;
}

/** Back to the seed, and forget the saved state. */
export async function resetDemoCloud(): Promise<void> {
  current?.reset();
  sessionStorage.removeItem(storageKey);
}

// ---- Benchmark scenario (`npm run bench`, scripts/bench/) -------------------------------------------
// Only the demo cloud reads it (this module is never loaded in gateway mode). A benchmarked cloud
// starts from the seed every page load and is never saved: 10,000 images do not fit sessionStorage.

/** `?bench-scale=large&bench-latency=100`, or the same JSON in sessionStorage['mock-cloud-bench']. */
export interface BenchScenario {
  /** small: the demo seed as it is; large: + 10,000 images, 2,000 servers, 2,000 volume snapshots. */
  scale: 'small' | 'large';
  /** Every response waits this long (slowCloud). */
  latencyMs: number;
}

const benchStorageKey = 'mock-cloud-bench';
let benchScenario: BenchScenario | null = null;

/** The URL's bench-* parameters win (and are remembered for this tab); else what the benchmark stored. */
function readBenchScenario(search: string, storage: Pick<Storage, 'getItem' | 'setItem'>): BenchScenario | null {
  const params = new URLSearchParams(search);
  let raw: unknown = null;
  if (params.has('bench-scale') || params.has('bench-latency')) {
    raw = { scale: params.get('bench-scale') ?? 'small', latencyMs: Number(params.get('bench-latency') ?? 0) };
  } else {
    try {
      raw = JSON.parse(storage.getItem(benchStorageKey) ?? 'null');
    } catch {
      raw = null;
    }
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { scale, latencyMs } = raw as { scale?: unknown; latencyMs?: unknown };
  const scenario: BenchScenario = {
    scale: scale === 'large' ? 'large' : 'small',
    latencyMs: typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs > 0 ? latencyMs : 0,
  };
  storage.setItem(benchStorageKey, JSON.stringify(scenario));
  return scenario;
}

function applyBenchScenario(cloud: MockCloud, scenario: BenchScenario): void {
  if (scenario.scale === 'large') {
    cloud.scenarios.withImages(10_000);
    cloud.scenarios.withServers(2_000);
    cloud.scenarios.withVolumeSnapshots(2_000);
  }
  cloud.scenarios.slowCloud(scenario.latencyMs);
  console.info(`[mock-cloud] benchmark scenario: ${scenario.scale}, ${scenario.latencyMs} ms per response`);
}
