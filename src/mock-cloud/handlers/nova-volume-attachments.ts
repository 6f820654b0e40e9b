import type { Ctx } from '../http/context';
import { json } from '../http/respond';
import { uuidFrom } from '../ids';
import { visibleServer } from './nova-servers';

/** GET /servers/{id}/os-volume_attachments at the request's microversion (tag 2.70, delete flag 2.79, ids 2.89). */
export function listVolumeAttachments(ctx: Ctx): Response {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const mv = ctx.mv;
  const volumeAttachments = server.volumes_attached.map((attached) => {
    const view: Record<string, unknown> = { device: attached.device, serverId: server.id, volumeId: attached.id };
    if (mv < 89) view['id'] = attached.id;
    if (mv >= 70) view['tag'] = null;
    if (mv >= 79) view['delete_on_termination'] = attached.delete_on_termination;
    if (mv >= 89) {
      view['attachment_id'] = uuidFrom(`attachment:${attached.id}:${server.id}`);
      view['bdm_uuid'] = uuidFrom(`bdm:${attached.id}:${server.id}`);
    }
    return view;
  });
  return json({ volumeAttachments });
}
