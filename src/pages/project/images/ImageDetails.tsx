import type { ReactNode } from 'react';
import { useApi } from '@/cloud/use-api';
import { CopyableId } from '@/components/copy/CopyableId';
import { Time } from '@/components/Time';
import { useI18n } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { BaseImageLink } from './BaseImageLink';
import { InstanceLink } from './InstanceLink';
import { LinkedVolumeSnapshots } from './LinkedVolumeSnapshots';
import { multihash, visibilityWords } from './image-fields';
import { isOwnedBy, kindOf, linkedVolumeSnapshotIds } from './image-rules';
import './ImagesPage.css';

interface ImageDetailsProps {
  image: Image;
  /** Base image ids of the whole page, so open rows share one lookup. */
  pageBaseIds?: readonly string[];
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Ours by the project's name; anyone else's by the whole id, which can be copied. */
function OwnerValue({ owner, project }: { owner: string | null | undefined; project: { id: string; name: string } }) {
  const { t } = useI18n();
  if (!owner) return <>{t('common.notAvailable')}</>;
  if (isOwnedBy({ owner }, project.id)) return <>{project.name}</>;
  return <CopyableId id={owner} label={t('images.details.copyOwner')} />;
}

/** What a snapshot is made of: its Nova properties, its source instance and image, its Cinder snapshots. */
export function ImageDetails({ image, pageBaseIds = [] }: ImageDetailsProps) {
  const { t, format } = useI18n();
  const project = useApi().session.project;
  const volumeSnapshotIds = linkedVolumeSnapshotIds(image);
  const visibility = visibilityWords[image.visibility];
  const hash = multihash(image);
  const rows: Array<[string, ReactNode]> = [
    [t('images.details.id'), <CopyableId key="id" id={image.id} />],
    [t('images.columns.type'), kindOf(image) === 'snapshot' ? t('images.kind.snapshot') : t('images.kind.image')],
    [t('images.columns.visibility'), visibility ? t(visibility) : image.visibility],
    [t('images.columns.protected'), image.protected ? t('images.details.protectedYes') : t('common.no')],
    [t('images.columns.owner'), <OwnerValue key="owner" owner={image.owner} project={project} />],
  ];
  if (present(image.image_type)) rows.push([t('images.details.imageType'), <code key="type">{image.image_type}</code>]);
  if (present(image.instance_uuid)) rows.push([t('images.details.instance'), <InstanceLink key="instance" instanceId={image.instance_uuid} />]);
  if (present(image.base_image_ref)) {
    rows.push([t('images.details.baseImage'), <BaseImageLink key="base" imageId={image.base_image_ref} pageBaseIds={pageBaseIds} />]);
  }
  const location = image['image_location'];
  if (typeof location === 'string' && present(location)) rows.push([t('images.details.imageLocation'), <code key="loc">{location}</code>]);
  rows.push([t('images.columns.size'), format.bytes(image.size)]);
  if (typeof image.virtual_size === 'number') rows.push([t('images.details.virtualSize'), format.bytes(image.virtual_size)]);
  rows.push([t('images.details.checksum'), present(image.checksum) ? <code key="sum">{image.checksum}</code> : t('common.notAvailable')]);
  if (hash) rows.push([t('images.details.multihash'), <code key="hash" className="image-details__hash">{hash}</code>]);
  rows.push([t('images.details.formats'), `${image.disk_format ?? t('common.notAvailable')} / ${image.container_format ?? t('common.notAvailable')}`]);
  rows.push([t('images.details.minimums'), t('images.details.minimumsValue', { disk: format.gigabytes(image.min_disk), ram: format.megabytes(image.min_ram) })]);
  rows.push([t('images.columns.created'), <Time key="created" value={image.created_at} />]);
  if (image.updated_at) rows.push([t('images.details.updated'), <Time key="updated" value={image.updated_at} />]);
  if (volumeSnapshotIds.length > 0) {
    rows.push([t('images.details.volumeSnapshots'), <LinkedVolumeSnapshots key="vs" ids={volumeSnapshotIds} />]);
  }

  return (
    <dl className="image-details">
      {rows.map(([term, value]) => (
        <div className="image-details__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
