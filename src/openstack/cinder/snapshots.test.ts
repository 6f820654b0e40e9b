import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, TEST_PROJECT_ID, testApi } from '../test-support';
import { snapshotProgress } from './helpers';
import {
  createVolumeSnapshot,
  deleteVolumeSnapshot,
  getVolumeSnapshot,
  listAllVolumeSnapshots,
  listVolumeSnapshots,
  updateVolumeSnapshot,
} from './snapshots';

const CINDER = TEST_ENDPOINTS.volume;
const server = startMockServer();
const show = sampleRecord('cinder/snapshots/v3.65/snapshot-show-response.json');

function snapshotWithId(id: string): Record<string, unknown> {
  return { ...(show['snapshot'] as Record<string, unknown>), id, name: `snap ${id}` };
}

describe('listVolumeSnapshots', () => {
  it('pages with the marker of the absolute snapshots_links next href', async () => {
    const seen: URL[] = [];
    // Cinder builds next links from its own idea of its URL: another host and port.
    const next = (marker: string) => `http://127.0.0.1:8776/v3/${TEST_PROJECT_ID}/snapshots/detail?limit=1&marker=${marker}`;
    server.use(
      http.get(`${CINDER}/snapshots/detail`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        expect(request.headers.get('OpenStack-API-Version')).toBe('volume 3.71');
        const marker = url.searchParams.get('marker');
        if (marker === null) {
          return HttpResponse.json({
            ...sampleRecord('cinder/snapshots/v3.65/snapshots-list-detailed-response.json'),
            snapshots_links: [{ rel: 'next', href: next('d0083dc5-8795-4c1a-bc9c-74f70006c205') }],
          });
        }
        if (marker === 'd0083dc5-8795-4c1a-bc9c-74f70006c205') {
          return HttpResponse.json({ snapshots: [snapshotWithId('s2')], snapshots_links: [{ rel: 'next', href: next('s2') }] });
        }
        return HttpResponse.json({ snapshots: [snapshotWithId('s3')] });
      }),
    );
    const api = testApi();
    const first = await listVolumeSnapshots(api, { limit: 1, status: 'available', volumeId: 'v1', sortKey: 'created_at', sortDir: 'desc' });
    expect(first.nextMarker).toBe('d0083dc5-8795-4c1a-bc9c-74f70006c205');
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({ limit: '1', status: 'available', volume_id: 'v1', sort: 'created_at:desc' });
    const all = await listAllVolumeSnapshots(api, { limit: 1 });
    expect(all.map((s) => s.id)).toEqual(['d0083dc5-8795-4c1a-bc9c-74f70006c205', 's2', 's3']);
    expect(all[0]?.consumes_quota).toBe(true);
    const [firstSnapshot] = all;
    expect(firstSnapshot && snapshotProgress(firstSnapshot)).toBe(0);
  });

  it('reads the 3.0 answer (no group_snapshot_id, user_id, consumes_quota)', async () => {
    server.use(http.get(`${CINDER}/snapshots/detail`, () => HttpResponse.json(sampleRecord('cinder/snapshots/snapshots-list-detailed-response.json'))));
    const page = await listVolumeSnapshots(testApi());
    expect(page).toMatchObject({ nextMarker: null, snapshots: [{ name: 'snap-001', status: 'creating', updated_at: null }] });
    expect(page.snapshots[0]?.consumes_quota).toBeUndefined();
  });
});

describe('snapshot calls', () => {
  it('get, update (PUT {"snapshot"}), create and delete', async () => {
    const bodies: unknown[] = [];
    let deleted = '';
    server.use(
      http.get(`${CINDER}/snapshots/:id`, () => HttpResponse.json(show)),
      http.put(`${CINDER}/snapshots/:id`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ snapshot: { ...snapshotWithId('4a584cae-e4ce-429b-9154-d4c9eb8fda4c'), name: 'renamed' } });
      }),
      http.post(`${CINDER}/snapshots`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ snapshot: snapshotWithId('new') }, { status: 202 });
      }),
      http.delete(`${CINDER}/snapshots/:id`, ({ params }) => {
        deleted = String(params['id']);
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const api = testApi();
    expect((await getVolumeSnapshot(api, '4a584cae-e4ce-429b-9154-d4c9eb8fda4c')).group_snapshot_id).toBeNull();
    expect((await updateVolumeSnapshot(api, '4a584cae', { name: 'renamed' })).name).toBe('renamed');
    expect((await createVolumeSnapshot(api, { volumeId: 'vol-1', name: 'n', force: true })).id).toBe('new');
    await deleteVolumeSnapshot(api, 'old');
    expect(bodies).toEqual([{ snapshot: { name: 'renamed' } }, { snapshot: { volume_id: 'vol-1', name: 'n', force: true } }]);
    expect(deleted).toBe('old');
  });

  it('Cinder’s 413 overLimit becomes an OpenStackError with Cinder’s message', async () => {
    server.use(
      http.post(`${CINDER}/snapshots`, () =>
        HttpResponse.json(
          { overLimit: { code: 413, message: 'SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded', retryAfter: '0' } },
          { status: 413, headers: { 'Retry-After': '0' } },
        ),
      ),
    );
    const error = await openStackFailure(createVolumeSnapshot(testApi(), { volumeId: 'vol-1' }));
    expect(error).toMatchObject({
      service: 'volume',
      kind: 'http',
      status: 413,
      faultName: 'overLimit',
      message: 'SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded',
    });
  });

  it('Cinder’s 400 badRequest on delete keeps its message', async () => {
    server.use(
      http.delete(`${CINDER}/snapshots/:id`, () =>
        HttpResponse.json({ badRequest: { code: 400, message: 'Invalid snapshot: Volume Snapshot status must be available or error.' } }, { status: 400 }),
      ),
    );
    const error = await openStackFailure(deleteVolumeSnapshot(testApi(), 'x'));
    expect(error.message).toBe('Invalid snapshot: Volume Snapshot status must be available or error.');
  });
});
