// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { PANEL_MODULES } from '../../../server/route-preload.mjs';
import { paths } from '@/paths';
import { raw } from './fake-cloud';

const noFiles = { cwd: '/nowhere', readFile: () => null };
const indexHtml =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-a1.js"></script><link rel="modulepreload" crossorigin href="/assets/boot-b2.js"></head><body></body></html>';
// The shape of dist/.vite/manifest.json: the entry, its static imports, lazy routes and the chunks they share.
const manifest = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_boot-b2.js'] },
  '_boot-b2.js': { file: 'assets/boot-b2.js' },
  '_panel-kit-c3.js': { file: 'assets/panel-kit-c3.js', imports: ['_boot-b2.js'] },
  'src/pages/project/images/route.tsx': { file: 'assets/route-d4.js', isDynamicEntry: true, imports: ['_boot-b2.js', '_panel-kit-c3.js'] },
  'src/pages/project/volume-snapshots/route.tsx': { file: 'assets/route-e5.js', isDynamicEntry: true, imports: ['_boot-b2.js', '_panel-kit-c3.js'] },
};

function preloadsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1] ?? '');
}

describe('a panel URL gets its chunks preloaded with index.html', () => {
  let dist: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'dash-preload-'));
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, 'index.html'), indexHtml);
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
    ({ server } = createDashboardServer({ config: resolveConfig({}, noFiles), distDir: dist }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dist, { recursive: true, force: true });
  });

  it('preloads the panel chunk and the shared chunk it needs, not what the entry loads already', async () => {
    const images = await raw(port, { path: '/project/images?sort=name', headers: { Accept: 'text/html' } });
    expect(images.status).toBe(200);
    expect(preloadsOf(images.text)).toEqual(['/assets/boot-b2.js', '/assets/route-d4.js', '/assets/panel-kit-c3.js']);
    const detail = await raw(port, { path: '/project/snapshots/abc', headers: { Accept: 'text/html' } });
    expect(preloadsOf(detail.text)).toEqual(['/assets/boot-b2.js', '/assets/route-e5.js', '/assets/panel-kit-c3.js']);
    // The settings stay written in as before.
    expect(images.text).toContain('<script type="application/json" id="os-config">{"mode":"demo"}</script>');
  });

  it('preloads nothing for the login page or the root', async () => {
    for (const route of ['/auth/login', '/', '/project/imagesx']) {
      const answer = await raw(port, { path: route, headers: { Accept: 'text/html' } });
      expect({ route, preloads: preloadsOf(answer.text) }).toEqual({ route, preloads: ['/assets/boot-b2.js'] });
    }
  });
});

describe('the preload table', () => {
  it('names every lazy route of the app under its URL', () => {
    // The lazy routes' modules are listed once, in src/app/panel-modules.ts (routes.tsx uses that list).
    const routes = readFileSync(path.join(process.cwd(), 'src', 'app', 'panel-modules.ts'), 'utf8');
    const lazy = [...routes.matchAll(/import\('@\/(pages\/[^']+)'\)/g)].map((match) => `src/${match[1]}.tsx`).sort();
    const tree = readFileSync(path.join(process.cwd(), 'src', 'app', 'routes.tsx'), 'utf8');
    expect(tree).not.toMatch(/import\('@\/pages/);
    expect([...tree.matchAll(/lazy: (\(\) => )?panelModules\.\w+/g)]).toHaveLength(lazy.length);
    expect(PANEL_MODULES.map(([, module]) => module).sort()).toEqual(lazy);
    for (const [, module] of PANEL_MODULES) expect(existsSync(path.join(process.cwd(), module))).toBe(true);
    expect(PANEL_MODULES.map(([prefix]) => prefix).sort()).toEqual(
      [paths.instances, paths.images, paths.imageStorage, paths.volumeSnapshots, paths.policies, paths.launch()].sort(),
    );
  });
});
