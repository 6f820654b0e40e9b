import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '../test-server';
import { TEST_ENDPOINTS, TEST_PROJECT_ID, testApi } from '../test-support';
import { newestImagesPage, type ImageCatalogFilters, type ImageCatalogPage } from './image-catalog';
import { imageKeys } from './queries';
import { showQueuedSnapshot } from './queued-snapshot';
import type { Image } from './schemas';

const server = startMockServer();
const snapshot = { imageId: 'new-snap', name: 'web-1-before-upgrade', serverId: 'server-1' };

function image(id: string, created_at = '2025-01-01T00:00:00Z'): Image {
  return { id, name: id, status: 'active', visibility: 'private', owner: TEST_PROJECT_ID, protected: false, size: 1, min_disk: 0, min_ram: 0, created_at };
}

function page(...ids: string[]): ImageCatalogPage {
  return { images: ids.map((id) => image(id)), nextMarker: null, partial: false };
}

/** Glance's list answers, counted; every test here that lets the opening page be read ahead says so. */
function glanceList(images: Image[]) {
  const asked: string[] = [];
  server.use(
    http.get(`${TEST_ENDPOINTS.image}/v2/images`, ({ request }) => {
      asked.push(new URL(request.url).search);
      return HttpResponse.json({ images });
    }),
  );
  return asked;
}

describe('showQueuedSnapshot', () => {
  it('puts the queued row on top of every cached first page that lists newest first and would list it, and marks those stale', () => {
    const api = testApi();
    const client = new QueryClient();
    const shown: ImageCatalogFilters[] = [
      newestImagesPage,
      { kind: 'snapshots', sort: null, limit: 50 },
      { kind: 'all', nameContains: 'BEFORE', sort: { key: 'created_at', dir: 'desc' } },
      { kind: 'all', owner: TEST_PROJECT_ID, status: 'queued' },
    ];
    const leftAlone: ImageCatalogFilters[] = [
      { ...newestImagesPage, cursor: 'page-2' },
      { ...newestImagesPage, sort: { key: 'name', dir: 'asc' } },
      { ...newestImagesPage, sort: { key: 'created_at', dir: 'asc' } },
      { ...newestImagesPage, kind: 'images' },
      { ...newestImagesPage, nameContains: 'db-' },
      { ...newestImagesPage, visibility: 'public' },
      { ...newestImagesPage, status: 'active' },
      { ...newestImagesPage, notOwner: TEST_PROJECT_ID },
      { ...newestImagesPage, extraQuery: { dashboard_policy_id: 'p1' } },
    ];
    for (const filters of [...shown, ...leftAlone]) client.setQueryData(imageKeys.list(api, filters), page('older'));
    // A plain listing (not a catalog page) is not guessed at either.
    client.setQueryData(imageKeys.list(api, { name: snapshot.name }), page('older'));

    showQueuedSnapshot(client, api, snapshot);

    for (const filters of shown) {
      const data = client.getQueryData<ImageCatalogPage>(imageKeys.list(api, filters));
      expect(data?.images.map((row) => row.id)).toEqual(['new-snap', 'older']);
      expect(client.getQueryState(imageKeys.list(api, filters))?.isInvalidated).toBe(true);
    }
    for (const filters of [...leftAlone, { name: snapshot.name }]) {
      expect(client.getQueryData<ImageCatalogPage>(imageKeys.list(api, filters))?.images.map((row) => row.id)).toEqual(['older']);
      expect(client.getQueryState(imageKeys.list(api, filters))?.isInvalidated).toBe(false);
    }
    const row = client.getQueryData<ImageCatalogPage>(imageKeys.list(api, newestImagesPage))?.images[0];
    expect(row).toMatchObject({
      id: 'new-snap',
      name: 'web-1-before-upgrade',
      status: 'queued',
      image_type: 'snapshot',
      instance_uuid: 'server-1',
      owner: TEST_PROJECT_ID,
    });
    expect(row?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('never adds it twice: not to a page that lists it already, nor on a second call', () => {
    const api = testApi();
    const client = new QueryClient();
    client.setQueryData(imageKeys.list(api, newestImagesPage), page('new-snap', 'older'));
    showQueuedSnapshot(client, api, snapshot);
    showQueuedSnapshot(client, api, snapshot);
    expect(client.getQueryData<ImageCatalogPage>(imageKeys.list(api, newestImagesPage))?.images.map((row) => row.id)).toEqual(['new-snap', 'older']);
    expect(client.getQueryState(imageKeys.list(api, newestImagesPage))?.isInvalidated).toBe(false);
  });

  it('reads the opening page ahead when it is not cached; Glance’s answer is kept as it is when it lists the snapshot', async () => {
    const api = testApi();
    const client = new QueryClient();
    const asked = glanceList([image('new-snap', '2025-02-01T00:00:00Z'), image('older')]);
    showQueuedSnapshot(client, api, snapshot);
    await vi.waitFor(() => expect(client.getQueryState(imageKeys.list(api, newestImagesPage))?.status).toBe('success'));
    expect(asked).toEqual(['?limit=21&sort_key=created_at&sort_dir=desc']);
    const data = client.getQueryData<ImageCatalogPage>(imageKeys.list(api, newestImagesPage));
    expect(data?.images.map((row) => [row.id, row.status])).toEqual([['new-snap', 'active'], ['older', 'active']]);
    expect(client.getQueryState(imageKeys.list(api, newestImagesPage))?.isInvalidated).toBe(false);
  });

  it('adds the row to the page read ahead when Glance does not list the snapshot yet, and marks it stale', async () => {
    const api = testApi();
    const client = new QueryClient();
    glanceList([image('older')]);
    showQueuedSnapshot(client, api, snapshot);
    await vi.waitFor(() => expect(client.getQueryData<ImageCatalogPage>(imageKeys.list(api, newestImagesPage))?.images).toHaveLength(2));
    expect(client.getQueryData<ImageCatalogPage>(imageKeys.list(api, newestImagesPage))?.images.map((row) => row.id)).toEqual(['new-snap', 'older']);
    expect(client.getQueryState(imageKeys.list(api, newestImagesPage))?.isInvalidated).toBe(true);
  });
});
