// @ts-check
/**
 * The first list request of a page, sent by a script written into index.html before any of the
 * app's code has arrived. The app records what a panel's first request is (src/app/first-requests.ts, by running
 * its data layer without sending anything); this script only repeats it with the tab's token, and
 * the app's data layer takes the answer instead of asking again (adapter.ts).
 * It runs in the page as its own text (Function#toString): no imports, no outer names.
 */

/** Where the app writes the recorded requests (sessionStorage: they live and die with the tab's session). */
export const FIRST_REQUESTS_KEY = 'snapshot-dashboard.first-requests';

/** The global the script leaves its requests under, for the data layer to take. */
export const EARLY_REQUESTS_GLOBAL = '__snapshotDashboardEarlyRequests';

/** The session's key in sessionStorage (src/cloud/session-store.ts writes it). */
export const SESSION_KEY = 'snapshot-dashboard.session';

/**
 * Sends the requests recorded for this page's address, if the tab holds a live session of the
 * project they were recorded in, and only to that session's own endpoints. Never throws: without
 * it the app sends its requests itself.
 * @param {Window & typeof globalThis} win
 * @param {string} sessionKey
 * @param {string} requestsKey
 * @param {string} globalName
 */
export function replayFirstRequests(win, sessionKey, requestsKey, globalName) {
  try {
    const session = JSON.parse(win.sessionStorage.getItem(sessionKey) || 'null');
    const recorded = JSON.parse(win.sessionStorage.getItem(requestsKey) || 'null');
    if (!session || !recorded || typeof session.token !== 'string' || !session.project) return;
    if (recorded.project !== session.project.id || recorded.authUrl !== session.authUrl) return;
    if (!(Date.parse(session.expiresAt) > Date.now())) return;
    const planned = recorded.pages && recorded.pages[win.location.pathname + win.location.search];
    if (!Array.isArray(planned)) return;
    /** @type {string[]} */
    const endpoints = [];
    for (const entry of session.catalog || []) for (const endpoint of entry.endpoints || []) endpoints.push(String(endpoint.url).replace(/\/*$/, '/'));
    const sent = [];
    for (const request of planned) {
      const url = request && request.url;
      if (typeof url !== 'string' || !endpoints.some((endpoint) => url.startsWith(endpoint))) continue;
      const headers = Object.assign({}, request.headers, { 'X-Auth-Token': session.token });
      const response = win.fetch(url, { headers, credentials: 'same-origin' });
      response.catch(() => undefined);
      sent.push({ url, token: session.token, at: Date.now(), response });
    }
    Reflect.set(win, globalName, sent);
  } catch {
    // the app sends its own requests
  }
}

/** The script's text as index.html carries it. */
export function firstRequestsScript() {
  const args = [SESSION_KEY, FIRST_REQUESTS_KEY, EARLY_REQUESTS_GLOBAL].map((value) => JSON.stringify(value)).join(',');
  return `(${replayFirstRequests.toString()})(window,${args});`;
}
