import type { InstanceActionRecord } from '../db';
import type { Ctx } from '../http/context';
import { isoMicros } from '../time';

/** Nova's action timestamps: microseconds, no zone (`2026-01-12T09:30:00.000000`). */
function finished(record: InstanceActionRecord, now: number): boolean {
  return now >= record.finishAt;
}

/** An entry of GET /servers/{id}/os-instance-actions at the request's microversion. */
export function instanceActionView(ctx: Ctx, record: InstanceActionRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    action: record.action,
    instance_uuid: record.instance_uuid,
    message: record.result === 'Error' && finished(record, ctx.now) ? 'Error' : null,
    project_id: record.project_id,
    request_id: record.request_id,
    start_time: isoMicros(record.startedAt),
    user_id: record.user_id,
  };
  if (ctx.mv >= 58) view['updated_at'] = isoMicros(finished(record, ctx.now) ? record.finishAt : record.startedAt);
  return view;
}

/** GET …/os-instance-actions/{request_id}: the action and (from 2.51 for non-admins) its event. */
export function instanceActionDetailView(ctx: Ctx, record: InstanceActionRecord): Record<string, unknown> {
  const view = instanceActionView(ctx, record);
  if (ctx.mv < 51 && !ctx.auth.isAdmin) return view;
  const done = finished(record, ctx.now);
  const event: Record<string, unknown> = {
    event: record.event,
    start_time: isoMicros(record.startedAt),
    finish_time: done ? isoMicros(record.finishAt) : null,
    result: done ? record.result : null,
  };
  if (ctx.mv >= 62) event['hostId'] = '';
  // Nova's events:details policy is admin-only: members never see the key.
  if (ctx.mv >= 84 && ctx.auth.isAdmin) event['details'] = null;
  view['events'] = [event];
  return view;
}
