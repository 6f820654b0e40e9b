import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { volumeTypeListSchema, type VolumeType } from './schemas';

/** GET /types: the volume types a user may choose. */
export async function listVolumeTypes(api: CloudApi): Promise<VolumeType[]> {
  const response = await api.http('volume').get('/types');
  return parseAnswer(volumeTypeListSchema, response.data, 'volume', 'GET /types').volume_types;
}
