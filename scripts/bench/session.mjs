// @ts-check
/**
 * One benchmark session = one fresh browser context (its own sessionStorage, so its own demo cloud
 * at the asked scale and latency), logged in with the demo account, parked on an empty shell page,
 * with every request to the mock cloud recorded.
 */

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * @typedef {object} Scenario
 * @property {'small' | 'large'} scale
 * @property {number} latencyMs
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path  the path under /mock-cloud/, query included
 * @property {number} start  ms (node's clock) when the page sent it
 * @property {number | null} end  ms when it finished or failed
 */

/** Where the benchmark parks a fresh session: a page of the shell that loads no data. */
export const parkingPath = '/project/benchmark-start';

/** Where a row of the shared DataTable starts (skeleton, message and spacer rows have other classes). */
export const dataRowSelector = 'tr.data-table__row';

/** Records every request the page makes to the mock cloud, with start and end times. */
export class RequestRecorder {
  /** @type {RecordedRequest[]} */
  requests = [];
  /** @type {Map<import('playwright-core').Request, RecordedRequest>} */
  #open = new Map();

  /** @param {Page} page */
  constructor(page) {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/mock-cloud/')) return;
      const entry = { method: request.method(), path: url.pathname.slice('/mock-cloud'.length) + url.search, start: Date.now(), end: null };
      this.requests.push(entry);
      this.#open.set(request, entry);
    });
    const close = (/** @type {import('playwright-core').Request} */ request) => {
      const entry = this.#open.get(request);
      if (!entry) return;
      entry.end = Date.now();
      this.#open.delete(request);
    };
    page.on('requestfinished', close);
    page.on('requestfailed', close);
  }

  get inFlight() {
    return this.#open.size;
  }

  /** @param {number} since */
  after(since) {
    return this.requests.filter((request) => request.start >= since);
  }

  /**
   * Resolves once no request has been open or started for `quietMs`.
   * @param {number} quietMs
   * @param {number} [timeoutMs]
   */
  async quiet(quietMs, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const last = Math.max(0, ...this.requests.map((request) => request.end ?? Date.now()), ...this.requests.map((r) => r.start));
      if (this.#open.size === 0 && Date.now() - last >= quietMs) return;
      if (Date.now() > deadline) throw new Error(`bench: the page never went quiet (${this.#open.size} requests open)`);
      await sleep(50);
    }
  }
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The most requests open at once among `requests` (from their start and end events).
 * @param {RecordedRequest[]} requests
 */
export function maxConcurrency(requests) {
  /** @type {Array<[number, number]>} */
  const events = [];
  for (const request of requests) {
    events.push([request.start, 1]);
    events.push([request.end ?? Number.POSITIVE_INFINITY, -1]);
  }
  // Ends before starts at the same instant: a request that finished is not open any more.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let max = 0;
  for (const [, delta] of events) {
    open += delta;
    max = Math.max(max, open);
  }
  return max;
}

/**
 * @typedef {object} Session
 * @property {BrowserContext} context
 * @property {Page} page
 * @property {RequestRecorder} recorder
 * @property {() => Promise<void>} close
 */

/**
 * A fresh context on the demo cloud at `scenario`, signed in, parked on an empty shell page with
 * the seed's own transitions (a server still building, a snapshot still uploading) settled.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Scenario} scenario
 * @param {{ viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<Session>}
 */
export async function openSession(browser, baseUrl, scenario, options = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: options.viewport ?? { width: 1400, height: 900 } });
  await context.addInitScript((value) => {
    try {
      sessionStorage.setItem('mock-cloud-bench', value);
    } catch {
      // about:blank has no storage
    }
  }, JSON.stringify(scenario));
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const recorder = new RequestRecorder(page);
  await page.goto(`/auth/login?next=${encodeURIComponent(parkingPath)}`);
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByRole('button', { name: 'Sign In' }).click();
  try {
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
  } catch (error) {
    const shown = (await page.locator('[role="alert"], .field__error').allInnerTexts().catch(() => [])).join(' / ');
    await context.close();
    throw new Error(`bench: the demo login did not reach the shell${shown ? `; the page says: ${shown}` : ''}`, { cause: error });
  }
  // The seed has builder-1 still building (15 s) and a snapshot still uploading (10 s): let them finish.
  await page.evaluate(() => {
    /** @type {{ advance(ms: number): void } | undefined} */
    const cloud = Reflect.get(globalThis, 'mockCloud');
    if (!cloud) throw new Error('bench: window.mockCloud is missing (is the app in demo mode?)');
    cloud.advance(60_000);
  });
  await recorder.quiet(500);
  return { context, page, recorder, close: () => context.close() };
}

/**
 * Arms in-page probes: the time of the next click, and of the first data row in the table captioned
 * `caption` (a MutationObserver, so the figure does not depend on Playwright's polling).
 * @param {Page} page
 * @param {string} caption
 */
export async function armFirstRowsProbe(page, caption) {
  await page.evaluate(
    ({ caption: wanted, rowSelector }) => {
      /** @type {{ clickAt: number | null, rowsAt: number | null }} */
      const probe = { clickAt: null, rowsAt: null };
      Reflect.set(globalThis, '__benchProbe', probe);
      addEventListener('click', () => (probe.clickAt ??= performance.now()), { capture: true, once: true });
      const check = () => {
        const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.trim() === wanted);
        if (table?.querySelector(`tbody ${rowSelector}`)) {
          probe.rowsAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true });
    },
    { caption, rowSelector: dataRowSelector },
  );
}

/**
 * Waits for the probe armed by armFirstRowsProbe; returns ms from the click to the first rows.
 * @param {Page} page
 */
export async function firstRowsMs(page) {
  const handle = await page.waitForFunction(() => {
    /** @type {{ clickAt: number | null, rowsAt: number | null } | undefined} */
    const probe = Reflect.get(globalThis, '__benchProbe');
    return probe && probe.clickAt !== null && probe.rowsAt !== null ? probe.rowsAt - probe.clickAt : null;
  });
  return Number(await handle.jsonValue());
}

/**
 * Counts in the mock cloud's demo project (what the tables page through).
 * @param {Page} page
 */
export function projectCounts(page) {
  return page.evaluate(() => {
    /** @typedef {{ project_id?: string, owner?: string }} Owned */
    /** @type {{ db: { image: { images: Record<string, Owned> }, compute: { servers: Record<string, Owned> }, volume: { snapshots: Record<string, Owned> } } } | undefined} */
    const cloud = Reflect.get(globalThis, 'mockCloud');
    if (!cloud) return { images: 0, servers: 0, volumeSnapshots: 0 };
    const demoProject = '2a887aef658b4d6ba55127b8661318ca';
    const db = cloud.db;
    return {
      images: Object.values(db.image.images).length,
      servers: Object.values(db.compute.servers).filter((server) => server.project_id === demoProject).length,
      volumeSnapshots: Object.values(db.volume.snapshots).filter((snapshot) => snapshot.project_id === demoProject).length,
    };
  });
}
