/**
 * Image list paging (`limit=1` across pages, relative `next` that keeps the query) and the
 * `image_type=snapshot` filter, over three images of our own (POST /v2/images: the typed client
 * has no image create, so it goes through the session's image endpoint).
 */
import { listAllImages, listImages } from '@/openstack/glance/images';
import { signIn, type Client } from '../backend';
import type { Scenario, ScenarioContext } from '../scenario';
import { deleteImageQuietly, imageSchemaView, raw } from './common';

/** POST /v2/images (201, queued); deleted at clean-up. */
export async function createQueuedImage(ctx: ScenarioContext, client: Client, body: Record<string, unknown>, step?: string): Promise<string> {
  const answer = await raw(client, 'image', 'POST', '/v2/images', { data: body, headers: { 'Content-Type': 'application/json' } });
  const data = answer.data as { id?: string };
  if (data.id) {
    const id = data.id;
    ctx.cleanup(() => deleteImageQuietly(client, id));
  }
  if (step) {
    ctx.rec.status(step, [answer.status]);
    ctx.rec.shape(`${step}: body`, imageSchemaView(answer.data, ['contract_kind']));
    ctx.rec.value(`${step}: Location header`, answer.headers['location'] ?? null);
  }
  if (answer.status !== 201 || !data.id) throw new Error(`POST /v2/images answered ${answer.status}`);
  return data.id;
}

/** The query of a relative Glance link, keys sorted (values normalised by the recorder). */
function linkQuery(link: unknown): { relative: boolean; path: string; query: Record<string, string> } | null {
  if (typeof link !== 'string') return null;
  const url = new URL(link, 'http://relative.invalid');
  const query = Object.fromEntries([...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { relative: link.startsWith('/'), path: url.pathname, query };
}

export const imageListScenario: Scenario = {
  name: 'image list paging and the image_type filter',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const tag = backend.prefix;
    const names = [1, 2, 3].map((n) => `${backend.prefix}-${n}`);
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      const body: Record<string, unknown> = { name, disk_format: 'raw', container_format: 'bare', visibility: 'private', tags: [tag] };
      if (index === 1) body['image_type'] = 'snapshot';
      body['contract_kind'] = 'paging';
      // A second apart: Glance sorts by created_at (seconds), and ties fall back to the random ids.
      if (index > 0) await backend.wait(1100);
      ids.push(await createQueuedImage(ctx, client, body, index === 0 ? 'POST /v2/images' : undefined));
    }

    const pageSizes: number[] = [];
    const seen: string[] = [];
    let marker: string | undefined;
    for (let page = 1; page <= 6; page += 1) {
      const answer = await rec.call(client, `GET /v2/images?tag=…&limit=1 page ${page}`, () => listImages(client.api, { extraQuery: { tag }, limit: 1, marker }), {
        select: (body) => ({ ...(body as Record<string, unknown>), images: ((body as { images?: unknown[] }).images ?? []).map((image) => imageSchemaView(image, ['contract_kind'])) }),
      });
      const data = answer.last?.data as { next?: unknown; first?: unknown } | undefined;
      rec.value(`page ${page}: next and first links`, { next: linkQuery(data?.next), first: linkQuery(data?.first) });
      const images = answer.result?.images ?? [];
      pageSizes.push(images.length);
      seen.push(...images.map((image) => image.name ?? ''));
      marker = answer.result?.nextMarker ?? undefined;
      if (!marker) break;
    }
    rec.value('page sizes until no next link', pageSizes);
    rec.value('every image once, newest first', seen);
    const all = await listAllImages(client.api, { extraQuery: { tag }, limit: 1 });
    rec.value('listAllImages with limit 1', all.map((image) => image.name));

    const snapshots = await rec.call(client, 'GET /v2/images?image_type=snapshot&tag=…', () => listImages(client.api, { properties: { image_type: 'snapshot' }, extraQuery: { tag } }), { shape: false });
    rec.value('image_type=snapshot', snapshots.result?.images.map((image) => image.name) ?? null);
    const sorted = await rec.call(client, 'GET /v2/images?sort_key=name&sort_dir=asc', () => listImages(client.api, { extraQuery: { tag }, sortKey: 'name', sortDir: 'asc' }), { shape: false });
    rec.value('sorted by name ascending', sorted.result?.images.map((image) => image.name) ?? null);
    const byIds = await rec.call(client, 'GET /v2/images?id=in:…', () => listImages(client.api, { ids: [ids[2] ?? '', ids[0] ?? ''] }), { shape: false });
    rec.value('id=in: filter', (byIds.result?.images.map((image) => image.name) ?? []).sort());
    const queued = await rec.call(client, 'GET /v2/images?status=queued&tag=…', () => listImages(client.api, { status: 'queued', extraQuery: { tag } }), { shape: false });
    rec.value('status=queued', queued.result?.images.length ?? -1);
    const bad = await rec.call(client, 'GET /v2/images?limit=-1', () => listImages(client.api, { limit: -1 }));
    rec.value('limit=-1 body', bad.last?.data ?? null);
    const badMarker = await rec.call(client, 'GET /v2/images?marker=<unknown>', () => listImages(client.api, { marker: '00000000-0000-4000-8000-000000000000' }));
    rec.value('unknown marker body', badMarker.last?.data ?? null);
  },
};
