import { useI18n } from '@/i18n';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { Image } from '@/openstack/glance/schemas';
import { displayName } from './image-rules';

interface LinkedSnapshotsListProps {
  linked: ReadonlyArray<{ image: Image; ids: readonly string[] }>;
  byId: ReadonlyMap<string, VolumeSnapshot>;
  loading: boolean;
}

/** Names the volume snapshots the opt-in would delete, per image. */
export function LinkedSnapshotsList({ linked, byId, loading }: LinkedSnapshotsListProps) {
  const { t } = useI18n();
  const name = (id: string) => {
    const snapshot = byId.get(id);
    if (snapshot) return snapshot.name || id;
    return loading ? id : `${id} ${t('images.delete.linkedNotFound')}`;
  };
  return (
    <>
      <p>{t('images.delete.linkedHint')}</p>
      {loading && <p>{t('images.delete.linkedLoading')}</p>}
      <ul className="image-delete__names">
        {linked.map(({ image, ids }) => (
          <li key={image.id}>{t('images.delete.linkedOf', { name: displayName(image), snapshots: ids.map(name).join(', ') })}</li>
        ))}
      </ul>
    </>
  );
}
