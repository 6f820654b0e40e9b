import { useEffect, useId, useMemo, useReducer, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/PageHeader';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { atLeast } from '@/openstack/microversion';
import { paths } from '@/paths';
import { buildServerRequest } from './build-server-request';
import { LaunchBlockers } from './LaunchBlockers';
import { LaunchQuota } from './LaunchQuota';
import { resolveLaunch } from './resolve-launch';
import { StepContent } from './StepContent';
import { StepNav } from './StepNav';
import { useLaunchData } from './use-launch-data';
import { useLaunchSubmit } from './use-launch-submit';
import { usePresetIssue } from './use-preset-issue';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft';
import { initialWizardState, presetFromSearch, stepIds, wizardReducer, type LaunchPreset, type StepId, type WizardAction } from './wizard-state';
import './LaunchPage.css';

/** Project → Compute → Instances → Launch Instance. A new preset in the URL starts a fresh wizard. */
export function LaunchPage() {
  const [search] = useSearchParams();
  const preset = presetFromSearch(search);
  return <LaunchWizard key={`${preset.source}|${preset.id ?? ''}`} preset={preset} />;
}

function LaunchWizard({ preset }: { preset: LaunchPreset }) {
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const headingId = useId();
  const blockersId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, dispatch] = useReducer(wizardReducer, preset, (initial) => loadDraft(api.scope, initial) ?? initialWizardState(initial));
  const resources = useLaunchData(state.preset);
  const resolved = useMemo(() => resolveLaunch(state, resources.data), [state, resources.data]);
  const presetIssue = usePresetIssue(state.preset, resolved.presetMissing, resources.data.sources);
  // Launched or cancelled: the draft is gone for good, even if the page renders once more on its way out.
  const draftDone = useRef(false);
  const forgetDraft = () => {
    draftDone.current = true;
    clearDraft(api.scope, preset);
  };
  const { launch, isLaunching, error } = useLaunchSubmit(forgetDraft);
  useEffect(() => {
    if (!draftDone.current) saveDraft(api.scope, preset, state);
  }, [api.scope, preset, state]);
  const computeVersion = api.microversion('compute');

  // Moving between steps puts the keyboard on the step's heading (the same element, new words).
  const move = (action: Extract<WizardAction, { type: 'goTo' | 'next' | 'back' }>) => {
    dispatch(action);
    headingRef.current?.focus();
  };

  const required = new Set<StepId>(['details', 'source', 'flavor', ...(resolved.cloudHasNetworks ? (['networks'] as const) : [])]);
  const invalid = new Set(resolved.problems.map((problem) => problem.step));
  const shown = new Set<StepId>(state.attempted ? stepIds : state.visited);
  const showProblems = state.attempted || state.visited.includes(state.step);
  const blocked = resolved.problems.length > 0;
  const index = stepIds.indexOf(state.step);
  const failure = error ? describeError(error, t) : null;

  const submit = () => {
    dispatch({ type: 'attempt' });
    const { candidate, flavor } = resolved;
    if (blocked || !candidate || !flavor) return;
    launch(
      buildServerRequest({
        name: state.name,
        description: state.description,
        availabilityZone: state.availabilityZone,
        count: resolved.count,
        candidate,
        createVolume: resolved.createVolume,
        volumeSize: resolved.volumeSize,
        deleteOnTermination: state.deleteOnTermination,
        flavorId: flavor.id,
        networkIds: resolved.networkIds,
        cloudHasNetworks: resolved.cloudHasNetworks,
        securityGroups: resolved.securityGroups,
        keyName: resolved.keyName,
        computeMicroversion: computeVersion,
      }),
    );
  };
  const cancel = () => {
    forgetDraft();
    return location.key === 'default' ? navigate(paths.instances) : navigate(-1);
  };

  return (
    <div className="launch">
      <PageHeader title={t('launch.title')} description={t('launch.intro')} />
      <div className="launch__body">
        <StepNav current={state.step} shown={shown} invalid={invalid} required={required} onSelect={(step) => move({ type: 'goTo', step })} />
        <form
          className="launch__main"
          noValidate
          aria-label={t('launch.title')}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <section className="launch__step" aria-labelledby={headingId}>
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="launch__heading">
              {t(`launch.steps.${state.step}`)}
            </h2>
            <StepContent
              state={state}
              resolved={resolved}
              resources={resources}
              presetIssue={presetIssue}
              canDescribe={atLeast(computeVersion, '2.19')}
              showProblems={showProblems}
              dispatch={dispatch}
            />
          </section>
          <LaunchQuota lines={resolved.quota} listing={resources.quota} />
          {failure && (
            <div className="launch__error" role="alert">
              <p className="launch__error-title">{t('launch.result.failed')}</p>
              <p>{failure.message}</p>
              {failure.requestId && <p className="launch__error-request">{t('common.requestId', { id: failure.requestId })}</p>}
              {failure.retryable && (
                <button type="button" className="button" disabled={blocked || isLaunching} onClick={submit}>
                  {t('recovery.retry.button')}
                </button>
              )}
            </div>
          )}
          <div className="launch__footer">
            <LaunchBlockers id={blockersId} problems={resolved.problems} onGoTo={(step) => move({ type: 'goTo', step })} />
            <div className="launch__buttons">
              <button type="button" className="button" onClick={cancel}>
                {t('launch.actions.cancel')}
              </button>
              <button type="button" className="button" disabled={index === 0} onClick={() => move({ type: 'back' })}>
                {t('launch.actions.back')}
              </button>
              <button type="button" className="button" disabled={index === stepIds.length - 1} onClick={() => move({ type: 'next' })}>
                {t('launch.actions.next')}
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={blocked || isLaunching}
                aria-busy={isLaunching || undefined}
                aria-describedby={blocked ? blockersId : undefined}
              >
                {isLaunching ? t('launch.actions.launching') : t('launch.actions.launch')}
              </button>
            </div>
          </div>
        </form>
      </div>
    </div>
  );
}
