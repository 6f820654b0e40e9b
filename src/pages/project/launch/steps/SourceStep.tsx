import { useCallback, useId, type Dispatch } from 'react';
import { useI18n } from '@/i18n';
import { isLaunchSource, launchSources, type BootCandidate } from '../candidates';
import type { PresetIssue } from '../preset-issue';
import { PresetNotice } from '../PresetNotice';
import type { ResolvedLaunch } from '../resolve-launch';
import { isVolumeBackedCandidate } from '../source-facts';
import type { Listing } from '../use-launch-data';
import type { WizardAction, WizardState } from '../wizard-state';
import { CandidateTable } from './CandidateTable';
import { RecreatedVolumes } from './RecreatedVolumes';
import { VolumeOptions } from './VolumeOptions';

interface SourceStepProps {
  state: WizardState;
  resolved: ResolvedLaunch;
  presetIssue: PresetIssue | null;
  listing: Listing;
  dispatch: Dispatch<WizardAction>;
}

function Allocated({ candidate }: { candidate: BootCandidate | undefined }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="launch-allocated" aria-labelledby={headingId}>
      <h3 id={headingId} className="launch__subheading">
        {t('launch.source.allocated')}
      </h3>
      {candidate ? (
        <p className="launch-allocated__item">
          <strong>{candidate.name}</strong> <span className="launch-allocated__id">{candidate.id}</span>
        </p>
      ) : (
        <p className="launch-allocated__empty">{t('launch.source.nothingSelected')}</p>
      )}
    </section>
  );
}

/** Select Boot Source: the four sources, the volume options and the chosen item. */
export function SourceStep({ state, resolved, presetIssue, listing, dispatch }: SourceStepProps) {
  const { t } = useI18n();
  const id = useId();
  const onSelect = useCallback((candidateId: string) => dispatch({ type: 'selectSource', id: candidateId }), [dispatch]);
  const onSearch = useCallback((value: string) => dispatch({ type: 'setSearch', value }), [dispatch]);
  const showNotice = presetIssue !== null && state.preset?.source === state.sourceType;

  return (
    <>
      <p className="launch__help">{t('launch.source.help')}</p>
      {showNotice && <PresetNotice issue={presetIssue} source={state.sourceType} />}
      <div className="launch-source__controls">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-type`}>
            {t('launch.source.bootSource')}
          </label>
          <select
            id={`${id}-type`}
            value={state.sourceType}
            onChange={(event) => {
              if (isLaunchSource(event.target.value)) dispatch({ type: 'setSourceType', value: event.target.value });
            }}
          >
            {launchSources.map((source) => (
              <option key={source} value={source}>
                {t(`launch.source.types.${source}`)}
              </option>
            ))}
          </select>
        </div>
        <VolumeOptions state={state} resolved={resolved} dispatch={dispatch} />
      </div>
      <Allocated candidate={resolved.candidate} />
      {isVolumeBackedCandidate(resolved.candidate) && <RecreatedVolumes volumes={resolved.recreated} />}
      <CandidateTable
        type={state.sourceType}
        candidates={resolved.candidates}
        selectedId={resolved.candidate?.id}
        search={state.search}
        listing={listing}
        onSearch={onSearch}
        onSelect={onSelect}
      />
    </>
  );
}
