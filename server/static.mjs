// @ts-check
/**
 * Serves the built app from dist/: files as they are, index.html for client routes, long-lived
 * caching for Vite's hashed /assets/*, and gzip/brotli for text files (compressed once, kept in memory).
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readManifest, routePreloads, withPreloads } from './route-preload.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt']);
const COMPRESS_MIN_BYTES = 1024;
const COMPRESS_MAX_BYTES = 32 * 1024 * 1024;

/**
 * @typedef {object} CachedVariants
 * @property {string} tag size+mtime of the file they were made from
 * @property {Promise<Buffer>} [br]
 * @property {Promise<Buffer>} [gzip]
 */

/**
 * @typedef {object} StaticOptions
 * @property {(req: IncomingMessage) => string | null} [configFor] the body of /os/config.json for
 *   this request, written into index.html so the app starts without asking for it (null: leave it out)
 */

/** The element the app reads its settings from (src/cloud/runtime-config.ts reads the same id). */
export const INLINE_CONFIG_ID = 'os-config';

/**
 * A JSON data block: never executed, so the Content-Security-Policy's `script-src 'self'` allows it;
 * `<` is escaped so no value can close the element.
 * @param {string} html
 * @param {string} json
 */
export function withInlineConfig(html, json) {
  const block = `<script type="application/json" id="${INLINE_CONFIG_ID}">${json.replace(/</g, '\\u003c')}</script>`;
  return html.includes('</head>') ? html.replace('</head>', `${block}</head>`) : `${block}${html}`;
}

/**
 * The Content-Security-Policy sources of the page's own inline scripts (`<script>` with no
 * attributes: the first-requests script Vite writes in, src/openstack/early-requests/replay.mjs),
 * so `script-src` allows exactly those texts and nothing else inline.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptSources(html) {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
  );
}

/**
 * `policy` with `sources` added to its script-src.
 * @param {string} policy
 * @param {readonly string[]} sources
 */
export function withScriptSources(policy, sources) {
  if (sources.length === 0) return policy;
  return policy.replace(/script-src ([^;]*)/, (_, allowed) => `script-src ${allowed} ${sources.join(' ')}`);
}

/**
 * @param {ServerResponse} res
 * @param {readonly string[]} sources
 */
function allowInlineScripts(res, sources) {
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy === 'string') res.setHeader('Content-Security-Policy', withScriptSources(policy, sources));
}

/**
 * @param {string} root the dist/ directory
 * @param {StaticOptions} [options]
 * @returns {(req: IncomingMessage, res: ServerResponse) => void}
 */
