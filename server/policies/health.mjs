// @ts-check
/**
 * GET /healthz, for load balancers and operators, without a token: whether this replica can reach
 * its database, whether it runs the scheduler and which runs it holds. No policy names, projects
 * or users: run ids only.
 *
 *   200 {"status":"ok","replica":"…","database":"postgres"|"embedded","scheduler":"running"|"off","heldRuns":["<run id>",…]}
 *   503 the same with "status":"unavailable" and "reason" when the database does not answer
 */

export const HEALTH_PATH = '/healthz';
const PING_TIMEOUT_MS = 3000;

/**
 * @typedef {object} HealthSource
 * @property {string} replica
 * @property {'postgres' | 'embedded'} database
 * @property {() => Promise<void>} ping throws when the database does not answer
 * @property {{ heldRuns: () => string[] } | null} scheduler
 */

/**
 * @param {() => Promise<void>} ping
 * @returns {Promise<string | null>} why the database cannot be reached, or null
 */
async function databaseProblem(ping) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(`The database did not answer within ${PING_TIMEOUT_MS / 1000} s.`), PING_TIMEOUT_MS);
  });
  try {
    return /** @type {string | null} */ (
      await Promise.race([ping().then(() => null, (error) => `The database cannot be reached: ${error instanceof Error ? error.message : String(error)}`), late])
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @param {HealthSource} source
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function createHealthHandler(source) {
  return (req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== HEALTH_PATH) return next();
    void (async () => {
      const problem = req.method === 'GET' || req.method === 'HEAD' ? await databaseProblem(source.ping) : null;
      const body =
        req.method === 'GET' || req.method === 'HEAD'
          ? {
              status: problem ? 'unavailable' : 'ok',
              ...(problem ? { reason: problem } : {}),
              replica: source.replica,
              database: source.database,
              scheduler: source.scheduler ? 'running' : 'off',
              heldRuns: source.scheduler?.heldRuns() ?? [],
            }
          : { error: { message: 'Only GET is allowed here.' } };
      const status = req.method !== 'GET' && req.method !== 'HEAD' ? 405 : problem ? 503 : 200;
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(text)),
        'Cache-Control': 'no-store',
        ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    })();
  };
}
