import type { CloudCore } from '../core';
import { defaultVolumeType } from '../db/volume';
import type { Ctx } from '../http/context';
import { forbidden, notFound } from '../http/errors';
import { volumeVersions } from '../http/microversion';
import { empty, json } from '../http/respond';
import { route, type Route } from '../http/router';
import { volumeLimit, volumeUsage } from '../ops/usage';
import { messageView } from '../views/cinder';
import { createSnapshot, deleteSnapshot, findSnapshot, listSnapshots, updateSnapshot } from './cinder-snapshots';
import { createVolume, deleteVolume, listVolumes, showVolume, updateVolume } from './cinder-volumes';
import { volumeAction } from './cinder-volume-actions';
import { snapshotView } from '../views/cinder';

function versionEntry(core: CloudCore): Record<string, unknown> {
  return {
    id: 'v3.0',
    status: 'CURRENT',
    version: `3.${volumeVersions.maxMinor}`,
    min_version: '3.0',
    updated: '2022-08-31T00:00:00Z',
    links: [
      { href: 'https://docs.openstack.org/', rel: 'describedby', type: 'text/html' },
      { href: `${core.baseUrl}/volume/v3/`, rel: 'self' },
    ],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
  };
}

function quotaSet(ctx: Ctx): Response {
  const target = ctx.param('target_id');
  if (target !== ctx.auth.project.id && !ctx.auth.isAdmin) {
    throw forbidden("Policy doesn't allow volume_extension:quotas:show to be performed.");
  }
  const usage = ['true', '1', 'yes'].includes((ctx.query.get('usage') ?? '').toLowerCase());
  const used = volumeUsage(ctx.db, target);
  const inUse: Record<string, number> = {
    volumes: used.volumes,
    snapshots: used.snapshots,
    gigabytes: used.gigabytes,
    volumes___DEFAULT__: used.volumes,
    snapshots___DEFAULT__: used.snapshots,
    gigabytes___DEFAULT__: used.gigabytes,
  };
  const set: Record<string, unknown> = { id: target };
  const keys = ['backup_gigabytes', 'backups', 'gigabytes', 'gigabytes___DEFAULT__', 'groups', 'per_volume_gigabytes', 'snapshots', 'snapshots___DEFAULT__', 'volumes', 'volumes___DEFAULT__'];
  for (const key of keys) {
    const limit = key.endsWith('___DEFAULT__') ? -1 : volumeLimit(ctx.db, target, key);
    set[key] = usage ? { in_use: inUse[key] ?? 0, limit, reserved: 0 } : limit;
  }
  return json({ quota_set: set });
}

function limits(ctx: Ctx): Response {
  const project = ctx.auth.project.id;
  const used = volumeUsage(ctx.db, project);
  const limit = (key: string) => volumeLimit(ctx.db, project, key);
  return json({
    limits: {
      rate: [],
      absolute: {
        totalSnapshotsUsed: used.snapshots,
        maxTotalBackups: limit('backups'),
        maxTotalVolumeGigabytes: limit('gigabytes'),
        maxTotalSnapshots: limit('snapshots'),
        maxTotalBackupGigabytes: limit('backup_gigabytes'),
        totalBackupGigabytesUsed: 0,
        maxTotalVolumes: limit('volumes'),
        totalVolumesUsed: used.volumes,
        totalBackupsUsed: 0,
        totalGigabytesUsed: used.gigabytes,
      },
    },
  });
}

const volumeType = {
  id: defaultVolumeType.id,
  name: defaultVolumeType.name,
  description: 'Default Volume Type',
  is_public: true,
  'os-volume-type-access:is_public': true,
  extra_specs: {},
  qos_specs_id: null,
};

/** The messages API exists from 3.3; below, Cinder answers 404. */
function messages(ctx: Ctx): Response {
  if (ctx.mv < 3) throw notFound('The resource could not be found.');
  const q = ctx.query;
  const keys = ['resource_uuid', 'resource_type', 'event_id', 'request_id', 'message_level'] as const;
  const list = Object.values(ctx.db.volume.messages)
    .filter((m) => m.project_id === ctx.auth.project.id && keys.every((k) => q.get(k) === null || m[k] === q.get(k)))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id));
  return json({ messages: list.map((m) => messageView(ctx, m)) });
}

