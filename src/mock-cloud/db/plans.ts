import type { Server } from './compute';
import type { Image } from './image';
import type { Volume, VolumeSnapshot } from './volume';

/**
 * A lifecycle in progress, stored as data (no timers): the resource moves to each step's state once the
 * virtual clock passes `startedAt + at`. Every request settles the db first, so `advance(ms)` followed by a
 * request shows the new state.
 */
export type Effect =
  /** server: ACTIVE after build, sets launched_at. */
  | 'server-launched'
  /** server: removed, with its ports; volumes deleted on termination or detached. */
  | 'server-gone'
  /** volume: removed. */
  | 'volume-gone'
  /** snapshot: removed, or back to available with a user message when volumes depend on it (SnapshotIsBusy). */
  | 'snapshot-delete';

export interface PlanStep<P> {
  at: number;
  set?: P;
  effect?: Effect;
}

interface PlanOf<K extends string, P> {
  kind: K;
  id: string;
  startedAt: number;
  steps: Array<PlanStep<P>>;
}

export type ServerPatch = Partial<Pick<Server, 'vm_state' | 'task_state' | 'power_state' | 'fault'>>;
export type ImagePatch = Partial<
  Pick<Image, 'status' | 'size' | 'virtual_size' | 'checksum' | 'os_hash_algo' | 'os_hash_value'>
>;
export type VolumePatch = Partial<Pick<Volume, 'status' | 'attachments'>>;
export type SnapshotPatch = Partial<Pick<VolumeSnapshot, 'status' | 'progress'>>;

export type Plan =
  | PlanOf<'server', ServerPatch>
  | PlanOf<'image', ImagePatch>
  | PlanOf<'volume', VolumePatch>
  | PlanOf<'snapshot', SnapshotPatch>;

export type PlanKind = Plan['kind'];

export function planKey(kind: PlanKind, id: string): string {
  return `${kind}:${id}`;
}
