import type { BatchAction, RowAction } from '@/components/actions/types';
import type { I18n } from '@/i18n';
import type { SnapshotRow } from './snapshot-rows';
import { createVolumeBlocker, deleteBlocker, editBlocker, launchBlocker, type Blocker } from './snapshot-rules';
import { blockerText } from './status-words';

export interface SnapshotActionHandlers {
  createVolume(row: SnapshotRow): void;
  launch(row: SnapshotRow): void;
  edit(row: SnapshotRow): void;
  remove(rows: SnapshotRow[]): void;
}

function allowedBy(rule: (row: SnapshotRow) => Blocker | null, t: I18n['t']) {
  return (row: SnapshotRow): true | string => {
    const blocker = rule(row);
    return blocker ? blockerText(blocker, t) : true;
  };
}

/** Horizon's row actions, in its order: Create Volume first, then Launch as Instance, Edit, Delete. */
export function snapshotRowActions(handlers: SnapshotActionHandlers, t: I18n['t']): RowAction<SnapshotRow>[] {
  return [
    { id: 'create-volume', label: t('volumeSnapshots.actions.createVolume'), allowed: allowedBy(createVolumeBlocker, t), run: handlers.createVolume },
    { id: 'launch', label: t('volumeSnapshots.actions.launch'), allowed: allowedBy(launchBlocker, t), run: handlers.launch },
    { id: 'edit', label: t('volumeSnapshots.actions.edit'), allowed: allowedBy(editBlocker, t), run: handlers.edit },
    {
      id: 'delete',
      label: t('volumeSnapshots.actions.deleteOne'),
      danger: true,
      allowed: allowedBy(deleteBlocker, t),
      run: (row) => handlers.remove([row]),
    },
  ];
}

/** The toolbar's Delete Volume Snapshots: rows that may not go are skipped with their reason. */
export function snapshotBatchActions(handlers: SnapshotActionHandlers, t: I18n['t']): BatchAction<SnapshotRow>[] {
  return [{ id: 'delete', label: t('volumeSnapshots.actions.deleteMany'), danger: true, allowed: allowedBy(deleteBlocker, t), run: handlers.remove }];
}
