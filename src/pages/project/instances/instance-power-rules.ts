import { serverTaskState, snapshotTaskStates } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';

export type PowerActionId = 'start' | 'stop' | 'softReboot' | 'hardReboot' | 'delete';

/** Why a power action is refused for a server, or null when it is allowed. */
export type PowerRefusal =
  | { kind: 'task'; task: string }
  | { kind: 'status'; status: string }
  | { kind: 'power'; power: number | null }
  | { kind: 'deleting' }
  | { kind: 'snapshot'; task: string };

/** Nova's power state numbers for RUNNING and SUSPENDED (Horizon's StopInstance). */
const RUNNING = 1;
const SUSPENDED = 7;
/** Nova's ALLOW_REBOOT task states: a hard reboot may interrupt these. */
const hardRebootTasks = new Set(['rebooting', 'reboot_pending', 'reboot_started', 'rebooting_hard', 'resuming', 'unpausing', 'pausing', 'suspending']);
const snapshotTasks = new Set<string>(snapshotTaskStates);

function isDeleting(task: string | null): boolean {
  return task?.toLowerCase() === 'deleting';
}

/**
 * Horizon's rules (project/instances/tables.py), tightened where Nova would answer 409 anyway:
 * - Start: status SHUTDOWN, SHUTOFF or CRASHED, no task.
 * - Shut Off: power state RUNNING or SUSPENDED, no task.
 * - Soft Reboot: status ACTIVE, no task.
 * - Hard Reboot: status ACTIVE or SHUTOFF, not deleting, no task other than Nova's ALLOW_REBOOT ones.
 * - Delete: not already deleting (an ERROR instance always), and — so a snapshot is not lost half-way —
 *   not while a snapshot is being taken.
 */
export function powerRefusal(id: PowerActionId, server: Server): PowerRefusal | null {
  const task = serverTaskState(server);
  const status = server.status.toUpperCase();
  switch (id) {
    case 'start':
      if (task !== null) return { kind: 'task', task };
      return ['SHUTDOWN', 'SHUTOFF', 'CRASHED'].includes(status) ? null : { kind: 'status', status };
    case 'stop': {
      if (task !== null) return { kind: 'task', task };
      const power = server['OS-EXT-STS:power_state'] ?? null;
      return power === RUNNING || power === SUSPENDED ? null : { kind: 'power', power };
    }
    case 'softReboot':
      if (task !== null) return { kind: 'task', task };
      return status === 'ACTIVE' ? null : { kind: 'status', status };
    case 'hardReboot':
      if (isDeleting(task)) return { kind: 'deleting' };
      if (task !== null && !hardRebootTasks.has(task)) return { kind: 'task', task };
      return status === 'ACTIVE' || status === 'SHUTOFF' || status === 'REBOOT' || status === 'HARD_REBOOT' ? null : { kind: 'status', status };
    case 'delete':
      if (status === 'ERROR') return null;
      if (isDeleting(task)) return { kind: 'deleting' };
      if (task !== null && snapshotTasks.has(task)) return { kind: 'snapshot', task };
      return null;
  }
}
