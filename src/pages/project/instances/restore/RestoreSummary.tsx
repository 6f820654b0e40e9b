import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { serverIpAddresses } from '@/openstack/nova/server-helpers';
import { keptDataVolumeCount } from './restore-rules';

/** What a rebuild keeps and what it loses, in plain words. */
export function RestoreSummary({ server }: { server: Server }) {
  const { t } = useI18n();
  const addresses = serverIpAddresses(server).map((entry) => entry.address);
  const volumes = keptDataVolumeCount(server);
  return (
    <div className="restore-dialog__summary">
      <section aria-label={t('restore.dialog.keptHeading')}>
        <h3>{t('restore.dialog.keptHeading')}</h3>
        <ul>
          <li>{t('restore.dialog.kept.id', { id: server.id })}</li>
          <li>{addresses.length > 0 ? t('restore.dialog.kept.addresses', { addresses: addresses.join(', ') }) : t('restore.dialog.kept.noAddresses')}</li>
          {volumes > 0 && <li>{t('restore.dialog.kept.volumes', { count: volumes })}</li>}
          <li>{t('restore.dialog.kept.identity')}</li>
        </ul>
      </section>
      <section aria-label={t('restore.dialog.lostHeading')}>
        <h3>{t('restore.dialog.lostHeading')}</h3>
        <p>{t('restore.dialog.lost')}</p>
      </section>
    </div>
  );
}
