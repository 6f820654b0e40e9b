import type { MessageKey } from '@/i18n';
import { isBootable } from '@/openstack/cinder/helpers';
import type { SnapshotRow } from './snapshot-rows';
import { displayName } from './snapshot-rows';

/** Why an action is not offered: an i18n key and its parameters (`status` is a Cinder status, put into words). */
export interface Blocker {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

const DELETABLE: readonly string[] = ['available', 'error'];

/**
 * Cinder's own preconditions (fact 32 in tests/fixtures/openstack-api-samples/README.md), checked before asking:
 * available or error, not in a group snapshot, and no volume made from it (Cinder would accept
 * the DELETE and then refuse).
 */
export function deleteBlocker(row: SnapshotRow): Blocker | null {
  const { snapshot } = row;
  if (snapshot.status === 'deleting') return { key: 'volumeSnapshots.reasons.alreadyDeleting' };
  if (!DELETABLE.includes(snapshot.status)) return { key: 'volumeSnapshots.reasons.deleteStatus', params: { status: snapshot.status } };
  if (snapshot.group_snapshot_id) return { key: 'volumeSnapshots.reasons.inGroup' };
  if (row.createdVolumes.length > 0) {
    return {
      key: 'volumeSnapshots.reasons.hasVolumes',
      params: { count: row.createdVolumes.length, names: row.createdVolumes.map(displayName).join(', ') },
    };
  }
  if (row.volumesChecked === 'pending') return { key: 'volumeSnapshots.reasons.checkingVolumes' };
  return null;
}

/** Launch as Instance: an available snapshot of a bootable volume (Horizon's rule). */
export function launchBlocker(row: SnapshotRow): Blocker | null {
  if (row.snapshot.status !== 'available') return { key: 'volumeSnapshots.reasons.launchStatus', params: { status: row.snapshot.status } };
  if (!row.volume) {
    return row.volumesChecked === 'pending' ? { key: 'volumeSnapshots.reasons.checkingVolumes' } : { key: 'volumeSnapshots.reasons.volumeUnknown' };
  }
  if (!isBootable(row.volume)) return { key: 'volumeSnapshots.reasons.notBootable', params: { volume: displayName(row.volume) } };
  return null;
}

/** Create Volume: only from an available snapshot. */
export function createVolumeBlocker(row: SnapshotRow): Blocker | null {
  if (row.snapshot.status !== 'available') return { key: 'volumeSnapshots.reasons.createStatus', params: { status: row.snapshot.status } };
  return null;
}

/** Edit name and description: not while Cinder is working on it. */
export function editBlocker(row: SnapshotRow): Blocker | null {
  if (!DELETABLE.includes(row.snapshot.status)) return { key: 'volumeSnapshots.reasons.editStatus', params: { status: row.snapshot.status } };
  return null;
}
