import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { volumeLimitsSchema, type VolumeAbsoluteLimits } from './schemas';

/** GET /limits → `limits.absolute` (maxTotalSnapshots, totalSnapshotsUsed, …; -1 = unlimited). */
export async function getVolumeLimits(api: CloudApi): Promise<VolumeAbsoluteLimits> {
  const response = await api.http('volume').get('/limits');
  return parseAnswer(volumeLimitsSchema, response.data, 'volume', 'GET /limits').limits.absolute;
}
