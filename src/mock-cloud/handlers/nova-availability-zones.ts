import { json } from '../http/respond';

/** GET /os-availability-zone: the one zone the mock cloud has. */
export function availabilityZones(): Response {
  return json({ availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }] });
}
