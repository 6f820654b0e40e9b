import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { ownerLabel, type OwnerNames } from './owner-label';
import type { OwnerTotal } from './storage-model';

interface InstanceBarsProps {
  owners: readonly OwnerTotal[];
  totalBytes: number;
  names: OwnerNames;
}

/**
 * Storage per instance as horizontal bars. The chart is a real table (instance, snapshots, size,
 * share) and the bar only draws the share column, so a screen reader reads the same numbers.
 */
export function InstanceBars({ owners, totalBytes, names }: InstanceBarsProps) {
  const { t, format, locale } = useI18n();
  const headingId = useId();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const largest = owners[0]?.bytes ?? 0;
  return (
    <section className="storage-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('snapshotStorage.byInstance.heading')}</h2>
      <table className="storage-bars">
        <caption className="visually-hidden">{t('snapshotStorage.byInstance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshotStorage.byInstance.owner')}</th>
            <th scope="col" className="storage-bars__number">
              {t('snapshotStorage.byInstance.count')}
            </th>
            <th scope="col" className="storage-bars__number">
              {t('snapshotStorage.byInstance.size')}
            </th>
            <th scope="col">{t('snapshotStorage.byInstance.share')}</th>
          </tr>
        </thead>
        <tbody>
          {owners.map((owner) => {
            const share = totalBytes > 0 ? owner.bytes / totalBytes : 0;
            // Bars are scaled to the largest instance, so small differences stay visible.
            const width = largest > 0 ? (owner.bytes / largest) * 100 : 0;
            return (
              <tr key={owner.key}>
                <th scope="row">
                  {owner.owner.kind === 'instance' && names.serverNames.has(owner.owner.id) ? (
                    <Link to={paths.instanceDetail(owner.owner.id)}>{ownerLabel(owner.owner, names, t)}</Link>
                  ) : (
                    ownerLabel(owner.owner, names, t)
                  )}
                </th>
                <td className="storage-bars__number">{format.number(owner.count)}</td>
                <td className="storage-bars__number">{format.bytes(owner.bytes)}</td>
                <td className="storage-bars__share">
                  <span className="storage-bars__track" aria-hidden="true">
                    <span className="storage-bars__bar" style={{ width: `${width}%` }} />
                  </span>
                  <span className="storage-bars__percent">{t('snapshotStorage.byInstance.percent', { percent: percent.format(share) })}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
