import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { useI18n } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { serverQueries } from '@/openstack/nova/queries';
import { paths } from '@/paths';

/** Restore: shown on an active snapshot whose instance still exists; opens the Restore dialog of that instance. */
export function RestoreFromSnapshotLink({ image }: { image: Image }) {
  const api = useApi();
  const { t } = useI18n();
  const instanceId = image.instance_uuid ?? '';
  const server = useQuery({ ...serverQueries.detail(api, instanceId), enabled: instanceId !== '', retry: false, staleTime: 60_000 });
  if (image.status !== 'active' || !server.data) return null;
  return (
    <Link
      className="button"
      to={paths.instanceRestore(instanceId, image.id)}
      title={t('images.actions.restoreHint', { name: server.data.name || instanceId })}
    >
      {t('images.actions.restore')}
    </Link>
  );
}
