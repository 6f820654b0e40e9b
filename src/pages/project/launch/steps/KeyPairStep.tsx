import { useId, type Dispatch } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Spinner } from '@/components/Spinner';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { Keypair } from '@/openstack/nova/schemas';
import type { ResolvedLaunch } from '../resolve-launch';
import type { Listing } from '../use-launch-data';
import type { WizardAction } from '../wizard-state';

interface KeyPairStepProps {
  keypairs: readonly Keypair[];
  resolved: ResolvedLaunch;
  listing: Listing;
  dispatch: Dispatch<WizardAction>;
}

/** One key pair or none: a radio group. */
export function KeyPairStep({ keypairs, resolved, listing, dispatch }: KeyPairStepProps) {
  const { t } = useI18n();
  const name = useId();
  const failure = listing.error ? describeError(listing.error, t) : null;
  return (
    <>
      <p className="launch__help">{t('launch.keyPair.help')}</p>
      {listing.isLoading && <Spinner label={t('launch.keyPair.loading')} showLabel size="small" />}
      {failure && <ErrorState message={failure.message} requestId={failure.requestId} onRetry={listing.retry} />}
      {!listing.isLoading && !failure && (
        <fieldset className="launch-keys">
          <legend className="field__label">{t('launch.keyPair.legend')}</legend>
          <label className="launch-keys__option">
            <input type="radio" name={name} checked={resolved.keyName === null} onChange={() => dispatch({ type: 'setKeyName', name: null })} />
            <span>{t('launch.keyPair.none')}</span>
          </label>
          {keypairs.map((keypair) => (
            <label key={keypair.name} className="launch-keys__option">
              <input
                type="radio"
                name={name}
                checked={resolved.keyName === keypair.name}
                onChange={() => dispatch({ type: 'setKeyName', name: keypair.name })}
              />
              <span>
                <strong>{keypair.name}</strong>
                {keypair.fingerprint && (
                  <span className="launch-keys__fingerprint">{t('launch.keyPair.fingerprint', { fingerprint: keypair.fingerprint })}</span>
                )}
              </span>
            </label>
          ))}
          {keypairs.length === 0 && <p className="field__hint">{t('launch.keyPair.empty')}</p>}
        </fieldset>
      )}
    </>
  );
}
