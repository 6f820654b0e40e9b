import { useId } from 'react';
import { useI18n } from '@/i18n';
import type { RecreatedVolume } from '../source-facts';
import { statusWord } from '../status-words';

/** What a volume-backed instance's snapshot boots from: the volumes Nova makes from its Cinder snapshots. */
export function RecreatedVolumes({ volumes }: { volumes: readonly RecreatedVolume[] }) {
  const { t, format } = useI18n();
  const headingId = useId();
  return (
    <section className="launch-recreated" aria-labelledby={headingId}>
      <h3 id={headingId} className="launch__subheading">
        {t('launch.source.recreated.heading')}
      </h3>
      {volumes.length === 0 ? (
        <p>{t('launch.source.recreated.none')}</p>
      ) : (
        <>
          <p>{t('launch.source.recreated.intro', { count: volumes.length })}</p>
          <table className="launch-recreated__table">
            <caption className="visually-hidden">{t('launch.source.recreated.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('launch.source.recreated.snapshot')}</th>
                <th scope="col">{t('launch.source.recreated.size')}</th>
                <th scope="col">{t('launch.source.recreated.device')}</th>
                <th scope="col">{t('launch.source.recreated.status')}</th>
              </tr>
            </thead>
            <tbody>
              {volumes.map((volume) => (
                <tr key={volume.snapshotId}>
                  <th scope="row">{volume.snapshot?.name || volume.snapshotId}</th>
                  <td>{volume.sizeGb === null ? t('common.notAvailable') : format.gigabytes(volume.sizeGb)}</td>
                  <td>
                    {volume.deviceName ?? t('common.notAvailable')}
                    {volume.deleteOnTermination && <span className="launch-recreated__note"> · {t('launch.source.recreated.deleted')}</span>}
                  </td>
                  <td>{volume.snapshot ? statusWord(volume.snapshot.status, t) : t('launch.source.recreated.missing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
