/** Error shapes: 401 for a bad token from every service, 404 for unknown ids. */
import { getVolumeSnapshot, listVolumeSnapshots } from '@/openstack/cinder/snapshots';
import { getVolume } from '@/openstack/cinder/volumes';
import { deleteImage, getImage, listImages } from '@/openstack/glance/images';
import { listAuthProjects } from '@/openstack/keystone/auth';
import { listNetworks } from '@/openstack/neutron/networks';
import { createServerImage } from '@/openstack/nova/server-actions';
import { getServer, listServers } from '@/openstack/nova/servers';
import { clientFor, signIn, type Client } from '../backend';
import type { Recorder, Scenario } from '../scenario';
import { raw } from './common';

const unknownId = '00000000-0000-4000-8000-000000000000';

async function failure(rec: Recorder, client: Client, step: string, fn: () => Promise<unknown>): Promise<void> {
  const answer = await rec.call(client, step, fn);
  rec.value(`${step}: body`, answer.last?.data ?? null);
  rec.value(`${step}: what the client reads`, answer.error ? { status: answer.error.status, message: answer.error.message, faultName: answer.error.faultName ?? null } : null);
  const headers = answer.last?.headers ?? {};
  rec.value(`${step}: headers`, {
    'www-authenticate': headers['www-authenticate'] ?? null,
    'content-type': headers['content-type']?.split(';')[0] ?? null,
  });
}

export const errorsScenario: Scenario = {
  name: '401 and 404 shapes',
  async run({ backend, rec }) {
    const client = await signIn(backend);
    const stale = clientFor(backend, { ...client.session, token: 'gAAAAA-contract-not-a-token' });
    await failure(rec, stale, '401 Nova (GET /servers/detail)', () => listServers(stale.api));
    await failure(rec, stale, '401 Glance (GET /v2/images)', () => listImages(stale.api));
    await failure(rec, stale, '401 Cinder (GET /snapshots/detail)', () => listVolumeSnapshots(stale.api));
    await failure(rec, stale, '401 Neutron (GET /v2.0/networks)', () => listNetworks(stale.api));
    await failure(rec, stale, '401 Keystone (GET /v3/auth/projects)', () => listAuthProjects(stale.api));

    await failure(rec, client, '404 Nova server', () => getServer(client.api, unknownId));
    await failure(rec, client, '404 Nova createImage of an unknown server', () => createServerImage(client.api, unknownId, { name: `${backend.prefix}-x` }));
    await failure(rec, client, '404 Glance image', () => getImage(client.api, unknownId));
    await failure(rec, client, '404 Glance image delete', () => deleteImage(client.api, unknownId));
    await failure(rec, client, '404 Cinder snapshot', () => getVolumeSnapshot(client.api, unknownId));
    await failure(rec, client, '404 Cinder volume', () => getVolume(client.api, unknownId));
    // The typed client has no single-network call.
    await failure(rec, client, '404 Neutron network', () => raw(client, 'network', 'GET', `/v2.0/networks/${unknownId}`));
  },
};
