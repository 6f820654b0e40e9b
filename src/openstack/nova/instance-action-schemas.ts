import { z } from 'zod';
import { linksSchema } from '../paging';

/** One step of an action (`compute_stop_instance`…); non-admins see events from 2.51. */
export const instanceActionEventSchema = z.looseObject({
  event: z.string(),
  start_time: z.string().nullable(),
  finish_time: z.string().nullable().optional(),
  result: z.string().nullable().optional(),
  /** 2.62+ */
  hostId: z.string().optional(),
  /** 2.84+ */
  details: z.string().nullable().optional(),
});

/** An entry of GET /servers/{id}/os-instance-actions: what was asked, by whom, when. */
export const instanceActionSchema = z.looseObject({
  action: z.string(),
  instance_uuid: z.string(),
  request_id: z.string(),
  user_id: z.string().nullable(),
  project_id: z.string().nullable(),
  start_time: z.string(),
  message: z.string().nullable(),
  /** 2.58+ */
  updated_at: z.string().nullable().optional(),
  events: z.array(instanceActionEventSchema).optional(),
});

export const instanceActionListSchema = z.looseObject({
  instanceActions: z.array(instanceActionSchema),
  links: linksSchema.optional(),
});
export const instanceActionShowSchema = z.looseObject({ instanceAction: instanceActionSchema });

/** GET /servers/{id}/os-volume_attachments: `id` until 2.88, `attachment_id`/`bdm_uuid` from 2.89. */
export const volumeAttachmentSchema = z.looseObject({
  volumeId: z.string(),
  serverId: z.string(),
  device: z.string().nullable(),
  tag: z.string().nullable().optional(),
  /** 2.79+ */
  delete_on_termination: z.boolean().optional(),
});
export const volumeAttachmentListSchema = z.looseObject({ volumeAttachments: z.array(volumeAttachmentSchema) });

export type InstanceActionEvent = z.infer<typeof instanceActionEventSchema>;
export type InstanceAction = z.infer<typeof instanceActionSchema>;
export type VolumeAttachment = z.infer<typeof volumeAttachmentSchema>;
