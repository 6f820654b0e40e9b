import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { volumeMessageListSchema, type VolumeMessage } from './schemas';

export interface VolumeMessageFilters {
  resourceUuid?: string;
}

/**
 * GET /messages (3.3+): user messages, e.g. why a snapshot delete came to nothing. Below 3.3 the
 * API does not exist, so the answer is an empty list without asking.
 */
export async function listMessages(api: CloudApi, filters: VolumeMessageFilters = {}): Promise<VolumeMessage[]> {
  if (!atLeast(api.microversion('volume'), '3.3')) return [];
  const params = toSearchParams({ resource_uuid: filters.resourceUuid });
  const response = await api.http('volume').get('/messages', { params });
  const { messages } = parseAnswer(volumeMessageListSchema, response.data, 'volume', 'GET /messages');
  // Filtering on messages arrived with 3.5: below it the cloud answers every message.
  return filters.resourceUuid ? messages.filter((message) => message.resource_uuid === filters.resourceUuid) : messages;
}
