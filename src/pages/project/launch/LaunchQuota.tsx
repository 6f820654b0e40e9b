import { useId } from 'react';
import { QuotaBar } from '@/components/QuotaBar';
import { Spinner } from '@/components/Spinner';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { QuotaLine } from './launch-quota';
import type { Listing } from './use-launch-data';

/** The five bars Horizon shows while launching; they move with count, flavor and volume choices. */
export function LaunchQuota({ lines, listing }: { lines: readonly QuotaLine[]; listing: Listing }) {
  const { t, format } = useI18n();
  const headingId = useId();
  const formatOf = (line: QuotaLine) =>
    line.resource === 'ram' ? format.megabytes : line.resource === 'gigabytes' ? format.gigabytes : format.number;
  return (
    <section className="launch-quota" aria-labelledby={headingId}>
      <h2 id={headingId} className="launch__subheading">
        {t('launch.quota.heading')}
      </h2>
      {listing.isLoading && <Spinner label={t('launch.quota.loading')} showLabel size="small" />}
      {listing.error !== null && (
        <p className="launch-quota__failed">{t('launch.quota.failed', { message: describeError(listing.error, t).message })}</p>
      )}
      {lines.map((line) => (
        <QuotaBar
          key={line.resource}
          label={t(`launch.quota.${line.resource}`)}
          used={line.used}
          requested={line.requested}
          limit={line.limit}
          format={formatOf(line)}
        />
      ))}
    </section>
  );
}
