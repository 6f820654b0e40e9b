/**
 * Power actions and the action log: stop, start, soft and hard reboot, their task states and
 * refusals (409), os-instance-actions (list and one action with its event), os-volume_attachments,
 * delete, and the log read after the server is gone (2.21+).
 */
import { getInstanceAction, listInstanceActions, listVolumeAttachments } from '@/openstack/nova/instance-actions';
import { rebootServer, startServer, stopServer, type RebootType } from '@/openstack/nova/server-actions';
import type { Server } from '@/openstack/nova/schemas';
import { deleteServer, getServer } from '@/openstack/nova/servers';
import { signIn, type Client } from '../backend';
import type { Scenario, ScenarioContext } from '../scenario';
import { bootServer, cirros, isGone, nanoFlavorId } from './common';
import { serverDynamic } from './servers';

const phase = (s: Server) => `${s.status}/${String(s['OS-EXT-STS:task_state'] ?? null)}`;

/** The status/task pairs from right after the 202 until the server settles in `until`. */
async function track(ctx: ScenarioContext, client: Client, id: string, until: string): Promise<string[]> {
  const seen = [phase(await getServer(client.api, id))];
  await ctx.poll(
    `server ${until}`,
    () => getServer(client.api, id),
    (s) => phase(s) === `${until}/null` || s.status === 'ERROR',
    (s) => seen.push(phase(s)),
  );
  return seen;
}

const conflictText = (data: unknown, id: string) => JSON.parse(JSON.stringify(data ?? null).replaceAll(id, '<server>')) as unknown;

export const powerScenario: Scenario = {
  name: 'power actions and the action log',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const image = await cirros(client);
    const flavorRef = await nanoFlavorId(client);
    const { id } = await bootServer(ctx, client, { name: `${backend.prefix}-vm`, imageRef: image.id, flavorRef, networks: 'auto' });

    const startActive = await rec.call(client, 'os-start of an ACTIVE server', () => startServer(client.api, id));
    rec.value('os-start of an ACTIVE server: body', conflictText(startActive.last?.data, id));

    await rec.call(client, 'os-stop', () => stopServer(client.api, id));
    rec.sequence('stop: status/task', await track(ctx, client, id, 'SHUTOFF'), 'transient-start');
    const shutoff = await getServer(client.api, id);
    rec.value('shut off: vm_state and power_state', { vm: shutoff['OS-EXT-STS:vm_state'] ?? null, power: shutoff['OS-EXT-STS:power_state'] ?? null });

    const softOff = await rec.call(client, 'soft reboot of a SHUTOFF server', () => rebootServer(client.api, id, 'SOFT'));
    rec.value('soft reboot of a SHUTOFF server: body', conflictText(softOff.last?.data, id));

    await rec.call(client, 'os-start', () => startServer(client.api, id));
    rec.sequence('start: status/task', await track(ctx, client, id, 'ACTIVE'), 'transient-start');

    for (const type of ['SOFT', 'HARD'] as RebootType[]) {
      await rec.call(client, `reboot ${type}`, () => rebootServer(client.api, id, type));
      rec.sequence(`reboot ${type}: status/task`, await track(ctx, client, id, 'ACTIVE'), 'transient-start');
    }

    const attachments = await rec.call(client, 'GET /servers/{id}/os-volume_attachments', () => listVolumeAttachments(client.api, id));
    rec.value('volume attachments of an image-backed server', attachments.result ?? null);

    const log = await rec.call(client, 'GET /servers/{id}/os-instance-actions', () => listInstanceActions(client.api, id));
    const entries = log.result ?? [];
    rec.value(
      'action log, newest first',
      entries.map((a) => ({ action: a.action, mine: a.user_id === client.session.user.id, message: a.message, requestId: a.request_id.startsWith('req-') })),
    );
    const stop = entries.find((a) => a.action === 'stop');
    if (stop) {
      const one = await rec.call(client, 'GET /servers/{id}/os-instance-actions/{request_id}', () => getInstanceAction(client.api, id, stop.request_id));
      rec.value('the stop action: its events', (one.result?.events ?? []).map((e) => ({ event: e.event, result: e.result ?? null, finished: Boolean(e.finish_time) })));
    }

    await rec.call(client, 'DELETE /servers/{id}', () => deleteServer(client.api, id));
    const deleting = [phase(await getServer(client.api, id))];
    await ctx.poll(
      'server gone',
      async () => {
        try {
          deleting.push(phase(await getServer(client.api, id)));
          return false;
        } catch {
          deleting.push('gone');
          return isGone(() => getServer(client.api, id));
        }
      },
      (gone) => gone,
    );
    rec.sequence('delete: status/task until 404', deleting, 'transient-start');
    const after = await rec.call(client, 'os-instance-actions after the server is gone', () => listInstanceActions(client.api, id), { shape: { dynamic: serverDynamic } });
    rec.value('action log after delete', (after.result ?? []).map((a) => a.action));
  },
};
