import { useId, type Dispatch } from 'react';
import { FieldError } from '@/components/FieldError';
import { useI18n } from '@/i18n';
import type { ResolvedLaunch } from '../resolve-launch';
import type { WizardAction, WizardState } from '../wizard-state';

interface DetailsStepProps {
  state: WizardState;
  resolved: ResolvedLaunch;
  zones: readonly string[];
  /** Nova takes a description from compute 2.19. */
  canDescribe: boolean;
  showProblems: boolean;
  dispatch: Dispatch<WizardAction>;
}

export function DetailsStep({ state, resolved, zones, canDescribe, showProblems, dispatch }: DetailsStepProps) {
  const { t } = useI18n();
  const id = useId();
  const nameProblem = showProblems && resolved.problems.some((problem) => problem.kind === 'nameMissing');
  const countProblem = showProblems && resolved.problems.some((problem) => problem.kind === 'countInvalid');
  const countHelp = resolved.countLocked
    ? t('launch.details.countLocked')
    : resolved.count > 1 && state.name.trim()
      ? t('launch.details.countHint', { name: state.name.trim() })
      : null;

  return (
    <>
      <p className="launch__help">{t('launch.details.help')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('launch.details.name')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          required
          value={state.name}
          aria-invalid={nameProblem || undefined}
          aria-describedby={nameProblem ? `${id}-name-error` : undefined}
          onChange={(event) => dispatch({ type: 'setName', value: event.target.value })}
        />
        <FieldError id={`${id}-name-error`}>{nameProblem ? t('launch.details.nameMissing') : null}</FieldError>
      </div>
      {canDescribe && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-description`}>
            {t('launch.details.description')}
          </label>
          <textarea
            id={`${id}-description`}
            value={state.description}
            onChange={(event) => dispatch({ type: 'setDescription', value: event.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-zone`}>
          {t('launch.details.zone')}
        </label>
        <select
          id={`${id}-zone`}
          value={state.availabilityZone}
          onChange={(event) => dispatch({ type: 'setAvailabilityZone', value: event.target.value })}
        >
          <option value="">{t('launch.details.anyZone')}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-count`}>
          {t('launch.details.count')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={`${id}-count`}
          className="launch__number"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={resolved.countLocked ? '1' : state.count}
          disabled={resolved.countLocked}
          aria-invalid={countProblem || undefined}
          aria-describedby={[countProblem ? `${id}-count-error` : '', countHelp ? `${id}-count-help` : ''].join(' ').trim() || undefined}
          onChange={(event) => dispatch({ type: 'setCount', value: event.target.value })}
        />
        {countHelp && (
          <p className="field__hint" id={`${id}-count-help`}>
            {countHelp}
          </p>
        )}
        <FieldError id={`${id}-count-error`}>{countProblem ? t('launch.details.countInvalid') : null}</FieldError>
      </div>
    </>
  );
}
