/**
 * Image download through the dashboard server's single-use links (issue 18): a snapshot of a
 * server (the real cloud's fake driver uploads a few KiB, the mock about a MiB), a link from
 * POST /api/v1/downloads, the bytes through the typed client's download path; their sha512 equals
 * Glance's `os_hash_value` and the bytes Glance itself serves (what `openstack image save` gets);
 * the link is single-use, a Range of it still works, and a volume-backed snapshot has no link.
 * On the real side the scenario starts the download server (server/downloads) on a free port.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveConfig } from '../../../../server/config/index.mjs';
import { createDownloadFeature } from '../../../../server/downloads/index.mjs';
import { createDownloadLink, fetchDownloadBytes } from '@/openstack/glance/download';
import { getImage } from '@/openstack/glance/images';
import { createServerImage } from '@/openstack/nova/server-actions';
import { signIn, type Backend, type Client } from '../backend';
import type { Scenario, ScenarioContext } from '../scenario';
import { bootServer, cirros, deleteImageQuietly, nanoFlavorId, raw } from './common';

const sha512 = (bytes: Uint8Array) => createHash('sha512').update(bytes).digest('hex');
const asBytes = (data: unknown) => (data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as Uint8Array));

/** The downloads API root: the mock's (it answers /api/v1 anywhere), or a server started here. */
async function downloadsRoot(ctx: ScenarioContext, backend: Backend): Promise<string> {
  if (backend.kind === 'mock') return backend.policyRoot;
  const config = resolveConfig({ OS_AUTH_URL: backend.authUrl }, { cwd: '/nowhere', readFile: () => null });
  if (config.mode === 'demo') throw new Error('no cloud to download from');
  const downloads = createDownloadFeature({ config, log: () => {} });
  const server = http.createServer((req, res) =>
    downloads.handle(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ctx.cleanup(
    () =>
      new Promise<void>((resolve) => {
        downloads.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
}

async function snapshotOfServer(ctx: ScenarioContext, client: Client): Promise<string> {
  const { backend } = ctx;
  const base = await cirros(client);
  const booted = await bootServer(ctx, client, { name: `${backend.prefix}-dl-vm`, imageRef: base.id, flavorRef: await nanoFlavorId(client), networks: 'auto' });
  const { imageId } = await createServerImage(client.api, booted.id, { name: `${backend.prefix}-dl-snap` });
  ctx.cleanup(() => deleteImageQuietly(client, imageId));
  await ctx.poll('snapshot active', () => getImage(client.api, imageId), (image) => image.status === 'active' || image.status === 'killed');
  return imageId;
}

export const downloadScenario: Scenario = {
  name: 'image download through a single-use link',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    client.api.http('downloads').defaults.baseURL = await downloadsRoot(ctx, backend);
    const imageId = await snapshotOfServer(ctx, client);
    const image = await getImage(client.api, imageId);

    const link = await rec.call(client, 'POST /api/v1/downloads', () => createDownloadLink(client.api, imageId), {
      select: (body) => ({ ...(body as object), size: 0 }),
    });
    if (!link.result) throw new Error(`no download link: ${link.error?.message ?? ''}`);
    rec.value('link names the file <name>.<disk_format>', link.result.name === `${image.name ?? ''}.${image.disk_format ?? ''}`);
    rec.value('link announces Glance’s size and hashes', {
      size: link.result.size === image.size,
      hashAlgo: link.result.checksum.hashAlgo,
      hashValue: link.result.checksum.hashValue === image['os_hash_value'],
      md5: link.result.checksum.md5 === image.checksum,
    });

    const file = await rec.call(client, 'GET the link', () => fetchDownloadBytes(client.api, link.result!), { shape: false });
    const bytes = asBytes(file.result);
    const direct = await raw(client, 'image', 'GET', `/v2/images/${imageId}/file`, { headers: { Accept: 'application/octet-stream' } });
    const fromGlance = await client.api.http('image').get<ArrayBuffer>(`/v2/images/${imageId}/file`, { responseType: 'arraybuffer' });
    rec.status('GET /v2/images/{id}/file directly', [direct.status]);
    rec.value('downloaded bytes', {
      length: bytes.length === image.size,
      sha512IsGlances: sha512(bytes) === image['os_hash_value'],
      sameAsGlanceServes: sha512(bytes) === sha512(asBytes(fromGlance.data)),
    });
    rec.value('GET headers', {
      disposition: String(file.last?.headers['content-disposition'] ?? '').startsWith('attachment; '),
      nosniff: file.last?.headers['x-content-type-options'] ?? null,
      cache: file.last?.headers['cache-control'] ?? null,
      type: file.last?.headers['content-type'] ?? null,
    });

    const again = await rec.call(client, 'GET the link again (used)', () => fetchDownloadBytes(client.api, link.result!), { shape: false });
    rec.value('used link: status', again.error?.status ?? null);
    const url = new URL(link.result.url, client.api.http('downloads').defaults.baseURL).href;
    const tail = await raw(client, 'downloads', 'GET', url, { headers: { Range: 'bytes=100-' }, params: {} });
    rec.status('GET the used link with Range (resume)', [tail.status]);
    rec.value('Range answer', {
      contentRange: String(tail.headers['content-range'] ?? '') === `bytes 100-${(image.size ?? 0) - 1}/${image.size ?? 0}`,
    });

    const missing = await rec.call(client, 'POST /api/v1/downloads for an unknown image', () => createDownloadLink(client.api, '00000000-0000-4000-8000-000000000000'));
    rec.value('unknown image: status', missing.error?.status ?? null);
  },
};
