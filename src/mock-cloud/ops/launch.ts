import { scaled, type CloudCore } from '../core';
import type { AttachedVolume, MockDb, Server, ServerFault, Volume } from '../db';
import { flavorCopy, serverRecord, volumeImageMetadata, volumeRecord } from '../factories';
import { ApiError } from '../http/errors';
import { nextId, uuidFrom } from '../ids';
import { schedule } from '../lifecycle';
import { isoMicros, isoSeconds } from '../time';
import type { BootVolume } from './boot-bdm';
import type { BootPlan } from './boot';
import { createPort } from './ports';
import { computeLimit, computeUsage, volumeQuotaError } from './usage';

const devices = 'abcdefghijklmnopqrstuvwxyz';

/** How many instances fit Nova's quota (instances, cores, ram); 403 when not even min_count does. */
function instancesThatFit(db: MockDb, projectId: string, plan: BootPlan): number {
  const usage = computeUsage(db, projectId);
  const per = { instances: 1, cores: plan.flavor.vcpus, ram: plan.flavor.ram };
  let fit = plan.maxCount;
  const overs: Array<'instances' | 'cores' | 'ram'> = [];
  for (const key of ['instances', 'cores', 'ram'] as const) {
    const limit = computeLimit(db, projectId, key);
    if (limit < 0) continue;
    const room = Math.floor((limit - usage[key]) / per[key]);
    fit = Math.min(fit, room);
    if (room < plan.minCount) overs.push(key);
  }
  const first = overs[0];
  if (first) {
    const limit = computeLimit(db, projectId, first);
    throw new ApiError(
      403,
      `Quota exceeded for ${overs.join(', ')}: Requested ${per[first] * plan.minCount}, but already used ${usage[first]} of ${limit} ${overs.join(', ')}`,
    );
  }
  return fit;
}

function volumeFrom(db: MockDb, boot: Exclude<BootVolume, { kind: 'existing' }>, server: Server, at: number): Volume {
  const id = nextId(db, 'volume');
  const base = { id, name: '', size: boot.size, project_id: server.project_id, user_id: server.user_id, created_at: isoMicros(at), status: 'creating', updated_at: null };
  if (boot.kind === 'image') return volumeRecord({ ...base, bootable: true, image_metadata: volumeImageMetadata(boot.image) });
  if (boot.kind === 'snapshot') {
    const source = db.volume.volumes[boot.snapshot.volume_id];
    return volumeRecord({ ...base, snapshot_id: boot.snapshot.id, bootable: source?.bootable ?? false, image_metadata: source?.image_metadata ?? null });
  }
  return volumeRecord(base);
}

/** Creates one server in BUILD with its ports and volumes, and plans the rest of its build. */
function launchOne(core: CloudCore, plan: BootPlan, owner: { projectId: string; userId: string }, name: string, now: number, quotaFault: string | null): Server {
  const db = core.db;
  const id = nextId(db, 'server');
  const server = serverRecord({
    id, name, project_id: owner.projectId, user_id: owner.userId, flavor: flavorCopy(plan.flavor), created: isoSeconds(now),
    image_id: plan.image?.id ?? '', image_meta: plan.imageMeta, key_name: plan.keyName, vm_state: 'building', task_state: 'scheduling',
    power_state: 0, launched_at: null, metadata: { ...plan.metadata }, security_groups: plan.securityGroups, description: plan.description,
  });
  db.compute.servers[id] = server;
  const buildFault = core.scenario.failBuilds.shift();
  const fault = (message: string, code: number, at: number): ServerFault => ({ code, message, created: isoSeconds(now + at) });
  if (buildFault) {
    schedule(db, { kind: 'server', id, startedAt: now, steps: [{ at: scaled(core, 1000), set: { vm_state: 'error', task_state: null, fault: fault(buildFault.message, buildFault.code, scaled(core, 1000)) } }] });
    return server;
  }
  const groupIds = plan.securityGroups.flatMap((g) =>
    Object.values(db.network.security_groups).filter((s) => s.project_id === owner.projectId && (s.name === g || s.id === g)).map((s) => s.id),
  );
  for (const nic of plan.nics) {
    if (nic.port) nic.port.device_id = id;
    else createPort(db, { network: nic.network, projectId: owner.projectId, deviceId: id, createdAt: server.created, securityGroups: groupIds });
  }
  const bdmAt = scaled(core, 2000);
  if (quotaFault !== null) {
    schedule(db, { kind: 'server', id, startedAt: now, steps: [
      { at: scaled(core, 1000), set: { task_state: 'block_device_mapping' } },
      { at: bdmAt, set: { vm_state: 'error', task_state: null, fault: fault(`Build of instance ${id} aborted: ${quotaFault}`, 500, bdmAt) } },
    ] });
    return server;
  }
  const ordered = [...plan.volumes].sort((a, b) => (a.bootIndex ?? 99) - (b.bootIndex ?? 99));
  ordered.forEach((boot, i) => {
    const volume = boot.kind === 'existing' ? boot.volume : volumeFrom(db, boot, server, now);
    db.volume.volumes[volume.id] = volume;
    const device = `/dev/vd${devices[i] ?? 'z'}`;
    const attached: AttachedVolume = { id: volume.id, delete_on_termination: boot.deleteOnTermination, device, boot_index: boot.bootIndex };
    server.volumes_attached.push(attached);
    if (boot.kind === 'existing') volume.status = 'reserved';
    const attachment = { server_id: id, attachment_id: uuidFrom(`attachment:${volume.id}:${id}`), device, attached_at: isoMicros(now + bdmAt) };
    schedule(db, { kind: 'volume', id: volume.id, startedAt: now, steps: [
      ...(boot.kind === 'image' ? [{ at: scaled(core, 1000), set: { status: 'downloading' } }] : []),
      { at: bdmAt, set: { status: 'in-use', attachments: [attachment] } },
    ] });
  });
  schedule(db, { kind: 'server', id, startedAt: now, steps: [
    { at: scaled(core, 1000), set: { task_state: plan.volumeBacked ? 'block_device_mapping' : 'networking' } },
    { at: bdmAt, set: { task_state: 'spawning' } },
    { at: scaled(core, 5000), set: { vm_state: 'active', task_state: null, power_state: 1 }, effect: 'server-launched' },
  ] });
  return server;
}

/** Launches as many instances as the quota allows (between min_count and max_count). */
export function launch(core: CloudCore, plan: BootPlan, owner: { projectId: string; userId: string }, now: number): Server[] {
  const db = core.db;
  const count = instancesThatFit(db, owner.projectId, plan);
  const created = plan.volumes.filter((v) => v.kind !== 'existing');
  const quota = created.length === 0 ? null : volumeQuotaError(db, owner.projectId, {
    volumes: created.length * count,
    gigabytes: created.reduce((sum, v) => sum + v.size, 0) * count,
  });
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    const name = count > 1 ? `${plan.name}-${i + 1}` : plan.name;
    servers.push(launchOne(core, plan, owner, name, now, quota ? quota.message : null));
  }
  return servers;
}
