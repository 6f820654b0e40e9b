import type { UserMessage, Volume, VolumeSnapshot } from '../db';
import { defaultVolumeType } from '../db/volume';
import type { Ctx } from '../http/context';
import { uuidFrom } from '../ids';

function links(ctx: Ctx, collection: string, id: string): Array<{ href: string; rel: string }> {
  const base = `${ctx.core.baseUrl}/volume`;
  const project = ctx.auth.project.id;
  return [
    { href: `${base}/v3/${project}/${collection}/${id}`, rel: 'self' },
    { href: `${base}/${project}/${collection}/${id}`, rel: 'bookmark' },
  ];
}

/** The id of the (one) cinder-volume service every mock volume lives on. */
const volumeServiceUuid = uuidFrom('cinder-volume-service');

export function volumeBrief(ctx: Ctx, volume: Volume): Record<string, unknown> {
  return { id: volume.id, name: volume.name, links: links(ctx, 'volumes', volume.id) };
}

/** The owner's volume view at the request's microversion (`bootable` is a string, as Cinder sends it). */
export function volumeView(ctx: Ctx, volume: Volume): Record<string, unknown> {
  const mv = ctx.mv;
  const view: Record<string, unknown> = {
    id: volume.id,
    name: volume.name,
    description: volume.description,
    size: volume.size,
    status: volume.status,
    bootable: volume.bootable ? 'true' : 'false',
    availability_zone: volume.availability_zone,
    attachments: volume.attachments.map((a) => ({
      id: volume.id,
      attachment_id: a.attachment_id,
      volume_id: volume.id,
      server_id: a.server_id,
      host_name: null,
      device: a.device,
      attached_at: a.attached_at,
    })),
    links: links(ctx, 'volumes', volume.id),
    metadata: volume.metadata,
    created_at: volume.created_at,
    updated_at: volume.updated_at,
    snapshot_id: volume.snapshot_id,
    source_volid: volume.source_volid,
    user_id: volume.user_id,
    volume_type: volume.volume_type,
    encrypted: false,
    multiattach: false,
    replication_status: null,
    consistencygroup_id: null,
    'os-vol-tenant-attr:tenant_id': volume.project_id,
  };
  // migration_status, provider_id (3.21) and cluster_name (3.61) are shown to admins only.
  const admin = ctx.auth.isAdmin;
  if (admin) view['migration_status'] = null;
  if (volume.image_metadata) view['volume_image_metadata'] = volume.image_metadata;
  if (mv >= 13) view['group_id'] = null;
  if (mv >= 21 && admin) view['provider_id'] = null;
  if (mv >= 48) {
    // Set once the scheduler has placed the volume on a backend (our one cinder-volume service).
    const placed = volume.status !== 'creating' || volume.updated_at !== null;
    Object.assign(view, { service_uuid: placed ? volumeServiceUuid : null, shared_targets: placed ? false : null });
  }
  if (mv >= 61 && admin) view['cluster_name'] = null;
  if (mv >= 63) view['volume_type_id'] = defaultVolumeType.id;
  if (mv >= 65) view['consumes_quota'] = true;
  return view;
}

export function snapshotView(ctx: Ctx, snapshot: VolumeSnapshot, detail: boolean): Record<string, unknown> {
  const mv = ctx.mv;
  const view: Record<string, unknown> = {
    id: snapshot.id,
    name: snapshot.name,
    description: snapshot.description,
    volume_id: snapshot.volume_id,
    size: snapshot.size,
    status: snapshot.status,
    metadata: snapshot.metadata,
    created_at: snapshot.created_at,
    updated_at: snapshot.updated_at,
  };
  if (detail) {
    view['os-extended-snapshot-attributes:progress'] = snapshot.progress;
    view['os-extended-snapshot-attributes:project_id'] = snapshot.project_id;
  }
  if (mv >= 14) view['group_snapshot_id'] = snapshot.group_snapshot_id;
  if (mv >= 41) view['user_id'] = snapshot.user_id;
  if (mv >= 65) view['consumes_quota'] = true;
  return view;
}

export function messageView(ctx: Ctx, message: UserMessage): Record<string, unknown> {
  return {
    id: message.id,
    message_level: message.message_level,
    user_message: message.user_message,
    resource_type: message.resource_type,
    resource_uuid: message.resource_uuid,
    created_at: message.created_at,
    guaranteed_until: message.guaranteed_until,
    event_id: message.event_id,
    request_id: message.request_id,
    links: links(ctx, 'messages', message.id),
  };
}
