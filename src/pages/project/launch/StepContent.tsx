import type { Dispatch } from 'react';
import type { PresetIssue } from './preset-issue';
import type { ResolvedLaunch } from './resolve-launch';
import { DetailsStep } from './steps/DetailsStep';
import { FlavorStep } from './steps/FlavorStep';
import { KeyPairStep } from './steps/KeyPairStep';
import { NetworksStep } from './steps/NetworksStep';
import { SecurityGroupsStep } from './steps/SecurityGroupsStep';
import { SourceStep } from './steps/SourceStep';
import type { LaunchResources } from './use-launch-data';
import type { WizardAction, WizardState } from './wizard-state';

interface StepContentProps {
  state: WizardState;
  resolved: ResolvedLaunch;
  resources: LaunchResources;
  presetIssue: PresetIssue | null;
  canDescribe: boolean;
  showProblems: boolean;
  dispatch: Dispatch<WizardAction>;
}

/** The form section of the current step. */
export function StepContent({ state, resolved, resources, presetIssue, canDescribe, showProblems, dispatch }: StepContentProps) {
  const { data } = resources;
  switch (state.step) {
    case 'details':
      return (
        <DetailsStep
          state={state}
          resolved={resolved}
          zones={resources.zones}
          canDescribe={canDescribe}
          showProblems={showProblems}
          dispatch={dispatch}
        />
      );
    case 'source':
      return <SourceStep state={state} resolved={resolved} presetIssue={presetIssue} listing={resources.sources} dispatch={dispatch} />;
    case 'flavor':
      return <FlavorStep resolved={resolved} listing={resources.flavors} dispatch={dispatch} />;
    case 'networks':
      return (
        <NetworksStep
          networks={data.networks ?? []}
          resolved={resolved}
          listing={resources.networks}
          showProblems={showProblems}
          dispatch={dispatch}
        />
      );
    case 'securityGroups':
      return <SecurityGroupsStep groups={data.securityGroups ?? []} resolved={resolved} listing={resources.securityGroups} dispatch={dispatch} />;
    case 'keyPair':
      return <KeyPairStep keypairs={data.keypairs ?? []} resolved={resolved} listing={resources.keypairs} dispatch={dispatch} />;
  }
}
