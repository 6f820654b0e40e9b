// @ts-check
/**
 * Builds the app with Vite's JS API (the project's vite.config.ts plus `manifest: true`) into a
 * directory of the benchmark's own, so a running `npm start` or e2e server keeps its dist/, and
 * measures every chunk gzipped (node:zlib, default level, as Vite's own report does).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * @typedef {object} ManifestChunk
 * @property {string} file
 * @property {string} [src]
 * @property {string} [name]
 * @property {boolean} [isEntry]
 * @property {boolean} [isDynamicEntry]
 * @property {string[]} [imports]
 * @property {string[]} [dynamicImports]
 * @property {string[]} [css]
 */

/**
 * @typedef {object} ChunkSize
 * @property {string} file
 * @property {string} label  what the chunk is (source of a lazy entry, or the chunk's name)
 * @property {'initial' | 'demo' | 'lazy'} group
 * @property {number} bytes
 * @property {number} gzip
 */

/**
 * @typedef {object} BundleReport
 * @property {ChunkSize[]} chunks  every JS chunk, initial first
 * @property {number} initialJsGzip  entry + its static imports: the login page and the shell
 * @property {number} initialCssGzip
 * @property {number} demoJsGzip  what only demo mode downloads (the mock cloud and msw): never downloaded against a real cloud
 * @property {number} totalJsGzip
 * @property {Record<string, number>} lazyGzip  per lazy entry (panel, wizard): its chunk plus the shared chunks not in the initial load
 * @property {Array<{ name: string, bytes: number, gzip: number }>} initialParts  what fills the initial JS, by package or source folder (each gzipped on its own)
 */

/** @param {string} root @param {string} outDir */
export async function buildApp(root, outDir) {
  await build({
    root,
    logLevel: 'warn',
    // Hidden source maps: the chunks stay byte for byte what `npm run build` ships (no map comment),
    // and the maps say which packages fill the initial chunk.
    build: { manifest: true, sourcemap: 'hidden', outDir, emptyOutDir: true },
  });
}

/** @param {string} file */
function gzipSize(file) {
  return gzipSync(readFileSync(file)).length;
}

/**
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} key
 * @returns {Set<string>} manifest keys reachable by static imports, key included
 */
function staticClosure(manifest, key) {
  const seen = new Set();
  const stack = [key];
  while (stack.length > 0) {
    const current = /** @type {string} */ (stack.pop());
    if (seen.has(current)) continue;
    seen.add(current);
    for (const next of manifest[current]?.imports ?? []) stack.push(next);
  }
  return seen;
}

/** A readable name for a lazy entry: `src/pages/project/images/route.tsx` → `images panel`. */
/** @param {string} src */
function describeSource(src) {
  const page = /^src\/pages\/project\/([^/]+)\/route\.tsx?$/.exec(src);
  if (page) return page[1] === 'launch' ? 'launch wizard' : `${page[1]} panel`;
  if (src === 'src/mock-cloud/browser.ts') return 'mock cloud (demo only)';
  const messages = /^src\/i18n\/messages\/([^/]+)\//.exec(src);
  if (messages) return `${messages[1]} messages`;
  return src;
}

/**
 * @param {string} outDir
 * @returns {BundleReport}
 */
export function measureBundle(outDir) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('bench: the Vite manifest has no entry');
  const initial = staticClosure(manifest, entryKey);
  const demoKey = Object.keys(manifest).find((key) => manifest[key]?.src === 'src/mock-cloud/browser.ts');
  // What only demo mode downloads: the mock cloud's chunks that no panel or other lazy entry needs
  // (the mock cloud also uses the typed client's schemas, which every signed-in page loads anyway).
  const usedOutsideDemo = new Set(
    Object.keys(manifest)
      .filter((key) => manifest[key]?.isDynamicEntry && key !== demoKey)
      .flatMap((key) => [...staticClosure(manifest, key)]),
  );
  const demo = demoKey ? new Set([...staticClosure(manifest, demoKey)].filter((key) => !initial.has(key) && !usedOutsideDemo.has(key))) : new Set();

  /** @type {ChunkSize[]} */
  const chunks = [];
  /** @type {Map<string, number>} */
  const gzipByKey = new Map();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    const full = path.join(outDir, chunk.file);
    const gzip = gzipSize(full);
    gzipByKey.set(key, gzip);
    const group = initial.has(key) ? 'initial' : demo.has(key) ? 'demo' : 'lazy';
    const label = chunk.isEntry ? 'entry (login page + shell)' : chunk.src ? describeSource(chunk.src) : `shared: ${chunk.name ?? key}`;
    chunks.push({ file: chunk.file, label, group, bytes: readFileSync(full).length, gzip });
  }
  const order = { initial: 0, lazy: 1, demo: 2 };
  chunks.sort((a, b) => order[a.group] - order[b.group] || b.gzip - a.gzip);

  const sum = (/** @type {Iterable<string>} */ keys) => [...keys].reduce((total, key) => total + (gzipByKey.get(key) ?? 0), 0);
  const cssFiles = new Set([...initial].flatMap((key) => manifest[key]?.css ?? []));
  const initialCssGzip = [...cssFiles].reduce((total, file) => total + gzipSize(path.join(outDir, file)), 0);

  /** @type {Record<string, number>} */
  const lazyGzip = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || !chunk.src || key === demoKey) continue;
    const own = [...staticClosure(manifest, key)].filter((k) => !initial.has(k));
    lazyGzip[describeSource(chunk.src)] = sum(own);
  }

  const initialParts = [...initial].flatMap((key) => {
    const file = manifest[key]?.file;
    return file?.endsWith('.js') ? partsOf(path.join(outDir, file)) : [];
  });
  /** @type {Map<string, string>} */
  const merged = new Map();
  for (const part of initialParts) merged.set(part.name, (merged.get(part.name) ?? '') + part.code);

  return {
    chunks,
    initialJsGzip: sum(initial),
    initialCssGzip,
    demoJsGzip: sum(demo),
    totalJsGzip: sum(gzipByKey.keys()),
    lazyGzip,
    initialParts: [...merged]
      .map(([name, code]) => ({ name, bytes: Buffer.byteLength(code), gzip: gzipSync(code).length }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** @param {string} text one source-map segment @returns {number[]} */
function decodeVlq(text) {
  /** @type {number[]} */
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    let digit = base64.indexOf(char);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `…/node_modules/react-dom/cjs/…` → `react-dom`; `../../src/i18n/messages/en/x.ts` → `src/i18n/messages`. */
function partName(/** @type {string} */ source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return /** @type {string} */ (pkg[1]);
  const local = source.replace(/^.*?\bsrc\//, 'src/');
  const parts = local.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : local;
}

/**
 * The generated code of a chunk split by the package or source folder it came from, read from its
 * hidden source map (code without a mapping is left out).
 * @param {string} file
 * @returns {Array<{ name: string, code: string }>}
 */
function partsOf(file) {
  let map;
  try {
    map = /** @type {{ sources: string[], mappings: string }} */ (JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  } catch {
    return [];
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  /** @type {Array<{ name: string, code: string }>} */
  const parts = [];
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    const segments = line.split(',').filter(Boolean).map(decodeVlq);
    let column = 0;
    segments.forEach((segment, i) => {
      column += segment[0] ?? 0;
      if (segment.length > 1) source += segment[1] ?? 0;
      const next = segments[i + 1];
      const end = next ? column + (next[0] ?? 0) : text.length;
      if (segment.length > 1) parts.push({ name: partName(map.sources[source] ?? '?'), code: text.slice(column, end) });
    });
  });
  return parts;
}
