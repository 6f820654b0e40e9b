import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { volumeSnapshotKeys, volumeSnapshotQueries } from './cinder/queries';
import { newestImagesPage } from './glance/image-catalog';
import { imageKeys, imageMutations, imageQueries } from './glance/queries';
import { networkQueries } from './neutron/queries';
import { computeQueries, serverKeys, serverMutations, serverQueries } from './nova/queries';
import { startMockServer } from './test-server';
import { TEST_ENDPOINTS, testApi } from './test-support';

const server = startMockServer();

function stale(client: QueryClient, key: readonly unknown[]): boolean | undefined {
  return client.getQueryState(key)?.isInvalidated;
}

describe('query factories', () => {
  it('key every query by service and scope, with the filters in list keys', () => {
    const api = testApi();
    const other = testApi({ projectId: 'another-project' });
    expect(imageQueries.list(api, { limit: 10 }).queryKey).toEqual(['image', api.scope, 'list', { limit: 10 }]);
    expect(imageQueries.detail(api, 'i1').queryKey).toEqual(['image', api.scope, 'detail', 'i1']);
    expect(serverQueries.list(api, {}).queryKey).toEqual(['compute', api.scope, 'servers', 'list', {}]);
    expect(volumeSnapshotQueries.list(api, {}).queryKey.slice(0, 2)).toEqual(['volume', api.scope]);
    expect(imageKeys.all(api)).not.toEqual(imageKeys.all(other));
  });

  it('byIds keys on the sorted, de-duplicated ids', () => {
    const api = testApi();
    expect(imageQueries.byIds(api, ['b', 'a', 'b']).queryKey).toEqual(imageQueries.byIds(api, ['a', 'b']).queryKey);
    expect(imageKeys.byIds(api, ['c', 'a']).at(-1)).toEqual(['a', 'c']);
  });

  it('leave polling to the pages', () => {
    const api = testApi();
    const options = [
      imageQueries.list(api, {}),
      serverQueries.list(api, {}),
      volumeSnapshotQueries.list(api, {}),
      computeQueries.limits(api),
      networkQueries.networks(api),
    ];
    for (const option of options) expect(option).not.toHaveProperty('refetchInterval');
  });
});

describe('mutation options', () => {
  it('deleting an image removes its detail and invalidates lists, without retrying', async () => {
    let calls = 0;
    server.use(
      http.delete(`${TEST_ENDPOINTS.image}/v2/images/:id`, () => {
        calls += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const api = testApi();
    const client = new QueryClient();
    client.setQueryData(imageKeys.list(api, {}), { images: [], nextMarker: null });
    client.setQueryData(imageKeys.detail(api, 'i1'), { id: 'i1' });
    client.setQueryData(imageKeys.detail(api, 'i2'), { id: 'i2' });
    const options = imageMutations.delete(api);
    expect(options.retry).toBe(0);
    await new MutationObserver(client, options).mutate('i1');
    expect(calls).toBe(1);
    expect(client.getQueryState(imageKeys.detail(api, 'i1'))).toBeUndefined();
    expect(stale(client, imageKeys.list(api, {}))).toBe(true);
    expect(stale(client, imageKeys.detail(api, 'i2'))).toBe(false);
  });

  it('a failed delete is not retried and still refreshes the lists', async () => {
    let calls = 0;
    server.use(
      http.delete(`${TEST_ENDPOINTS.image}/v2/images/:id`, () => {
        calls += 1;
        return HttpResponse.json({ message: 'Image i1 is protected and cannot be deleted.<br /><br />', code: '403 Forbidden', title: 'Forbidden' }, { status: 403 });
      }),
    );
    const api = testApi();
    const client = new QueryClient();
    client.setQueryData(imageKeys.list(api, {}), { images: [], nextMarker: null });
    await expect(new MutationObserver(client, imageMutations.delete(api)).mutate('i1')).rejects.toMatchObject({ status: 403 });
    expect(calls).toBe(1);
    expect(stale(client, imageKeys.list(api, {}))).toBe(true);
  });

  it('taking a snapshot refreshes servers, images and volume snapshots', async () => {
    server.use(
      http.post(`${TEST_ENDPOINTS.compute}/servers/:id/action`, () => HttpResponse.json({ image_id: 'new-image' }, { status: 202 })),
      // The Images panel's opening page, read ahead (see the next test).
      http.get(`${TEST_ENDPOINTS.image}/v2/images`, () => HttpResponse.json({ images: [] })),
    );
    const api = testApi();
    const client = new QueryClient();
    const keys = [serverKeys.list(api, {}), imageKeys.list(api, {}), volumeSnapshotKeys.list(api, {})];
    for (const key of keys) client.setQueryData(key, { stale: false });
    const result = await new MutationObserver(client, serverMutations.createImage(api)).mutate({ serverId: 's1', name: 'snap' });
    expect(result).toEqual({ imageId: 'new-image' });
    for (const key of keys) expect(stale(client, key)).toBe(true);
  });

  it('taking a snapshot puts it, queued, on top of the cached Images list as soon as Nova answers', async () => {
    server.use(
      http.post(`${TEST_ENDPOINTS.compute}/servers/:id/action`, () => HttpResponse.json({ image_id: 'new-image' }, { status: 202 })),
    );
    const api = testApi();
    const client = new QueryClient();
    const opening = imageKeys.list(api, newestImagesPage);
    client.setQueryData(opening, { images: [], nextMarker: null, partial: false });
    await new MutationObserver(client, serverMutations.createImage(api)).mutate({ serverId: 's1', name: 'snap' });
    expect(client.getQueryData(opening)).toMatchObject({ images: [{ id: 'new-image', name: 'snap', status: 'queued', instance_uuid: 's1' }] });
    expect(stale(client, opening)).toBe(true);
  });
});
