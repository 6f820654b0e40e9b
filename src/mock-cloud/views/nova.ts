import type { Flavor, MockDb, Port, Server } from '../db';
import type { Ctx } from '../http/context';
import { rebuildTaskStates } from '../ops/rebuild';
import { isoMicros } from '../time';

const softRebootTasks = new Set(['rebooting', 'reboot_pending', 'reboot_started']);
const hardRebootTasks = new Set(['rebooting_hard', 'reboot_pending_hard', 'reboot_started_hard']);

/** REBOOT / HARD_REBOOT while a reboot runs (Nova maps these for ACTIVE and STOPPED alike), else null. */
function rebootStatus(task: string | null): string | null {
  if (task === null) return null;
  if (softRebootTasks.has(task)) return 'REBOOT';
  return hardRebootTasks.has(task) ? 'HARD_REBOOT' : null;
}

/** Nova's status from vm_state and task_state (nova/api/openstack/common.py _STATE_MAP, the parts we model). */
export function statusOf(server: Server): string {
  if (server.task_state !== null && rebuildTaskStates.has(server.task_state)) return 'REBUILD';
  switch (server.vm_state) {
    case 'active':
      return rebootStatus(server.task_state) ?? 'ACTIVE';
    case 'building':
      return 'BUILD';
    case 'stopped':
      return rebootStatus(server.task_state) ?? 'SHUTOFF';
    case 'paused':
      return 'PAUSED';
    case 'suspended':
      return 'SUSPENDED';
    case 'error':
      return 'ERROR';
    case 'deleted':
      return 'DELETED';
  }
}

export function portsByDevice(db: MockDb): Map<string, Port[]> {
  const index = new Map<string, Port[]>();
  for (const port of Object.values(db.network.ports)) {
    const list = index.get(port.device_id);
    if (list) list.push(port);
    else index.set(port.device_id, [port]);
  }
  return index;
}

function addressesOf(db: MockDb, ports: readonly Port[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const port of ports) {
    const net = db.network.networks[port.network_id]?.name ?? port.network_id;
    const list = (out[net] ??= []);
    for (const fixed of port.fixed_ips) {
      list.push({ version: 4, addr: fixed.ip_address, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': port.mac_address });
    }
  }
  return out;
}

function links(ctx: Ctx, collection: string, id: string): Array<{ rel: string; href: string }> {
  const compute = `${ctx.core.baseUrl}/compute`;
  return [
    { rel: 'self', href: `${compute}/v2.1/${collection}/${id}` },
    { rel: 'bookmark', href: `${compute}/${collection}/${id}` },
  ];
}

export function serverBrief(ctx: Ctx, server: Server): Record<string, unknown> {
  return { id: server.id, name: server.name, links: links(ctx, 'servers', server.id) };
}

/** The non-admin detail view at the request's microversion. */
export function serverDetail(ctx: Ctx, server: Server, ports: readonly Port[]): Record<string, unknown> {
  const mv = ctx.mv;
  const compute = `${ctx.core.baseUrl}/compute`;
  const f = server.flavor;
  const view: Record<string, unknown> = {
    id: server.id,
    name: server.name,
    status: statusOf(server),
    tenant_id: server.project_id,
    user_id: server.user_id,
    metadata: server.metadata,
    hostId: server.host_id,
    image: server.image_id
      ? { id: server.image_id, links: [{ rel: 'bookmark', href: `${compute}/images/${server.image_id}` }] }
      : '',
    flavor:
      mv >= 47
        ? { vcpus: f.vcpus, ram: f.ram, disk: f.disk, ephemeral: f.ephemeral, swap: f.swap, original_name: f.name, extra_specs: f.extra_specs }
        : { id: f.id, links: [{ rel: 'bookmark', href: `${compute}/flavors/${f.id}` }] },
    created: server.created,
    updated: server.updated,
    addresses: addressesOf(ctx.db, ports),
    accessIPv4: '',
    accessIPv6: '',
    links: links(ctx, 'servers', server.id),
    'OS-DCF:diskConfig': 'MANUAL',
    progress: 0,
    'OS-EXT-AZ:availability_zone': server.availability_zone,
    config_drive: '',
    key_name: server.key_name,
    'OS-SRV-USG:launched_at': server.launched_at ? isoMicros(Date.parse(server.launched_at)) : null,
    'OS-SRV-USG:terminated_at': null,
    security_groups: server.security_groups.map((name) => ({ name })),
    'OS-EXT-STS:task_state': server.task_state,
    'OS-EXT-STS:vm_state': server.vm_state,
    'OS-EXT-STS:power_state': server.power_state,
    'os-extended-volumes:volumes_attached': server.volumes_attached.map((v) =>
      mv >= 3 ? { id: v.id, delete_on_termination: v.delete_on_termination } : { id: v.id },
    ),
  };
  if (server.fault && server.vm_state === 'error') {
    view['fault'] = { code: server.fault.code, created: server.fault.created, message: server.fault.message };
  }
  if (mv >= 9) view['locked'] = server.locked;
  if (mv >= 19) view['description'] = server.description;
  if (mv >= 26) view['tags'] = server.tags;
  if (mv >= 63) view['trusted_image_certificates'] = null;
  if (mv >= 73) view['locked_reason'] = null;
  if (mv >= 90) view['OS-EXT-SRV-ATTR:hostname'] = server.hostname;
  return view;
}

export function flavorView(ctx: Ctx, flavor: Flavor, detail: boolean): Record<string, unknown> {
  const mv = ctx.mv;
  const view: Record<string, unknown> = { id: flavor.id, name: flavor.name };
  if (detail) {
    Object.assign(view, {
      ram: flavor.ram,
      disk: flavor.disk,
      vcpus: flavor.vcpus,
      swap: mv >= 75 ? flavor.swap : flavor.swap || '',
      'OS-FLV-EXT-DATA:ephemeral': flavor.ephemeral,
      'OS-FLV-DISABLED:disabled': flavor.disabled,
      'os-flavor-access:is_public': flavor.is_public,
      rxtx_factor: flavor.rxtx_factor,
    });
  }
  view['links'] = links(ctx, 'flavors', flavor.id);
  if (mv >= 55) view['description'] = flavor.description;
  if (detail && mv >= 61) view['extra_specs'] = flavor.extra_specs;
  return view;
}
