import { z } from 'zod';
import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';

/** POST /api/v1/downloads (the dashboard server; the mock cloud in the demo): a single-use link. */
export const downloadLinkSchema = z.looseObject({
  /** Same-origin path of the ticket; it names no token. */
  url: z.string().startsWith('/api/v1/downloads/'),
  expiresAt: z.string(),
  /** `<name>.<disk_format>`, made safe for any file system. */
  name: z.string(),
  size: z.number(),
  checksum: z.looseObject({
    md5: z.string().nullable(),
    hashAlgo: z.string().nullable(),
    hashValue: z.string().nullable(),
  }),
});
export type DownloadLink = z.infer<typeof downloadLinkSchema>;

/** Asks for a single-use download link for an image the session may read. */
export async function createDownloadLink(api: CloudApi, imageId: string): Promise<DownloadLink> {
  const response = await api.http('downloads').post('/downloads', { imageId });
  return parseAnswer(downloadLinkSchema, response.data, 'downloads', 'POST /api/v1/downloads');
}

/** The link as an absolute URL on the server that issued it (the one the downloads client talks to). */
export function downloadUrl(api: CloudApi, link: DownloadLink): string {
  return new URL(link.url, api.http('downloads').defaults.baseURL ?? api.endpoint('downloads')).href;
}

/**
 * The whole file in memory. Only for the demo: its service worker does not see navigations, so
 * the browser cannot stream the mock cloud's file to disk; a real download navigates to the link.
 */
export async function fetchDownloadBytes(api: CloudApi, link: DownloadLink): Promise<ArrayBuffer> {
  const response = await api.http('downloads').get<ArrayBuffer>(downloadUrl(api, link), {
    responseType: 'arraybuffer',
    headers: { Accept: 'application/octet-stream' },
  });
  return response.data;
}
