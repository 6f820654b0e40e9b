import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';

/** Shown only when the catalog names more than one region. */
export function RegionSwitcher() {
  const { t } = useI18n();
  const { session, switchRegion } = useCloud();
  const [failure, setFailure] = useState<string | null>(null);
  if (!session?.region) return null;
  if (session.regions.length < 2) {
    return <span className="header-region">{t('shell.region', { name: session.region })}</span>;
  }
  return (
    <div className="header-switch">
      <label className="header-select">
        <span className="header-select__prefix">{t('auth.region')}</span>
        <select
          aria-label={t('shell.switchRegion')}
          value={session.region}
          onChange={(event) => {
            setFailure(null);
            switchRegion(event.target.value).catch((error: unknown) => setFailure(describeError(error, t).message));
          }}
        >
          {session.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      {failure && (
        <span className="header-switch__error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
