/**
 * Volume snapshot delete: 202 → gone (404); a volume with snapshots cannot be deleted (400); a
 * snapshot with a dependent volume (SnapshotIsBusy where the backend raises it). On the way, the
 * name filter: which filters Cinder takes (`resource_filters`), `name~` refused where not enabled.
 */
import { createVolumeSnapshot, deleteVolumeSnapshot, getVolumeSnapshot, listVolumeSnapshots } from '@/openstack/cinder/snapshots';
import { listMessages } from '@/openstack/cinder/messages';
import { listResourceFilters } from '@/openstack/cinder/resource-filters';
import { signIn, type Client } from '../backend';
import type { Scenario, ScenarioContext } from '../scenario';
import { deleteVolumeSnapshotAndWait, isGone, raw, volumeAvailable } from './common';

async function snapshotAvailable(ctx: ScenarioContext, client: Client, volumeId: string, name: string, step?: string): Promise<{ id: string; statuses: string[] }> {
  const create = () => createVolumeSnapshot(client.api, { volumeId, name, description: 'contract' });
  const made = step ? (await ctx.rec.call(client, step, create)).result : await create();
  if (!made) throw new Error(`snapshot ${name} was not created`);
  ctx.cleanup(() => deleteVolumeSnapshotAndWait(ctx, client, made.id));
  const statuses = [made.status];
  await ctx.poll(`snapshot ${name} available`, () => getVolumeSnapshot(client.api, made.id), (s) => s.status !== 'creating', (s) => statuses.push(s.status));
  return { id: made.id, statuses };
}

/** Status after a delete, polled until it is gone or settled back (at most ~6 s of backend time). */
async function afterDelete(ctx: ScenarioContext, client: Client, id: string): Promise<string[]> {
  const states = ['available'];
  for (let waited = 0; waited <= 6000; waited += ctx.backend.pollMs) {
    try {
      const snapshot = await getVolumeSnapshot(client.api, id);
      states.push(snapshot.status);
      if (snapshot.status !== 'deleting' && waited > 0) break;
    } catch (error) {
      if (error instanceof Error && 'status' in error && error.status === 404) {
        states.push('gone');
        break;
      }
      throw error;
    }
    await ctx.backend.wait(ctx.backend.pollMs);
  }
  return states;
}

export const volumeSnapshotDeleteScenario: Scenario = {
  name: 'volume snapshot delete',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const volume = await volumeAvailable(ctx, client, { name: `${backend.prefix}-vol`, size: 1 });
    rec.sequence('blank volume: status', volume.statuses);

    const a = await snapshotAvailable(ctx, client, volume.id, `${backend.prefix}-snap-a`, 'POST /snapshots');
    rec.sequence('snapshot: status', a.statuses);
    const b = await snapshotAvailable(ctx, client, volume.id, `${backend.prefix}-snap-b`);

    const refused = await raw(client, 'volume', 'DELETE', `/volumes/${volume.id}`);
    rec.status('DELETE a volume that has snapshots', [refused.status]);
    rec.value('DELETE a volume that has snapshots: body', refused.data);

    const listed = await rec.call(client, 'GET /snapshots/detail?volume_id=…', () => listVolumeSnapshots(client.api, { volumeId: volume.id, sortKey: 'name', sortDir: 'asc' }));
    rec.value('the volume has two snapshots', listed.result?.snapshots.map((s) => s.name) ?? null);

    // "Name contains": Cinder takes name~ only where resource_filters.json enables it (its default does not).
    rec.value('GET /resource_filters?resource=snapshot', await listResourceFilters(client.api, 'snapshot'));
    const like = await raw(client, 'volume', 'GET', '/snapshots/detail', { params: { 'name~': 'SNAP-A', volume_id: volume.id } });
    rec.status('GET /snapshots/detail?name~=…', [like.status]);
    rec.value('GET /snapshots/detail?name~=…: body', like.data);
    const inBrowser = await listVolumeSnapshots(client.api, { volumeId: volume.id, nameContains: { text: 'SNAP-A', serverSide: false } });
    rec.value('name contains, filtered in the browser', inBrowser.snapshots.map((s) => s.name));

    await rec.call(client, 'DELETE /snapshots/{id}', () => deleteVolumeSnapshot(client.api, b.id));
    rec.sequence('snapshot delete: status until 404', await afterDelete(ctx, client, b.id));
    const gone = await rec.call(client, 'GET /snapshots/{id} after delete', () => getVolumeSnapshot(client.api, b.id));
    rec.value('404 body', gone.last?.data ?? null);

    // A volume made from snapshot a depends on it.
    const dependent = await volumeAvailable(ctx, client, { name: `${backend.prefix}-from-a`, size: 1, snapshotId: a.id });
    rec.sequence('volume from snapshot: status', dependent.statuses);
    await rec.call(client, 'DELETE a snapshot that has a dependent volume', () => deleteVolumeSnapshot(client.api, a.id));
    const busy = await afterDelete(ctx, client, a.id);
    const messages = await listMessages(client.api, { resourceUuid: a.id });
    rec.value('snapshot with a dependent volume after delete', {
      states: busy,
      stillThere: !(await isGone(() => getVolumeSnapshot(client.api, a.id))),
      messages: messages.map((m) => ({ event: m.event_id ?? null, text: m.user_message })),
    });
  },
};
