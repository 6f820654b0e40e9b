import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { segment } from '../request';
import {
  instanceActionListSchema,
  instanceActionShowSchema,
  volumeAttachmentListSchema,
  type InstanceAction,
  type VolumeAttachment,
} from './instance-action-schemas';

/** GET /servers/{id}/os-instance-actions: newest first, as Nova sorts them. */
export async function listInstanceActions(api: CloudApi, serverId: string): Promise<InstanceAction[]> {
  const response = await api.http('compute').get(`/servers/${segment(serverId)}/os-instance-actions`);
  return parseAnswer(instanceActionListSchema, response.data, 'compute', 'GET /servers/{id}/os-instance-actions').instanceActions;
}

/** GET /servers/{id}/os-instance-actions/{request_id}: one action with its events. */
export async function getInstanceAction(api: CloudApi, serverId: string, requestId: string): Promise<InstanceAction> {
  const response = await api.http('compute').get(`/servers/${segment(serverId)}/os-instance-actions/${segment(requestId)}`);
  return parseAnswer(instanceActionShowSchema, response.data, 'compute', 'GET /servers/{id}/os-instance-actions/{request_id}').instanceAction;
}

/** GET /servers/{id}/os-volume_attachments: the device each volume is attached as. */
export async function listVolumeAttachments(api: CloudApi, serverId: string): Promise<VolumeAttachment[]> {
  const response = await api.http('compute').get(`/servers/${segment(serverId)}/os-volume_attachments`);
  return parseAnswer(volumeAttachmentListSchema, response.data, 'compute', 'GET /servers/{id}/os-volume_attachments').volumeAttachments;
}
