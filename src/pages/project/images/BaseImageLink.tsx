import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { useI18n } from '@/i18n';
import { imageQueries } from '@/openstack/glance/queries';
import { paths } from '@/paths';
import { displayName } from './image-rules';

interface BaseImageLinkProps {
  imageId: string;
  /** Every base image id of the page: all open details share one `id=in:` lookup. */
  pageBaseIds: readonly string[];
}

/** The image a snapshot's instance was booted from, by name, linked to its details. */
export function BaseImageLink({ imageId, pageBaseIds }: BaseImageLinkProps) {
  const api = useApi();
  const { t } = useI18n();
  const ids = pageBaseIds.includes(imageId) ? pageBaseIds : [...pageBaseIds, imageId];
  const lookup = useQuery({ ...imageQueries.byIds(api, ids), staleTime: 60_000 });
  const base = lookup.data?.find((image) => image.id === imageId);

  if (base) return <Link to={paths.imageDetail(imageId)}>{displayName(base)}</Link>;
  return (
    <>
      <code>{imageId}</code>{' '}
      {lookup.isPending ? (
        <span className="image-details__muted">{t('images.details.checking')}</span>
      ) : (
        <span className="image-details__muted">{t('images.details.baseImageGone')}</span>
      )}
    </>
  );
}
