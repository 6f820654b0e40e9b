// @ts-check
/**
 * The chunks a panel's cold load needs beyond index.html's own, read from Vite's manifest
 * (dist/.vite/manifest.json), written into index.html as `<link rel="modulepreload">` for the URL
 * asked: the panel's chunk then downloads alongside the entry instead of after the entry has run
 * and the router has asked for it (one round trip less before the panel's first list request).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The lazy routes of src/app/routes.tsx (their modules: src/app/panel-modules.ts) by URL prefix (src/paths.ts). A URL outside these gets no
 * preload (the login page stays as small as it is).
 * @type {ReadonlyArray<readonly [string, string]>}
 */
export const PANEL_MODULES = [
  ['/project/instances', 'src/pages/project/instances/route.tsx'],
  // Before /project/images: the first prefix that matches wins.
  ['/project/images/storage', 'src/pages/project/images/storage/route.tsx'],
  ['/project/images', 'src/pages/project/images/route.tsx'],
  ['/project/snapshots', 'src/pages/project/volume-snapshots/route.tsx'],
  ['/project/policies', 'src/pages/project/snapshot-policies/route.tsx'],
  ['/project/launch', 'src/pages/project/launch/route.tsx'],
];

/** @typedef {Record<string, { file: string, imports?: string[], isEntry?: boolean }>} ViteManifest */

/**
 * Vite's manifest in `distDir`, or null when the build wrote none (then nothing is preloaded).
 * @param {string} distDir
 * @returns {ViteManifest | null}
 */
export function readManifest(distDir) {
  try {
    return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * @param {ViteManifest} manifest
 * @param {string} key
 * @param {Set<string>} into
 */
function collect(manifest, key, into) {
  if (into.has(key)) return;
  into.add(key);
  for (const next of manifest[key]?.imports ?? []) collect(manifest, next, into);
}

/**
 * The asset URLs to preload for `urlPath`: the panel's chunk and the chunks it imports that
 * index.html does not load already.
 * @param {ViteManifest} manifest
 * @param {string} urlPath
 * @returns {string[]}
 */
export function routePreloads(manifest, urlPath) {
  const match = PANEL_MODULES.find(([prefix]) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
  if (!match || !manifest[match[1]]) return [];
  /** @type {Set<string>} */
  const loaded = new Set();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(manifest, key, loaded);
  /** @type {Set<string>} */
  const needed = new Set();
  collect(manifest, match[1], needed);
  return [...needed].filter((key) => !loaded.has(key)).map((key) => `/${manifest[key]?.file}`);
}

/**
 * @param {string} html
 * @param {readonly string[]} hrefs
 */
export function withPreloads(html, hrefs) {
  if (hrefs.length === 0) return html;
  const links = hrefs.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join('');
  return html.includes('</head>') ? html.replace('</head>', `${links}</head>`) : `${links}${html}`;
}