export function createStaticHandler(root, options = {}) {
  const base = path.resolve(root);
  /** @type {Map<string, CachedVariants>} */
  const compressed = new Map();

  /**
   * @param {string} file
   * @param {string} tag
   * @param {'br' | 'gzip'} encoding
   */
  function variant(file, tag, encoding) {
    let entry = compressed.get(file);
    if (!entry || entry.tag !== tag) {
      entry = { tag };
      compressed.set(file, entry);
    }
    const made = entry[encoding];
    if (made) return made;
    const making = fs
      .readFile(file)
      .then((data) =>
        encoding === 'br'
          ? brotliAsync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } })
          : gzipAsync(data, { level: 9 }),
      );
    entry[encoding] = making;
    making.catch(() => compressed.delete(file));
    return making;
  }

  /**
   * Maps a URL path to a file below root, or null if it would leave root or is malformed.
   * @param {string} urlPath
   */
  function fileFor(urlPath) {
    /** @type {string} */
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    if (decoded.split('/').some((segment) => segment === '..')) return null;
    const file = path.resolve(base, `.${path.posix.normalize(decoded)}`);
    return file === base || file.startsWith(`${base}${path.sep}`) ? file : null;
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {number} status
   * @param {string} message
   */
  function plain(req, res, status, message) {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(message),
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : message);
  }

  /**
   * @param {string} file
   */
  async function statFile(file) {
    try {
      const stat = await fs.stat(file);
      return stat.isFile() ? stat : null;
    } catch {
      return null;
    }
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} file
   * @param {import('node:fs').Stats} stat
   * @param {string} cacheControl
   */
  async function sendFile(req, res, file, stat, cacheControl) {
    const ext = path.extname(file).toLowerCase();
    const tag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ETag: tag,
      'Last-Modified': stat.mtime.toUTCString(),
    };
    const compressible = COMPRESSIBLE.has(ext) && stat.size >= COMPRESS_MIN_BYTES && stat.size <= COMPRESS_MAX_BYTES;
    if (compressible) headers['Vary'] = 'Accept-Encoding';
    if (req.headers['if-none-match'] === tag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    /** @type {'br' | 'gzip' | null} */
    const encoding = !compressible ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      try {
        const body = await variant(file, tag, encoding);
        headers['Content-Encoding'] = encoding;
        headers['Content-Length'] = body.length;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      } catch {
        // fall back to the plain file
      }
    }
    headers['Content-Length'] = stat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(req, res, 405, 'Method not allowed.');
      return;
    }
    const url = req.url ?? '/';
    if (!url.startsWith('/')) {
      plain(req, res, 400, 'Bad request.');
      return;
    }
    const urlPath = url.split('?')[0] ?? '/';
    const file = fileFor(urlPath);
    if (file === null) {
      plain(req, res, 400, 'Bad request.');
      return;
    }
    const isAsset = urlPath.startsWith('/assets/');
    const stat = file === base ? null : await statFile(file);
    if (stat && path.basename(file) === 'index.html' && path.dirname(file) === base) {
      await sendIndex(req, res, file, stat, urlPath);
      return;
    }
    if (stat) {
      await sendFile(req, res, file, stat, isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    // A missing hashed asset or file with an extension is a 404, not the app's HTML (a stale
    // script tag must not receive text/html). Client routes get index.html.
    if (isAsset || /\.[A-Za-z0-9]+$/.test(urlPath)) {
      plain(req, res, 404, 'Not found.');
      return;
    }
    const index = path.join(base, 'index.html');
    const indexStat = await statFile(index);
    if (!indexStat) {
      plain(req, res, 404, 'Not found: the app is not built (run npm run build).');
      return;
    }
    await sendIndex(req, res, index, indexStat, urlPath);
  }

  /** @type {Map<string, { tag: string, html: Promise<string>, scripts: Promise<string[]>, manifest: import('./route-preload.mjs').ViteManifest | null }>} */
  const indexCache = new Map();

  /**
   * index.html with the settings written in (one request fewer before the first list request)
   * and the panel's chunks preloaded for a panel URL (route-preload.mjs); as a plain file when
   * there is nothing to write in.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} file
   * @param {import('node:fs').Stats} stat
   * @param {string} urlPath
   */
  async function sendIndex(req, res, file, stat, urlPath) {
    const json = options.configFor?.(req) ?? null;
    const tag = `${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`;
    let cached = indexCache.get(file);
    if (!cached || cached.tag !== tag) {
      // Read again with index.html: a new build writes both.
      const html = fs.readFile(file, 'utf8');
      cached = { tag, html, scripts: html.then(inlineScriptSources), manifest: readManifest(base) };
      indexCache.set(file, cached);
    }
    allowInlineScripts(res, await cached.scripts);
    const preloads = cached.manifest ? routePreloads(cached.manifest, urlPath) : [];
    if (json === null && preloads.length === 0) {
      await sendFile(req, res, file, stat, 'no-cache');
      return;
    }
    const html = withPreloads(await cached.html, preloads);
    const body = Buffer.from(json === null ? html : withInlineConfig(html, json));
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const gzipped = /\bgzip\b/.test(accepts) ? await gzipAsync(body) : null;
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': TYPES['.html'] ?? 'text/html',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'Content-Length': (gzipped ?? body).length,
    };
    if (gzipped) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : (gzipped ?? body));
  }

  return (req, res) => {
    serve(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else plain(req, res, 500, 'Internal server error.');
    });
  };
}
