import type { LaunchSource } from '@/paths';
import { isLaunchSource } from './candidates';

export const stepIds = ['details', 'source', 'flavor', 'networks', 'securityGroups', 'keyPair'] as const;
export type StepId = (typeof stepIds)[number];

/** What the URL asks for: `?source=…&id=…`. Without one the wizard opens on Image. */
export interface LaunchPreset {
  source: LaunchSource;
  id: string | null;
}

export function presetFromSearch(search: URLSearchParams): LaunchPreset {
  const source = search.get('source');
  const id = search.get('id')?.trim() || null;
  return { source: isLaunchSource(source) ? source : 'image', id: isLaunchSource(source) ? id : null };
}

/** Everything the user entered; one reducer, so a failed launch loses nothing. */
export interface WizardState {
  step: StepId;
  /** Steps the user has left: their problems are shown from then on. */
  visited: readonly StepId[];
  /** The user pressed Launch at least once: every problem is shown. */
  attempted: boolean;
  name: string;
  description: string;
  availabilityZone: string;
  /** As typed; checked by `launch-checks`. */
  count: string;
  sourceType: LaunchSource;
  /** The chosen item per source type, so switching back and forth keeps each choice. */
  selected: Readonly<Partial<Record<LaunchSource, string>>>;
  /** The item the URL asked for, to say so plainly when it cannot be used. */
  preset: LaunchPreset | null;
  createVolume: boolean;
  /** As typed; null = the source's minimum. */
  volumeSize: string | null;
  deleteOnTermination: boolean;
  search: string;
  flavorId: string | null;
  /** null until the user chooses: the only network, if there is just one. */
  networkIds: readonly string[] | null;
  /** null until the user chooses: `default`, where the project has it. */
  securityGroups: readonly string[] | null;
  /** undefined until the user chooses: the only key pair, if there is just one; null = none. */
  keyName: string | null | undefined;
}

export type WizardAction =
  | { type: 'goTo'; step: StepId }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'setName'; value: string }
  | { type: 'setDescription'; value: string }
  | { type: 'setAvailabilityZone'; value: string }
  | { type: 'setCount'; value: string }
  | { type: 'setSourceType'; value: LaunchSource }
  | { type: 'selectSource'; id: string | null }
  | { type: 'setCreateVolume'; value: boolean }
  | { type: 'setVolumeSize'; value: string }
  | { type: 'setDeleteOnTermination'; value: boolean }
  | { type: 'setSearch'; value: string }
  | { type: 'selectFlavor'; id: string }
  | { type: 'setNetworks'; ids: readonly string[] }
  | { type: 'setSecurityGroups'; names: readonly string[] }
  | { type: 'setKeyName'; name: string | null }
  | { type: 'attempt' };

export function initialWizardState(preset: LaunchPreset | null): WizardState {
  return {
    step: 'details',
    visited: [],
    attempted: false,
    name: '',
    description: '',
    availabilityZone: '',
    count: '1',
    sourceType: preset?.source ?? 'image',
    selected: preset?.id ? { [preset.source]: preset.id } : {},
    preset: preset?.id ? preset : null,
    createVolume: false,
    volumeSize: null,
    deleteOnTermination: false,
    search: '',
    flavorId: null,
    networkIds: null,
    securityGroups: null,
    keyName: undefined,
  };
}

function move(state: WizardState, step: StepId): WizardState {
  if (step === state.step) return state;
  const visited = state.visited.includes(state.step) ? state.visited : [...state.visited, state.step];
  return { ...state, step, visited };
}

function offset(step: StepId, by: number): StepId {
  const index = stepIds.indexOf(step) + by;
  return stepIds[Math.min(stepIds.length - 1, Math.max(0, index))] ?? step;
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'goTo':
      return move(state, action.step);
    case 'next':
      return move(state, offset(state.step, 1));
    case 'back':
      return move(state, offset(state.step, -1));
    case 'setName':
      return { ...state, name: action.value };
    case 'setDescription':
      return { ...state, description: action.value };
    case 'setAvailabilityZone':
      return { ...state, availabilityZone: action.value };
    case 'setCount':
      return { ...state, count: action.value };
    case 'setSourceType':
      if (action.value === state.sourceType) return state;
      return { ...state, sourceType: action.value, volumeSize: null, search: '' };
    case 'selectSource': {
      const selected = { ...state.selected };
      if (action.id) selected[state.sourceType] = action.id;
      else delete selected[state.sourceType];
      return { ...state, selected, volumeSize: null };
    }
    case 'setCreateVolume':
      return { ...state, createVolume: action.value, volumeSize: null };
    case 'setVolumeSize':
      return { ...state, volumeSize: action.value };
    case 'setDeleteOnTermination':
      return { ...state, deleteOnTermination: action.value };
    case 'setSearch':
      return { ...state, search: action.value };
    case 'selectFlavor':
      return { ...state, flavorId: action.id };
    case 'setNetworks':
      return { ...state, networkIds: [...action.ids] };
    case 'setSecurityGroups':
      return { ...state, securityGroups: [...action.names] };
    case 'setKeyName':
      return { ...state, keyName: action.name };
    case 'attempt':
      return { ...state, attempted: true };
  }
}
