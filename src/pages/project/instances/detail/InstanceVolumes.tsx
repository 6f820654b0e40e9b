import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import type { AttachedVolumeRow } from './attached-volumes';

/** Attached volumes: name (linked), size, device, and whether it goes with the instance. */
export function InstanceVolumes({ rows, error }: { rows: readonly AttachedVolumeRow[]; error: string | null }) {
  const { t, format } = useI18n();
  const dash = t('common.notAvailable');
  return (
    <section className="instance-detail__section" aria-labelledby="instance-volumes">
      <h2 id="instance-volumes">{t('instanceDetail.sections.volumes')}</h2>
      {error && <p role="alert">{t('instanceDetail.volumes.loadFailed', { message: error })}</p>}
      {rows.length === 0 ? (
        <p>{t('instanceDetail.volumes.none')}</p>
      ) : (
        <table className="instance-detail__table">
          <caption className="visually-hidden">{t('instanceDetail.volumes.label')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instanceDetail.volumes.name')}</th>
              <th scope="col">{t('instanceDetail.volumes.size')}</th>
              <th scope="col">{t('instanceDetail.volumes.device')}</th>
              <th scope="col">{t('instanceDetail.volumes.deleteOnTermination')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={paths.volumeDetail(row.id)}>{row.name ?? row.id}</Link>
                </th>
                <td>{row.size === null ? dash : format.gigabytes(row.size)}</td>
                <td>{row.device ? <code>{row.device}</code> : dash}</td>
                <td>
                  {row.deleteOnTermination === null
                    ? dash
                    : row.deleteOnTermination
                      ? t('instanceDetail.volumes.yes')
                      : t('instanceDetail.volumes.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
