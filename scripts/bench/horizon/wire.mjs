// @ts-check
/**
 * What a page costs on the wire, from Chromium's own network events (CDP): requests that went to
 * the network (not those served from the browser's cache) and their bytes as transferred
 * (`encodedDataLength`: headers and the compressed body).
 */

/**
 * @typedef {object} WireTotals
 * @property {number} requests
 * @property {number} bytes
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function recordWire(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  /** @type {Map<string, { fromCache: boolean, bytes: number, done: boolean, start: number, end: number }>} */
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!/^https?:/.test(event.request.url)) return;
    const known = requests.get(event.requestId);
    // A redirect reuses the id: the hop before it counts as a request of its own.
    if (known) requests.set(`${event.requestId}:${known.start}`, { ...known, done: true, end: Date.now() });
    requests.set(event.requestId, { fromCache: false, bytes: 0, done: false, start: Date.now(), end: 0 });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const entry = requests.get(event.requestId);
    if (entry) entry.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = requests.get(event.requestId);
    if (!entry) return;
    entry.bytes = event.encodedDataLength;
    entry.done = true;
    entry.end = Date.now();
  });
  cdp.on('Network.loadingFailed', (event) => {
    const entry = requests.get(event.requestId);
    if (!entry) return;
    entry.done = true;
    entry.end = Date.now();
  });

  return {
    /** Forget everything recorded so far. */
    reset() {
      requests.clear();
    },
    /** @returns {WireTotals} */
    totals() {
      let count = 0;
      let bytes = 0;
      for (const entry of requests.values()) {
        if (entry.fromCache) continue;
        count += 1;
        bytes += entry.bytes;
      }
      return { requests: count, bytes };
    },
    /** Drops the browser's HTTP cache (for a cold visit). */
    async clearCache() {
      await cdp.send('Network.clearBrowserCache');
    },
    /**
     * Resolves once no request has been open or started for `quietMs` (at most `timeoutMs`).
     * @param {number} quietMs
     * @param {number} [timeoutMs]
     */
    async quiet(quietMs, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const entries = [...requests.values()];
        const open = entries.some((entry) => !entry.done);
        const last = Math.max(0, ...entries.map((entry) => Math.max(entry.start, entry.end)));
        if (!open && Date.now() - last >= quietMs) return;
        if (Date.now() > deadline) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof recordWire>>} Wire */
