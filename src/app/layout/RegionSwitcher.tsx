import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { HeaderSelect } from './HeaderSelect';

/** The region in use; a switch only when the catalog names more than one. */
export function RegionSwitcher() {
  const { t } = useI18n();
  const { session, switchRegion } = useCloud();
  const [failure, setFailure] = useState<string | null>(null);
  if (!session?.region) return null;
  if (session.regions.length < 2) {
    return <span className="header-region">{t('shell.region', { name: session.region })}</span>;
  }
  return (
    <HeaderSelect
      prefix={t('auth.region')}
      label={t('shell.switchRegion')}
      value={session.region}
      options={session.regions.map((region) => ({ value: region, label: region }))}
      failure={failure}
      onChange={(region) => {
        setFailure(null);
        switchRegion(region).catch((error: unknown) => setFailure(describeError(error, t).message));
      }}
    />
  );
}