/** Cinder's default resource_filters.json: no inexact (`name~`) filter is enabled for any resource. */
const resourceFilters: ReadonlyArray<{ resource: string; filters: readonly string[] }> = [
  { resource: 'volume', filters: ['name', 'status', 'metadata', 'bootable', 'migration_status', 'availability_zone', 'group_id', 'size', 'created_at', 'updated_at', 'consumes_quota'] },
  { resource: 'backup', filters: ['name', 'status', 'volume_id'] },
  { resource: 'snapshot', filters: ['name', 'status', 'volume_id', 'metadata', 'availability_zone', 'consumes_quota'] },
  { resource: 'group', filters: ['name'] },
  { resource: 'group_snapshot', filters: ['name', 'status', 'group_id'] },
  { resource: 'attachment', filters: ['volume_id', 'status', 'instance_id', 'attach_status'] },
  { resource: 'message', filters: ['resource_uuid', 'resource_type', 'event_id', 'request_id', 'message_level'] },
  { resource: 'pool', filters: ['name', 'volume_type'] },
  { resource: 'volume_type', filters: ['is_public', 'extra_specs'] },
];

/** GET /resource_filters exists from 3.33; `?resource=` narrows it to one. */
function listResourceFilters(ctx: Ctx): Response {
  if (ctx.mv < 33) throw notFound('The resource could not be found.');
  const wanted = ctx.query.get('resource');
  return json({ resource_filters: resourceFilters.filter((entry) => wanted === null || entry.resource === wanted) });
}

function findMessage(ctx: Ctx) {
  const message = ctx.db.volume.messages[ctx.param('message_id')];
  if (ctx.mv < 3 || !message || message.project_id !== ctx.auth.project.id) throw notFound(`Message ${ctx.param('message_id')} could not be found.`);
  return message;
}

export function cinderRoutes(): Route[] {
  const p = '/v3/:project_id';
  return [
    // Cinder answers its version list with 300 Multiple Choices.
    route('GET', '', (ctx) => json({ versions: [versionEntry(ctx.core)] }, 300), { public: true }),
    route('GET', '/v3', (ctx) => json({ versions: [versionEntry(ctx.core)] }), { public: true }),
    route('GET', `${p}/snapshots`, (ctx) => listSnapshots(ctx, false)),
    route('GET', `${p}/snapshots/detail`, (ctx) => listSnapshots(ctx, true)),
    route('POST', `${p}/snapshots`, createSnapshot),
    route('GET', `${p}/snapshots/:snapshot_id`, (ctx) => json({ snapshot: snapshotView(ctx, findSnapshot(ctx), true) })),
    route('PUT', `${p}/snapshots/:snapshot_id`, updateSnapshot),
    route('DELETE', `${p}/snapshots/:snapshot_id`, deleteSnapshot),
    route('GET', `${p}/volumes`, (ctx) => listVolumes(ctx, false)),
    route('GET', `${p}/volumes/detail`, (ctx) => listVolumes(ctx, true)),
    route('POST', `${p}/volumes`, createVolume),
    route('GET', `${p}/volumes/:volume_id`, showVolume),
    route('PUT', `${p}/volumes/:volume_id`, updateVolume),
    route('DELETE', `${p}/volumes/:volume_id`, deleteVolume),
    route('POST', `${p}/volumes/:volume_id/action`, volumeAction),
    route('GET', `${p}/os-quota-sets/:target_id`, quotaSet),
    route('GET', `${p}/limits`, limits),
    route('GET', `${p}/types`, () => json({ volume_types: [volumeType] })),
    route('GET', `${p}/types/default`, () => json({ volume_type: volumeType })),
    route('GET', `${p}/resource_filters`, listResourceFilters),
    route('GET', `${p}/messages`, messages),
    route('GET', `${p}/messages/:message_id`, (ctx) => json({ message: messageView(ctx, findMessage(ctx)) })),
    route('DELETE', `${p}/messages/:message_id`, (ctx) => {
      delete ctx.db.volume.messages[findMessage(ctx).id];
      return empty(204);
    }),
  ];
}
