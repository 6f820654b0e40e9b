import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { segment } from '../request';
import { volumeQuotaUsageResponseSchema, type VolumeQuotaUsage } from './schemas';

/** GET /os-quota-sets/{project_id}?usage=True: `{limit, in_use, reserved}` per resource and per volume type. */
export async function getVolumeQuotaUsage(api: CloudApi): Promise<VolumeQuotaUsage> {
  const response = await api.http('volume').get(`/os-quota-sets/${segment(api.projectId)}`, { params: { usage: 'True' } });
  return parseAnswer(volumeQuotaUsageResponseSchema, response.data, 'volume', 'GET /os-quota-sets/{project_id}?usage=True').quota_set;
}
