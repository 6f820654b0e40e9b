import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { availabilityZoneListSchema, type AvailabilityZone } from './schemas';

/** GET /os-availability-zone: the zones a user may pick when launching. */
export async function listAvailabilityZones(api: CloudApi): Promise<AvailabilityZone[]> {
  const response = await api.http('compute').get('/os-availability-zone');
  return parseAnswer(availabilityZoneListSchema, response.data, 'compute', 'GET /os-availability-zone').availabilityZoneInfo;
}
