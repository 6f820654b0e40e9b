import type { ActionRule, BatchAction, RowAction } from '@/components/actions/types';
import type { I18n } from '@/i18n';
import type { SnapshotRow } from './snapshot-rows';
import { createVolumeBlocker, deleteBlocker, editBlocker, launchBlocker, type Blocker } from './snapshot-rules';
import { blockerText } from './status-words';

export interface SnapshotActionHandlers {
  createVolume(row: SnapshotRow): void;
  launch(row: SnapshotRow): void;
  edit(row: SnapshotRow): void;
  remove(rows: SnapshotRow[]): void;
  copyToImage?(row: SnapshotRow): void;
}

/** Each rule once, in words: the checkbox note, the row actions, the toolbar and the dialog use these. */
export interface SnapshotRules {
  createVolume: ActionRule<SnapshotRow>;
  launch: ActionRule<SnapshotRow>;
  edit: ActionRule<SnapshotRow>;
  delete: ActionRule<SnapshotRow>;
}

export function snapshotRules(t: I18n['t']): SnapshotRules {
  const inWords =
    (rule: (row: SnapshotRow) => Blocker | null): ActionRule<SnapshotRow> =>
    (row) => {
      const blocker = rule(row);
      return blocker ? blockerText(blocker, t) : true;
    };
  return { createVolume: inWords(createVolumeBlocker), launch: inWords(launchBlocker), edit: inWords(editBlocker), delete: inWords(deleteBlocker) };
}

/** Horizon's row actions, in its order: Create Volume first, then Launch as Instance, Edit, Delete. */
export function snapshotRowActions(t: I18n['t'], rules: SnapshotRules, handlers: SnapshotActionHandlers): RowAction<SnapshotRow>[] {
  return [
    { id: 'create-volume', label: t('volumeSnapshots.actions.createVolume'), allowed: rules.createVolume, run: handlers.createVolume },
    { id: 'launch', label: t('volumeSnapshots.actions.launch'), allowed: rules.launch, run: handlers.launch },
    { id: 'edit', label: t('volumeSnapshots.actions.edit'), allowed: rules.edit, run: handlers.edit },
    // Copy to Image makes a volume from the snapshot first: the same rule as Create Volume.
    ...(handlers.copyToImage ? [{ id: 'copy-to-image', label: t('copyToImage.volumeAction'), allowed: rules.createVolume, run: handlers.copyToImage }] : []),
    { id: 'delete', label: t('volumeSnapshots.actions.deleteOne'), danger: true, allowed: rules.delete, run: (row) => handlers.remove([row]) },
  ];
}

/** The toolbar's Delete Volume Snapshots: rows that may not go are skipped with their reason. */
export function snapshotBatchActions(t: I18n['t'], rules: SnapshotRules, handlers: Pick<SnapshotActionHandlers, 'remove'>): BatchAction<SnapshotRow>[] {
  return [{ id: 'delete', label: t('volumeSnapshots.actions.deleteMany'), danger: true, allowed: rules.delete, run: handlers.remove }];
}
