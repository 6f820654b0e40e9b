import { isBootable } from '@/openstack/cinder/helpers';
import type { Image } from '@/openstack/glance/schemas';
import type { SourceData } from './candidates';
import { isSettling } from './status-words';
import type { LaunchPreset } from './wizard-state';

/** Why the item the URL named is not among the candidates, in words a user can act on. */
export type PresetIssue =
  | { kind: 'checking' }
  | { kind: 'gone'; id: string }
  | { kind: 'notReady'; name: string; status: string }
  | { kind: 'notUsable'; name: string; status: string }
  | { kind: 'notBootable'; name: string }
  | { kind: 'volumeNotBootable'; name: string }
  | { kind: 'otherKind'; name: string }
  | { kind: 'lookupFailed'; error: unknown };

/** The one GET for a preset image that is not in the active listing (undefined while it runs). */
interface PresetImageLookup {
  image: Image | undefined;
}

function byStatus(name: string, status: string, ready: string): PresetIssue | null {
  if (status === ready) return null;
  return isSettling(status) ? { kind: 'notReady', name, status } : { kind: 'notUsable', name, status };
}

export function presetIssue(preset: LaunchPreset & { id: string }, sources: SourceData, lookup: PresetImageLookup): PresetIssue {
  const { id } = preset;
  switch (preset.source) {
    case 'image':
    case 'instance_snapshot': {
      const { image } = lookup;
      if (image === undefined) return { kind: 'checking' };
      const name = image.name || image.id;
      return byStatus(name, image.status, 'active') ?? { kind: 'otherKind', name };
    }
    case 'volume': {
      const volume = sources.volumes.find((item) => item.id === id);
      if (!volume) return { kind: 'gone', id };
      const name = volume.name || volume.id;
      return byStatus(name, volume.status, 'available') ?? (isBootable(volume) ? { kind: 'otherKind', name } : { kind: 'volumeNotBootable', name });
    }
    case 'volume_snapshot': {
      const snapshot = sources.volumeSnapshots.find((item) => item.id === id);
      if (!snapshot) return { kind: 'gone', id };
      const name = snapshot.name || snapshot.id;
      return byStatus(name, snapshot.status, 'available') ?? { kind: 'notBootable', name };
    }
  }
}

