import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { segment } from '../request';
import { computeQuotaDetailResponseSchema, type ComputeQuotaDetail } from './schemas';

/** GET /os-quota-sets/{project_id}/detail: `{limit, in_use, reserved}` per resource. */
export async function getQuotaDetail(api: CloudApi): Promise<ComputeQuotaDetail> {
  const response = await api.http('compute').get(`/os-quota-sets/${segment(api.projectId)}/detail`);
  return parseAnswer(computeQuotaDetailResponseSchema, response.data, 'compute', 'GET /os-quota-sets/{project_id}/detail').quota_set;
}
