import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { computeLimitsSchema, type ComputeAbsoluteLimits } from './schemas';

/** GET /limits → `limits.absolute` (max* and total*Used; -1 = unlimited). */
export async function getLimits(api: CloudApi): Promise<ComputeAbsoluteLimits> {
  const response = await api.http('compute').get('/limits');
  return parseAnswer(computeLimitsSchema, response.data, 'compute', 'GET /limits').limits.absolute;
}
