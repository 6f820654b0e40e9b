import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, TEST_PROJECT_ID, testApi } from '../test-support';
import { isBootable, perTypeQuota } from './helpers';
import { getVolumeLimits } from './limits';
import { listMessages } from './messages';
import { getVolumeQuotaUsage } from './quotas';
import { listVolumeTypes } from './volume-types';
import { createVolume, getVolume, listVolumes } from './volumes';

const CINDER = TEST_ENDPOINTS.volume;
const server = startMockServer();

describe('volumes', () => {
  it('listVolumes sends filters and reads bootable as a string', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${CINDER}/volumes/detail`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json(sampleRecord('cinder/volumes/v3.69/volumes-list-detailed-response.json'));
      }),
    );
    const page = await listVolumes(testApi(), { snapshotId: 'snap-1', bootable: true, status: 'available', limit: 5 });
    expect(Object.fromEntries(query ?? [])).toEqual({ snapshot_id: 'snap-1', bootable: 'true', status: 'available', limit: '5' });
    expect(page.nextMarker).toBeNull();
    const [volume] = page.volumes;
    expect(volume?.bootable).toBe('false');
    expect(volume && isBootable(volume)).toBe(false);
    expect(isBootable({ bootable: 'true' })).toBe(true);
    expect(isBootable({ bootable: 'True' })).toBe(true);
  });

  it('getVolume and createVolume from a snapshot', async () => {
    let sent: unknown;
    server.use(
      http.get(`${CINDER}/volumes/:id`, () => HttpResponse.json(sampleRecord('cinder/volumes/v3.69/volume-create-response.json'))),
      http.post(`${CINDER}/volumes`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(sampleRecord('cinder/volumes/v3.69/volume-create-response.json'), { status: 202 });
      }),
    );
    const api = testApi();
    expect((await getVolume(api, '2b955850-f177-45f7-9f49-ecb2c256d161')).volume_type).toBe('__DEFAULT__');
    const created = await createVolume(api, { name: 'restored', size: 10, snapshotId: 'snap-1' });
    expect(created.status).toBe('creating');
    expect(sent).toEqual({ volume: { name: 'restored', size: 10, snapshot_id: 'snap-1' } });
  });

  it('createVolume refuses a size that is not a positive integer', async () => {
    const error = await openStackFailure(createVolume(testApi(), { name: 'x', size: 0 }));
    expect(error).toMatchObject({ kind: 'parse', field: 'volume.size' });
  });
});

describe('quotas, limits, types and messages', () => {
  it('getVolumeQuotaUsage asks with usage=True and splits per-type keys', async () => {
    let usage: string | null = null;
    server.use(
      http.get(`${CINDER}/os-quota-sets/${TEST_PROJECT_ID}`, ({ request }) => {
        usage = new URL(request.url).searchParams.get('usage');
        return HttpResponse.json(sampleRecord('cinder/quota_sets/quotas-show-usage-response.json'));
      }),
    );
    const quota = await getVolumeQuotaUsage(testApi());
    expect(usage).toBe('True');
    expect(quota.snapshots).toEqual({ in_use: 0, limit: 10, reserved: 0 });
    expect(perTypeQuota(quota, 'snapshots')).toEqual({ __DEFAULT__: { in_use: 0, limit: -1, reserved: 0 } });
    expect(Object.keys(perTypeQuota(quota, 'gigabytes'))).toEqual(['__DEFAULT__']);
  });

  it('a per-type quota key that is not an entry is a parse error naming it', async () => {
    const broken = sampleRecord('cinder/quota_sets/quotas-show-usage-response.json');
    (broken['quota_set'] as Record<string, unknown>)['snapshots_lvm'] = 5;
    server.use(http.get(`${CINDER}/os-quota-sets/${TEST_PROJECT_ID}`, () => HttpResponse.json(broken)));
    await expect(getVolumeQuotaUsage(testApi())).rejects.toMatchObject({ kind: 'parse', field: 'quota_set.snapshots_lvm' });
  });

  it('getVolumeLimits and listVolumeTypes', async () => {
    server.use(
      http.get(`${CINDER}/limits`, () => HttpResponse.json(sampleRecord('cinder/limits/limits-show-response.json'))),
      http.get(`${CINDER}/types`, () =>
        HttpResponse.json({ volume_types: [{ id: 't1', name: '__DEFAULT__', description: 'Default Volume Type', is_public: true, extra_specs: {} }] }),
      ),
    );
    expect(await getVolumeLimits(testApi())).toMatchObject({ maxTotalSnapshots: 10, totalSnapshotsUsed: 0 });
    expect((await listVolumeTypes(testApi())).map((type) => type.name)).toEqual(['__DEFAULT__']);
  });

  it('listMessages filters by resource, and is empty without asking below 3.3', async () => {
    let query: string | null = null;
    const message = {
      id: 'm1',
      event_id: 'VOLUME_SNAPSHOT_005',
      user_message: 'delete snapshot: Snapshot is busy.',
      message_level: 'ERROR',
      resource_type: 'VOLUME_SNAPSHOT',
      resource_uuid: 'snap-1',
      request_id: 'req-1',
      created_at: '2024-01-01T00:00:00.000000',
      guaranteed_until: '2024-02-01T00:00:00.000000',
    };
    server.use(
      http.get(`${CINDER}/messages`, ({ request }) => {
        query = new URL(request.url).searchParams.get('resource_uuid');
        return HttpResponse.json({ messages: [message, { ...message, id: 'm2', resource_uuid: 'other' }] });
      }),
    );
    expect(await listMessages(testApi(), { resourceUuid: 'snap-1' })).toEqual([message]);
    expect(query).toBe('snap-1');
    expect(await listMessages(testApi({ microversions: { volume: '3.0' } }))).toEqual([]);
  });
});
