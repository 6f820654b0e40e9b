import { z } from 'zod';
import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { checkRequest, segment } from '../request';

const metadataSchema = z.record(z.string(), z.string());
const metadataAnswerSchema = z.looseObject({ metadata: metadataSchema });
const metadataRequestSchema = z.object({
  metadata: z.record(z.string().min(1).max(255), z.string().max(255)),
});

/** POST /servers/{id}/metadata: adds or overwrites these items, keeps the others; answers the whole set. */
export async function setServerMetadata(api: CloudApi, serverId: string, items: Record<string, string>): Promise<Record<string, string>> {
  const body = checkRequest(metadataRequestSchema, { metadata: items }, 'compute', 'the metadata');
  const response = await api.http('compute').post(`/servers/${segment(serverId)}/metadata`, body);
  return parseAnswer(metadataAnswerSchema, response.data, 'compute', 'POST /servers/{id}/metadata').metadata;
}

/** DELETE /servers/{id}/metadata/{key}. */
export async function deleteServerMetadataItem(api: CloudApi, serverId: string, key: string): Promise<void> {
  await api.http('compute').delete(`/servers/${segment(serverId)}/metadata/${segment(key)}`);
}
