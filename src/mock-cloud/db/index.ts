import { emptyCompute, type ComputeState } from './compute';
import { emptyIdentity, type IdentityState } from './identity';
import { emptyImage, type ImageState } from './image';
import { emptyNetwork, type NetworkState } from './network';
import type { Plan } from './plans';
import { emptyPolicies, type PolicyState } from './policies';
import { emptyVolume, type VolumeState } from './volume';

export interface MetaState {
  seed: 'demo' | 'empty';
  /** Per-kind counters behind the deterministic ids. */
  counters: Record<string, number>;
  /** Lifecycles in progress, keyed by `${kind}:${id}`. */
  plans: Record<string, Plan>;
}

/** The whole cloud as plain JSON-able data: what exportState() writes and tests inspect. */
export interface MockDb {
  identity: IdentityState;
  compute: ComputeState;
  image: ImageState;
  volume: VolumeState;
  network: NetworkState;
  /** The dashboard server's snapshot policies (served by the mock at /api/v1/policies). */
  policy: PolicyState;
  meta: MetaState;
}

export function emptyDb(seed: 'demo' | 'empty'): MockDb {
  return {
    identity: emptyIdentity(),
    compute: emptyCompute(),
    image: emptyImage(),
    volume: emptyVolume(),
    network: emptyNetwork(),
    policy: emptyPolicies(),
    meta: { seed, counters: {}, plans: {} },
  };
}

export type * from './compute';
export type * from './identity';
export type * from './image';
export type * from './network';
export type * from './plans';
export type * from './policies';
export type * from './volume';
