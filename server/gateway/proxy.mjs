// @ts-check
/**
 * The forwarding itself, on http-proxy-3: the library opens the upstream request (through our
 * connection pools, with our TLS settings), streams the browser's body up and, unless the answer
 * must be read first (`selfHandleResponse`), streams the answer down. This module wires the
 * library's events to the gateway's rules, which the library does not decide:
 *
 *   proxyReq   only allowlisted headers go up, with the upstream's Host; the idle timeout
 *   proxyRes   only allowlisted headers come back, Location mapped into the gateway, no-store;
 *              answers that may need rewriting go to the answer reader
 *   error      502 / 504 with a JSON body (or a cut connection once the answer has begun)
 */
import { createProxyServer } from 'http-proxy-3';
import { sendUpstreamError, UpstreamTimeout } from './errors.mjs';
import { answerHeaders, prepareUpstreamHeaders, replaceHeaders } from './headers.mjs';
import { rewriteLocation } from './link-rewrite.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('node:http').ClientRequest} ClientRequest */
/** @typedef {import('./agents.mjs').Agents} Agents */
/** @typedef {import('./targets.mjs').ToGatewayUrl} ToGatewayUrl */
/** @typedef {import('./rewrite-answer.mjs').ReadAnswer} ReadAnswer */

/**
 * @typedef {object} Job one forwarded request
 * @property {URL} target the upstream URL (origin from the allowlist, checked path, raw query)
 * @property {string} origin the request's origin, for rewritten URLs
 * @property {boolean} catalog whether the answer may hold a catalog to take
 * @property {boolean} readFirst whether the answer goes to the answer reader
 * @property {boolean} answered whether the upstream has begun to answer
 * @property {ClientRequest} [upstream]
 */

/**
 * @typedef {object} ForwarderOptions
 * @property {Agents} agents
 * @property {number} timeoutMs idle time after which an upstream counts as not answering
 * @property {ToGatewayUrl} toGatewayUrl
 * @property {ReadAnswer} readAnswer for catalog answers and answers to GET
 */

/**
 * @typedef {object} Forwarder
 * @property {(req: IncomingMessage, res: ServerResponse, target: URL, how: { origin: string, catalog: boolean }) => void} forward
 * @property {() => void} close
 */

/**
 * @param {ForwarderOptions} options
 * @returns {Forwarder}
 */
export function createForwarder({ agents, timeoutMs, toGatewayUrl, readAnswer }) {
  // The whole upstream URL is the target (ignorePath): the library never joins the browser's path.
  const proxy = createProxyServer({ ignorePath: true, changeOrigin: true, xfwd: false, followRedirects: false });
  /** @type {WeakMap<IncomingMessage, Job>} */
  const jobs = new WeakMap();

  proxy.on('proxyReq', (proxyReq, req) => {
    const job = jobs.get(req);
    if (!job) {
      proxyReq.destroy(new Error('not a request of the gateway'));
      return;
    }
    job.upstream = proxyReq;
    try {
      prepareUpstreamHeaders(proxyReq, job.target.host);
    } catch (error) {
      // The headers left already: never let a request go up unfiltered.
      proxyReq.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    // A DELETE mostly answers 204, and uwsgi's --http-auto-chunked (common in front of Keystone)
    // frames a stray empty chunk onto 204s that a kept-alive socket would read as the next answer:
    // such requests get a connection of their own.
    if (req.method === 'DELETE') proxyReq.setHeader('Connection', 'close');
    proxyReq.setTimeout(timeoutMs, () => proxyReq.destroy(new UpstreamTimeout(timeoutMs)));
  });

  proxy.on('proxyRes', (proxyRes, req, res) => {
    const job = jobs.get(req);
    if (!job) {
      res.destroy();
      return;
    }
    job.answered = true;
    // An upstream that breaks off mid-answer: the browser must see a cut connection, not a hang.
    proxyRes.on('error', () => res.destroy());
    const headers = answerHeaders(proxyRes.headers, (location) =>
      rewriteLocation(location, job.target, job.origin, toGatewayUrl),
    );
    if (job.readFirst) readAnswer(job, proxyRes, req, res, headers);
    else replaceHeaders(proxyRes.headers, headers);
  });

  proxy.on('error', (error, req, res) => {
    const job = jobs.get(req);
    job?.upstream?.destroy();
    if (!('writeHead' in res)) {
      res.destroy();
      return;
    }
    if (job?.answered) {
      if (!res.writableEnded) res.destroy();
      return;
    }
    sendUpstreamError(res, job?.target.host ?? 'the upstream', error);
  });

  return {
    forward(req, res, target, { origin, catalog }) {
      const readFirst = catalog || req.method === 'GET';
      jobs.set(req, { target, origin, catalog, readFirst, answered: false });
      // http-proxy-3 skips its proxyReq event for a request that carries Expect (it would go up
      // with the browser's headers unfiltered); this server has answered 100-continue already.
      delete req.headers['expect'];
      proxy.web(req, res, {
        target,
        agent: agents.forUrl(target),
        secure: !agents.tls.insecure,
        ...(agents.tls.ca ? { ca: agents.tls.ca } : {}),
        selfHandleResponse: readFirst,
      });
    },
    close() {
      proxy.close();
    },
  };
}
