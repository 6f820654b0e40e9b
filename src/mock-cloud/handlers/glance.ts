import type { CloudCore } from '../core';
import type { Image } from '../db';
import type { Ctx } from '../http/context';
import { ApiError, forbidden, notFound } from '../http/errors';
import { empty, json } from '../http/respond';
import { route, type Route } from '../http/router';
import { canSeeImage, ownsImage } from '../ops/image-access';
import { imageFile } from './glance-file';
import { isoSeconds, MiB } from '../time';
import { imageView } from '../views/glance';
import { createImage } from './glance-create';
import { listImages } from './glance-list';
import { glanceMemberRoutes } from './glance-members';
import { applyPatch, checkPatchMediaType, deleteImage } from './glance-patch';

function versions(core: CloudCore): Record<string, unknown> {
  const newest = 16;
  return {
    versions: Array.from({ length: newest + 1 }, (_, i) => newest - i).map((minor) => ({
      id: `v2.${minor}`,
      links: [{ href: `${core.baseUrl}/image/v2/`, rel: 'self' }],
      status: minor === newest ? 'CURRENT' : 'SUPPORTED',
    })),
  };
}

function findImage(ctx: Ctx, message: (id: string) => string): Image {
  const id = ctx.param('image_id');
  const image = ctx.db.image.images[id];
  if (!image || !canSeeImage(image, ctx.auth)) throw notFound(message(id));
  return image;
}

function usage(ctx: Ctx): Response {
  const limits = ctx.db.image.limits;
  if (!limits) return json({ usage: {} });
  const mine = Object.values(ctx.db.image.images).filter((i) => i.owner === ctx.auth.project.id);
  const entry = (key: string, used: number) => ({ limit: limits[key] ?? -1, usage: used });
  const bytes = mine.reduce((sum, i) => sum + (i.size ?? 0), 0);
  return json({
    usage: {
      image_size_total: entry('image_size_total', Math.ceil(bytes / MiB)),
      image_count_total: entry('image_count_total', mine.length),
      image_stage_total: entry('image_stage_total', 0),
      image_count_uploading: entry('image_count_uploading', mine.filter((i) => ['saving', 'uploading', 'importing'].includes(i.status)).length),
    },
  });
}

export function glanceRoutes(): Route[] {
  return [
    // Glance answers its version list with 300 Multiple Choices (200 at /versions).
    route('GET', '', (ctx) => json(versions(ctx.core), 300), { public: true }),
    route('GET', '/versions', (ctx) => json(versions(ctx.core)), { public: true }),
    route('GET', '/v2/images', listImages),
    route('POST', '/v2/images', createImage),
    route('GET', '/v2/images/:image_id', (ctx) => json(imageView(findImage(ctx, (id) => `No image found with ID ${id}`)))),
    route('GET', '/v2/images/:image_id/file', (ctx) => imageFile(ctx, findImage(ctx, (id) => `No image found with ID ${id}`))),
    route('DELETE', '/v2/images/:image_id', (ctx) => {
      const image = findImage(ctx, (id) => `Failed to find image ${id} to delete`);
      if (!ownsImage(image, ctx.auth)) throw forbidden('You are not authorized to complete delete_image action.');
      if (image.protected) throw forbidden(`Image ${image.id} is protected and cannot be deleted.`);
      deleteImage(ctx, image);
      return empty(204);
    }),
    route('PATCH', '/v2/images/:image_id', async (ctx) => {
      checkPatchMediaType(ctx);
      const image = findImage(ctx, (id) => `No image found with ID ${id}`);
      if (!ownsImage(image, ctx.auth)) throw forbidden('You are not authorized to complete modify_image action.');
      const changes = await ctx.json();
      const draft: Image = structuredClone(image);
      applyPatch(ctx, draft, changes);
      draft.updated_at = isoSeconds(ctx.now);
      ctx.db.image.images[image.id] = draft;
      return json(imageView(draft));
    }),
    route('GET', '/v2/info/usage', usage),
    ...glanceMemberRoutes(),
    route('GET', '/v2/schemas/image', () => {
      throw new ApiError(501, 'The mock cloud does not serve image schemas.');
    }),
  ];
}
