import type { OperationWatch } from '@/cloud/watches/watch-schema';
import { failedImageStatuses, type Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { serverTaskState } from '@/openstack/nova/server-helpers';

export type WatchPhase = 'snapshotting' | 'waitingToUpload' | 'uploading' | 'rebuilding' | 'building';

export type WatchVerdict =
  | { kind: 'moving'; phase: WatchPhase | null }
  | { kind: 'done'; elapsedMs: number; status?: string }
  | { kind: 'failed'; elapsedMs: number; status: string }
  | { kind: 'vanished'; elapsedMs: number };

/** What the watcher last read for one watch. `missing`: the cloud answered 404. */
export type WatchReading =
  | { kind: 'snapshot'; image: Image | undefined; missing: boolean; server: Server | undefined }
  | { kind: 'server'; server: Server | undefined; missing: boolean };

const failedImages: ReadonlySet<string> = new Set(failedImageStatuses);

const snapshotPhases: Readonly<Record<string, WatchPhase>> = {
  image_snapshot_pending: 'snapshotting',
  image_snapshot: 'snapshotting',
  image_pending_upload: 'waitingToUpload',
  image_uploading: 'uploading',
};

/** The cloud's own times when it gives both (no skew between clocks), else this browser's. */
function snapshotElapsed(image: Image, watch: OperationWatch, now: number): number {
  const created = Date.parse(image.created_at);
  const updated = Date.parse(image.updated_at ?? '');
  return Number.isFinite(created) && Number.isFinite(updated) && updated >= created ? updated - created : now - watch.startedAt;
}

function judgeSnapshot(watch: OperationWatch, reading: Extract<WatchReading, { kind: 'snapshot' }>, now: number): WatchVerdict {
  const elapsedMs = now - watch.startedAt;
  if (reading.missing) return { kind: 'vanished', elapsedMs };
  const { image, server } = reading;
  if (!image) return { kind: 'moving', phase: null };
  if (image.status === 'active') return { kind: 'done', elapsedMs: snapshotElapsed(image, watch, now) };
  if (failedImages.has(image.status)) return { kind: 'failed', elapsedMs, status: image.status };
  const task = server ? serverTaskState(server) : null;
  return { kind: 'moving', phase: (task === null ? undefined : snapshotPhases[task]) ?? (image.status === 'saving' ? 'uploading' : null) };
}

function judgeServer(watch: OperationWatch, reading: Extract<WatchReading, { kind: 'server' }>, now: number): WatchVerdict {
  const elapsedMs = now - watch.startedAt;
  if (reading.missing) return { kind: 'vanished', elapsedMs };
  const { server } = reading;
  if (!server) return { kind: 'moving', phase: null };
  const status = server.status.toUpperCase();
  const task = serverTaskState(server);
  if (status === 'ERROR') return { kind: 'failed', elapsedMs, status: server.fault?.message ?? status };
  // A power action is over once Nova's task clears, whatever state it left the server in.
  if (watch.kind === 'power') return task === null ? { kind: 'done', elapsedMs, status } : { kind: 'moving', phase: null };
  if (status === 'ACTIVE' && task === null) return { kind: 'done', elapsedMs };
  return { kind: 'moving', phase: watch.kind === 'restore' ? 'rebuilding' : 'building' };
}

/** Where one watched operation stands, from one reading of the cloud. */
export function judgeWatch(watch: OperationWatch, reading: WatchReading, now: number): WatchVerdict {
  return reading.kind === 'snapshot' ? judgeSnapshot(watch, reading, now) : judgeServer(watch, reading, now);
}
