import type { CloudCore } from '../core';
import { json } from '../http/respond';
import { route, type Route } from '../http/router';
import { computeVersions } from '../http/microversion';
import { serverAction } from './nova-actions';
import { availabilityZones } from './nova-availability-zones';
import { listFlavors, showFlavor } from './nova-flavors';
import { listKeypairs, showKeypair } from './nova-keypairs';
import { limits, quotaSet } from './nova-quotas';
import { listInstanceActions, showInstanceAction } from './nova-instance-actions';
import { listVolumeAttachments } from './nova-volume-attachments';
import { deleteMetadataItem, showMetadata, showMetadataItem, writeMetadata, writeMetadataItem } from './nova-metadata';
import { createServer, deleteServer, listServers, showServer, visibleServer } from './nova-servers';

function v21(core: CloudCore): Record<string, unknown> {
  return {
    id: 'v2.1',
    status: 'CURRENT',
    version: `2.${computeVersions.maxMinor}`,
    min_version: '2.1',
    updated: '2013-07-23T11:33:21Z',
    links: [
      { rel: 'self', href: `${core.baseUrl}/compute/v2.1/` },
      { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
    ],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
  };
}

export function novaRoutes(): Route[] {
  return [
    route(
      'GET',
      '',
      (ctx) =>
        json({
          versions: [
            { id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '', updated: '2011-01-21T11:33:21Z', links: [{ rel: 'self', href: `${ctx.core.baseUrl}/compute/v2/` }] },
            { ...v21(ctx.core), 'media-types': undefined, links: [{ rel: 'self', href: `${ctx.core.baseUrl}/compute/v2.1/` }] },
          ],
        }),
      { public: true },
    ),
    route('GET', '/v2.1', (ctx) => json({ version: v21(ctx.core) }), { public: true }),
    route('GET', '/v2.1/servers', (ctx) => listServers(ctx, false)),
    route('GET', '/v2.1/servers/detail', (ctx) => listServers(ctx, true)),
    route('POST', '/v2.1/servers', createServer),
    route('GET', '/v2.1/servers/:server_id', showServer),
    route('DELETE', '/v2.1/servers/:server_id', deleteServer),
    route('POST', '/v2.1/servers/:server_id/action', (ctx) => serverAction(ctx, visibleServer(ctx, ctx.param('server_id')))),
    route('GET', '/v2.1/servers/:server_id/os-instance-actions', listInstanceActions),
    route('GET', '/v2.1/servers/:server_id/os-instance-actions/:request_id', showInstanceAction),
    route('GET', '/v2.1/servers/:server_id/os-volume_attachments', listVolumeAttachments),
    route('GET', '/v2.1/servers/:server_id/metadata', showMetadata),
    route('POST', '/v2.1/servers/:server_id/metadata', (ctx) => writeMetadata(ctx, 'merge')),
    route('PUT', '/v2.1/servers/:server_id/metadata', (ctx) => writeMetadata(ctx, 'replace')),
    route('GET', '/v2.1/servers/:server_id/metadata/:key', showMetadataItem),
    route('PUT', '/v2.1/servers/:server_id/metadata/:key', writeMetadataItem),
    route('DELETE', '/v2.1/servers/:server_id/metadata/:key', deleteMetadataItem),
    route('GET', '/v2.1/flavors', (ctx) => listFlavors(ctx, false)),
    route('GET', '/v2.1/flavors/detail', (ctx) => listFlavors(ctx, true)),
    route('GET', '/v2.1/flavors/:flavor_id', showFlavor),
    route('GET', '/v2.1/os-keypairs', listKeypairs),
    route('GET', '/v2.1/os-keypairs/:name', showKeypair),
    route('GET', '/v2.1/limits', limits),
    route('GET', '/v2.1/os-quota-sets/:project_id', (ctx) => quotaSet(ctx, false)),
    route('GET', '/v2.1/os-quota-sets/:project_id/detail', (ctx) => quotaSet(ctx, true)),
    route('GET', '/v2.1/os-availability-zone', availabilityZones),
  ];
}
