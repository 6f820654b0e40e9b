import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { imageUsageSchema, type ImageUsage } from './schemas';

/** GET /v2/info/usage: Glance quota usage (MiB for sizes); empty when unified limits are off. */
export async function getImageUsage(api: CloudApi): Promise<ImageUsage> {
  const response = await api.http('image').get('/v2/info/usage');
  return parseAnswer(imageUsageSchema, response.data, 'image', 'GET /v2/info/usage').usage;
}
