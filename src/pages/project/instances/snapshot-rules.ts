import { isVolumeBacked, serverTaskState } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';

/** Why Create Snapshot is refused for a server, or null when it is allowed. */
type SnapshotRefusal =
  | { kind: 'task'; task: string }
  | { kind: 'status'; status: string }
  | { kind: 'pausedVolumeBacked' };

/** Horizon's SNAPSHOT_READY_STATES (project/instances/tables.py, CreateSnapshot.allowed). */
const snapshotReadyStatuses = new Set(['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED']);

/**
 * Horizon's rule plus Nova's: the server is ACTIVE, SHUTOFF, PAUSED or SUSPENDED with no task in
 * progress; a paused server only when it boots from an image (Nova refuses createImage on a paused
 * volume-backed server).
 */
export function snapshotRefusal(server: Server): SnapshotRefusal | null {
  const task = serverTaskState(server);
  if (task !== null) return { kind: 'task', task };
  const status = server.status.toUpperCase();
  if (!snapshotReadyStatuses.has(status)) return { kind: 'status', status };
  if (status === 'PAUSED' && isVolumeBacked(server)) return { kind: 'pausedVolumeBacked' };
  return null;
}

/** Running servers can give an inconsistent snapshot: offer to shut them off first. */
export function isRunning(server: Server): boolean {
  return server.status.toUpperCase() === 'ACTIVE';
}
