import type { Image } from '../db';
import { byteAnswer } from '../data/byte-answer';
import { generatedBytes, holdsGeneratedData, MAX_GENERATED_BYTES } from '../data/image-data';
import type { Ctx } from '../http/context';
import { ApiError } from '../http/errors';
import { empty } from '../http/respond';

/** Why the mock cannot serve an image's data, or null when it can. */
export function missingDataReason(image: Image): { status: number; message: string } | null {
  if (image.status !== 'active' || !image.size) return { status: 204, message: 'The image holds no data.' };
  if (!holdsGeneratedData(image.size)) {
    return { status: 501, message: `The mock cloud holds data only for images up to ${MAX_GENERATED_BYTES / 1024 / 1024} MiB.` };
  }
  return null;
}

/** GET /v2/images/{id}/file: the image's generated data, whole or one Range; 204 without data. */
export function imageFile(ctx: Ctx, image: Image): Response {
  const missing = missingDataReason(image);
  if (missing?.status === 204) return empty(204);
  if (missing) throw new ApiError(missing.status, missing.message);
  const headers: Record<string, string> = image.checksum ? { 'Content-MD5': image.checksum } : {};
  return byteAnswer(generatedBytes(image.id, image.size ?? 0), ctx.request.headers.get('Range'), headers);
}
