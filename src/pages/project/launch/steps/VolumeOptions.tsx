import { useId, type Dispatch } from 'react';
import { FieldError } from '@/components/FieldError';
import { useI18n } from '@/i18n';
import type { ResolvedLaunch } from '../resolve-launch';
import { canCreateVolume } from '../source-facts';
import type { WizardAction, WizardState } from '../wizard-state';
import { YesNo } from './YesNo';

interface VolumeOptionsProps {
  state: WizardState;
  resolved: ResolvedLaunch;
  dispatch: Dispatch<WizardAction>;
}

/** Create New Volume, its size (minimum shown and enforced) and what happens to it with the instance. */
export function VolumeOptions({ state, resolved, dispatch }: VolumeOptionsProps) {
  const { t } = useI18n();
  const id = useId();
  const offerVolume = canCreateVolume(resolved.candidate, state.sourceType);
  const min = resolved.minVolumeSize;
  const sizeProblem = min !== null && resolved.volumeSize === null;
  const makesOrUsesVolume = resolved.createVolume || state.sourceType === 'volume' || state.sourceType === 'volume_snapshot';

  return (
    <div className="launch-volume">
      {offerVolume && (
        <YesNo legend={t('launch.source.createVolume')} value={state.createVolume} onChange={(value) => dispatch({ type: 'setCreateVolume', value })} />
      )}
      {min !== null && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-size`}>
            {t('launch.source.volumeSize')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={`${id}-size`}
            className="launch__number"
            type="number"
            inputMode="numeric"
            min={min}
            step={1}
            required
            value={state.volumeSize ?? String(min)}
            aria-invalid={sizeProblem || undefined}
            aria-describedby={`${id}-size-hint${sizeProblem ? ` ${id}-size-error` : ''}`}
            onChange={(event) => dispatch({ type: 'setVolumeSize', value: event.target.value })}
          />
          <p className="field__hint" id={`${id}-size-hint`}>
            {t('launch.source.volumeSizeHint', { min })}
          </p>
          <FieldError id={`${id}-size-error`}>{sizeProblem ? t('launch.source.volumeSizeInvalid', { min }) : null}</FieldError>
        </div>
      )}
      {makesOrUsesVolume && (
        <YesNo
          legend={t('launch.source.deleteOnTermination')}
          value={state.deleteOnTermination}
          onChange={(value) => dispatch({ type: 'setDeleteOnTermination', value })}
        />
      )}
    </div>
  );
}
