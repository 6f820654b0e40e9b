import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';

/** Addresses grouped by network, as Nova groups them. */
export function InstanceAddresses({ server }: { server: Server }) {
  const { t } = useI18n();
  const networks = Object.entries(server.addresses);
  return (
    <section className="instance-detail__section" aria-labelledby="instance-addresses">
      <h2 id="instance-addresses">{t('instanceDetail.sections.addresses')}</h2>
      {networks.length === 0 ? (
        <p>{t('instanceDetail.noAddresses')}</p>
      ) : (
        <dl className="instance-detail__list">
          {networks.map(([network, addresses]) => (
            <div className="instance-detail__row" key={network}>
              <dt>{t('instanceDetail.network', { network })}</dt>
              <dd>
                <ul className="instance-detail__inline-list">
                  {addresses.map((entry) => (
                    <li key={entry.addr}>
                      <code>{entry.addr}</code>
                      {entry['OS-EXT-IPS:type'] ? ` (${entry['OS-EXT-IPS:type']})` : ''}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
