import type { StatusTone } from '@/components/StatusBadge';
import type { MessageKey } from '@/i18n';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';

/** Statuses Nova reports while something is still moving (Horizon polls the same ones). */
const transitionalStatuses = new Set([
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'REVERT_RESIZE',
  'MIGRATING',
  'REBUILD',
  'PASSWORD',
]);

const statusKeys: Readonly<Record<string, MessageKey>> = {
  ACTIVE: 'instances.status.ACTIVE',
  BUILD: 'instances.status.BUILD',
  DELETED: 'instances.status.DELETED',
  ERROR: 'instances.status.ERROR',
  HARD_REBOOT: 'instances.status.HARD_REBOOT',
  MIGRATING: 'instances.status.MIGRATING',
  PASSWORD: 'instances.status.PASSWORD',
  PAUSED: 'instances.status.PAUSED',
  REBOOT: 'instances.status.REBOOT',
  REBUILD: 'instances.status.REBUILD',
  RESCUE: 'instances.status.RESCUE',
  RESIZE: 'instances.status.RESIZE',
  REVERT_RESIZE: 'instances.status.REVERT_RESIZE',
  SHELVED: 'instances.status.SHELVED',
  SHELVED_OFFLOADED: 'instances.status.SHELVED_OFFLOADED',
  SHUTOFF: 'instances.status.SHUTOFF',
  SOFT_DELETED: 'instances.status.SOFT_DELETED',
  SUSPENDED: 'instances.status.SUSPENDED',
  UNKNOWN: 'instances.status.UNKNOWN',
  VERIFY_RESIZE: 'instances.status.VERIFY_RESIZE',
};

/** The statuses a user can filter by, as Nova's `status` query parameter takes them. */
export const filterableStatuses = [
  'ACTIVE',
  'SHUTOFF',
  'PAUSED',
  'SUSPENDED',
  'BUILD',
  'REBOOT',
  'ERROR',
  'SHELVED_OFFLOADED',
] as const;
export type FilterableStatus = (typeof filterableStatuses)[number];

const taskKeys: Readonly<Record<string, MessageKey>> = {
  image_snapshot_pending: 'instances.task.image_snapshot_pending',
  image_snapshot: 'instances.task.image_snapshot',
  image_pending_upload: 'instances.task.image_pending_upload',
  image_uploading: 'instances.task.image_uploading',
  image_backup: 'instances.task.image_backup',
  scheduling: 'instances.task.scheduling',
  block_device_mapping: 'instances.task.block_device_mapping',
  networking: 'instances.task.networking',
  spawning: 'instances.task.spawning',
  rebooting: 'instances.task.rebooting',
  reboot_pending: 'instances.task.rebooting',
  reboot_started: 'instances.task.rebooting',
  rebooting_hard: 'instances.task.rebooting_hard',
  reboot_pending_hard: 'instances.task.rebooting_hard',
  reboot_started_hard: 'instances.task.rebooting_hard',
  pausing: 'instances.task.pausing',
  unpausing: 'instances.task.unpausing',
  suspending: 'instances.task.suspending',
  resuming: 'instances.task.resuming',
  'powering-off': 'instances.task.powering_off',
  'powering-on': 'instances.task.powering_on',
  deleting: 'instances.task.deleting',
  rebuilding: 'instances.task.rebuilding',
  rebuild_block_device_mapping: 'instances.task.rebuild_block_device_mapping',
  rebuild_spawning: 'instances.task.rebuild_spawning',
  resize_prep: 'instances.task.resizing',
  resize_migrating: 'instances.task.resizing',
  resize_migrated: 'instances.task.resizing',
  resize_finish: 'instances.task.resizing',
  migrating: 'instances.task.migrating',
  shelving: 'instances.task.shelving',
  unshelving: 'instances.task.unshelving',
};

/** Power states by Nova's numbers (nova/compute/power_state.py). */
const powerKeys: Readonly<Record<number, MessageKey>> = {
  0: 'instances.power.noState',
  1: 'instances.power.running',
  2: 'instances.power.blocked',
  3: 'instances.power.paused',
  4: 'instances.power.shutdown',
  5: 'instances.power.shutoff',
  6: 'instances.power.crashed',
  7: 'instances.power.suspended',
  8: 'instances.power.failed',
  9: 'instances.power.building',
};

export function statusKey(status: string): MessageKey | null {
  return statusKeys[status.toUpperCase()] ?? null;
}

export function taskKey(task: string): MessageKey | null {
  return taskKeys[task] ?? null;
}

export function powerStateKey(power: number | null | undefined): MessageKey | null {
  return power === null || power === undefined ? null : (powerKeys[power] ?? null);
}

/** Moving: a task runs or the status is one Nova passes through. */
export function isInTransition(server: Server): boolean {
  return serverTaskState(server) !== null || transitionalStatuses.has(server.status.toUpperCase());
}

export function statusTone(server: Server): StatusTone {
  if (isInTransition(server)) return 'transition';
  switch (server.status.toUpperCase()) {
    case 'ACTIVE':
      return 'ok';
    case 'ERROR':
      return 'error';
    case 'PAUSED':
    case 'SUSPENDED':
    case 'VERIFY_RESIZE':
    case 'RESCUE':
      return 'warning';
    default:
      return 'neutral';
  }
}
