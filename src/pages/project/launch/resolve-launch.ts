import type { VolumeQuotaUsage, VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { Network, SecurityGroup } from '@/openstack/neutron/schemas';
import type { ComputeAbsoluteLimits, Flavor, Keypair } from '@/openstack/nova/schemas';
import { candidatesFor, type BootCandidate, type SourceData } from './candidates';
import { flavorProblems, launchableFlavors, type FlavorProblem } from './flavor-rules';
import { computeLeft, isOverQuota, launchQuotaLines, volumeDemand, type QuotaLine } from './launch-quota';
import {
  bootsFromVolume,
  canCreateVolume,
  minVolumeSizeGb,
  recreatedVolumes,
  isVolumeBackedCandidate,
  sourceMinDiskGb,
  sourceMinRamMb,
  type RecreatedVolume,
} from './source-facts';
import type { StepId, WizardState } from './wizard-state';

/** What the cloud told us; undefined while a listing loads (or when it failed). */
export interface LaunchData {
  /** All three listings, once every one is in: the Source step's table. */
  sources: SourceData | undefined;
  /** The URL's item read by id: the candidate while the listings still load. */
  presetItem?: SourceData | undefined;
  /** The Cinder snapshot listing on its own: what a volume-backed snapshot's volumes are made from. */
  volumeSnapshots?: readonly VolumeSnapshot[] | undefined;
  flavors: readonly Flavor[] | undefined;
  networks: readonly Network[] | undefined;
  securityGroups: readonly SecurityGroup[] | undefined;
  keypairs: readonly Keypair[] | undefined;
  limits: ComputeAbsoluteLimits | undefined;
  volumeQuota: VolumeQuotaUsage | undefined;
}

export type LaunchProblem =
  | { step: 'details'; kind: 'nameMissing' }
  | { step: 'details'; kind: 'countInvalid' }
  | { step: 'source'; kind: 'sourceMissing' }
  | { step: 'source'; kind: 'volumeSizeInvalid'; min: number }
  | { step: 'flavor'; kind: 'flavorMissing' }
  | { step: 'flavor'; kind: 'flavorUnfit'; name: string; problems: FlavorProblem[] }
  | { step: 'networks'; kind: 'networkMissing' }
  | { step: StepId; kind: 'overQuota'; line: QuotaLine }
  | { step: StepId; kind: 'loading' };

export interface FlavorChoice {
  flavor: Flavor;
  problems: FlavorProblem[];
}

export interface ResolvedLaunch {
  /** Every candidate of the chosen source type (before the search). */
  candidates: BootCandidate[];
  candidate: BootCandidate | undefined;
  /** The URL named an item that is not among the candidates (deleted, not active, not bootable). */
  presetMissing: boolean;
  /** How many instances; 1 for a volume source. */
  count: number;
  countLocked: boolean;
  createVolume: boolean;
  minVolumeSize: number | null;
  /** The new volume's size, once valid; null when no volume is made or the input is wrong. */
  volumeSize: number | null;
  recreated: RecreatedVolume[];
  bootsFromVolume: boolean;
  flavors: FlavorChoice[];
  flavor: Flavor | undefined;
  cloudHasNetworks: boolean;
  networkIds: string[];
  securityGroups: string[];
  keyName: string | null;
  quota: QuotaLine[];
  problems: LaunchProblem[];
}

const quotaStep: Record<QuotaLine['resource'], StepId> = {
  instances: 'details',
  vcpus: 'flavor',
  ram: 'flavor',
  volumes: 'source',
  gigabytes: 'source',
};

function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

function resolveVolumeSize(state: WizardState, min: number | null, makesVolume: boolean): number | null {
  if (!makesVolume || min === null) return null;
  if (state.volumeSize === null) return min;
  const size = parseWholeNumber(state.volumeSize);
  return size !== null && size >= min ? size : null;
}

/**
 * While the listings load, the URL's item (read by id) is the candidate, when it is still selected
 * and the same rules make it one. Once the listings are in, they decide, as for any other choice.
 */
function presetCandidate(state: WizardState, data: LaunchData): BootCandidate | undefined {
  const { preset } = state;
  if (data.sources || !data.presetItem || !preset || preset.source !== state.sourceType) return undefined;
  if (state.selected[state.sourceType] !== preset.id) return undefined;
  return candidatesFor(state.sourceType, data.presetItem).find((item) => item.id === preset.id);
}

/** Everything the wizard shows and checks, derived from what was entered and what the cloud has. */
export function resolveLaunch(state: WizardState, data: LaunchData): ResolvedLaunch {
  const problems: LaunchProblem[] = [];
  const candidates = data.sources ? candidatesFor(state.sourceType, data.sources) : [];
  const selectedId = state.selected[state.sourceType];
  const candidate = selectedId ? (candidates.find((item) => item.id === selectedId) ?? presetCandidate(state, data)) : undefined;
  const presetMissing =
    data.sources !== undefined && state.preset !== null && selectedId === state.preset.id && candidate === undefined;

  const countLocked = state.sourceType === 'volume';
  const typedCount = parseWholeNumber(state.count);
  const countValid = countLocked || (typedCount !== null && typedCount >= 1);
  const count = countLocked ? 1 : Math.max(1, typedCount ?? 1);

  const createVolume = canCreateVolume(candidate, state.sourceType) && state.createVolume;
  const makesVolume = createVolume || candidate?.type === 'volume_snapshot';
  const minVolumeSize = candidate && makesVolume ? minVolumeSizeGb(candidate) : null;
  const volumeSize = resolveVolumeSize(state, minVolumeSize, makesVolume);
  const volumeSnapshots = data.volumeSnapshots ?? data.sources?.volumeSnapshots;
  const recreated =
    isVolumeBackedCandidate(candidate)
      ? recreatedVolumes(candidate.image, volumeSnapshots ?? [])
      : [];
  const fromVolume = candidate ? bootsFromVolume(candidate, createVolume) : false;

  const ruleInput = {
    minDiskGb: candidate ? sourceMinDiskGb(candidate) : 0,
    minRamMb: candidate ? sourceMinRamMb(candidate) : 0,
    checkDisk: candidate !== undefined && !fromVolume,
    count,
    coresLeft: computeLeft(data.limits, 'cores'),
    ramLeftMb: computeLeft(data.limits, 'ram'),
  };
  const flavors = launchableFlavors(data.flavors ?? []).map((flavor) => ({ flavor, problems: flavorProblems(flavor, ruleInput) }));
  const chosen = flavors.find((choice) => choice.flavor.id === state.flavorId);

  const networks = data.networks ?? [];
  const cloudHasNetworks = networks.length > 0;
  const known = new Set(networks.map((network) => network.id));
  const networkIds = (state.networkIds ?? (networks.length === 1 && networks[0] ? [networks[0].id] : [])).filter((id) =>
    known.has(id),
  );
  const groupNames = new Set((data.securityGroups ?? []).map((group) => group.name));
  const securityGroups = (state.securityGroups ?? (groupNames.has('default') ? ['default'] : [])).filter((name) =>
    groupNames.has(name),
  );
  const keypairs = data.keypairs ?? [];
  const keyName =
    state.keyName === undefined
      ? keypairs.length === 1 && keypairs[0]
        ? keypairs[0].name
        : null
      : state.keyName !== null && keypairs.some((keypair) => keypair.name === state.keyName)
        ? state.keyName
        : null;

  const demand = volumeDemand({ candidate, createVolume, volumeSizeGb: volumeSize, recreated });
  const quota = launchQuotaLines({ limits: data.limits, volumeQuota: data.volumeQuota, count, flavor: chosen?.flavor, demand });

  if (!state.name.trim()) problems.push({ step: 'details', kind: 'nameMissing' });
  if (!countValid) problems.push({ step: 'details', kind: 'countInvalid' });
  if (!candidate) problems.push({ step: 'source', kind: data.sources ? 'sourceMissing' : 'loading' });
  // The volumes Nova recreates (and their quota) are known only from the Cinder snapshot listing.
  else if (isVolumeBackedCandidate(candidate) && !volumeSnapshots) problems.push({ step: 'source', kind: 'loading' });
  if (makesVolume && minVolumeSize !== null && volumeSize === null) {
    problems.push({ step: 'source', kind: 'volumeSizeInvalid', min: minVolumeSize });
  }
  if (!data.flavors) problems.push({ step: 'flavor', kind: 'loading' });
  else if (!chosen) problems.push({ step: 'flavor', kind: 'flavorMissing' });
  else if (chosen.problems.length > 0) {
    // Quota problems are reported once, by the quota lines below.
    const own = chosen.problems.filter((problem) => problem.kind !== 'vcpuQuota' && problem.kind !== 'ramQuota');
    if (own.length > 0) problems.push({ step: 'flavor', kind: 'flavorUnfit', name: chosen.flavor.name, problems: own });
  }
  if (!data.networks) problems.push({ step: 'networks', kind: 'loading' });
  else if (cloudHasNetworks && networkIds.length === 0) problems.push({ step: 'networks', kind: 'networkMissing' });
  for (const line of quota) if (isOverQuota(line)) problems.push({ step: quotaStep[line.resource], kind: 'overQuota', line });

  return {
    candidates,
    candidate,
    presetMissing,
    count,
    countLocked,
    createVolume,
    minVolumeSize,
    volumeSize,
    recreated,
    bootsFromVolume: fromVolume,
    flavors,
    flavor: chosen?.flavor,
    cloudHasNetworks,
    networkIds,
    securityGroups,
    keyName,
    quota,
    problems,
  };
}
