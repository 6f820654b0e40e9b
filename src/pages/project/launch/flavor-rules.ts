import type { Flavor } from '@/openstack/nova/schemas';

/** Why a flavor cannot be chosen for this launch. */
export type FlavorProblem =
  | { kind: 'noRootDisk' }
  | { kind: 'disk'; flavorGb: number; minGb: number }
  | { kind: 'ram'; flavorMb: number; minMb: number }
  | { kind: 'vcpuQuota'; needed: number; left: number }
  | { kind: 'ramQuota'; needed: number; left: number };

interface FlavorRuleInput {
  /** The source's minimum root disk (GB); checked only when the root disk is local. */
  minDiskGb: number;
  minRamMb: number;
  /** False when the instance boots from a volume: the flavor's disk is then not used for the root. */
  checkDisk: boolean;
  count: number;
  /** What the Nova quota still allows; null = unlimited or unknown. */
  coresLeft: number | null;
  ramLeftMb: number | null;
}

/**
 * The reasons a flavor does not fit, in the order a user fixes them: its disk is too small for
 * the source (or absent, which Nova's default policy allows only for volume boots), its RAM is
 * under the source's `min_ram`, or `count` instances of it go over the vCPU or RAM quota.
 */
export function flavorProblems(flavor: Flavor, input: FlavorRuleInput): FlavorProblem[] {
  const problems: FlavorProblem[] = [];
  if (input.checkDisk) {
    if (flavor.disk === 0) problems.push({ kind: 'noRootDisk' });
    else if (flavor.disk < input.minDiskGb) problems.push({ kind: 'disk', flavorGb: flavor.disk, minGb: input.minDiskGb });
  }
  if (flavor.ram < input.minRamMb) problems.push({ kind: 'ram', flavorMb: flavor.ram, minMb: input.minRamMb });
  const count = Math.max(1, input.count);
  if (input.coresLeft !== null && flavor.vcpus * count > input.coresLeft) {
    problems.push({ kind: 'vcpuQuota', needed: flavor.vcpus * count, left: Math.max(0, input.coresLeft) });
  }
  if (input.ramLeftMb !== null && flavor.ram * count > input.ramLeftMb) {
    problems.push({ kind: 'ramQuota', needed: flavor.ram * count, left: Math.max(0, input.ramLeftMb) });
  }
  return problems;
}

/** Flavors a user may pick: enabled ones, smallest first (as Horizon sorts them). */
export function launchableFlavors(flavors: readonly Flavor[]): Flavor[] {
  return flavors
    .filter((flavor) => flavor['OS-FLV-DISABLED:disabled'] !== true)
    .sort((a, b) => a.vcpus - b.vcpus || a.ram - b.ram || a.disk - b.disk || a.name.localeCompare(b.name));
}
