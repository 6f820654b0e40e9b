import type { I18n } from '@/i18n';
import type { StorageOwner } from './storage-model';

export interface OwnerNames {
  serverNames: ReadonlyMap<string, string>;
  /** The server listing held every instance: one not in it is gone. */
  serversComplete: boolean;
  volumeNames: ReadonlyMap<string, string>;
}

/** How a storage owner reads: the instance's name, else what is known of it. */
export function ownerLabel(owner: StorageOwner, names: OwnerNames, t: I18n['t']): string {
  if (owner.kind === 'unknown') return t('snapshotStorage.owner.unknown');
  if (owner.kind === 'volume') return t('snapshotStorage.owner.volume', { name: names.volumeNames.get(owner.id) || owner.id });
  const name = names.serverNames.get(owner.id);
  if (name) return name;
  return names.serversComplete ? t('snapshotStorage.owner.deletedInstance', { id: owner.id }) : t('snapshotStorage.owner.instance', { id: owner.id });
}
