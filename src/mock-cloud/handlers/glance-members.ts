import type { Image, ImageMember } from '../db';
import type { Ctx } from '../http/context';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../http/errors';
import { isRecord } from '../http/input';
import { empty, json } from '../http/respond';
import { route, type Route } from '../http/router';
import { canSeeImage, ownsImage } from '../ops/image-access';
import { isoSeconds } from '../time';

/** Glance's `image_member_quota` default. */
const MEMBER_QUOTA = 128;
const statuses: ReadonlyArray<ImageMember['status']> = ['pending', 'accepted', 'rejected'];

function memberView(image: Image, member: ImageMember): Record<string, unknown> {
  return {
    image_id: image.id,
    member_id: member.member_id,
    status: member.status,
    created_at: member.created_at,
    updated_at: member.updated_at,
    schema: '/v2/schemas/member',
  };
}

function visibleImage(ctx: Ctx): Image {
  const id = ctx.param('image_id');
  const image = ctx.db.image.images[id];
  if (!image || !canSeeImage(image, ctx.auth)) throw notFound(`No image found with ID ${id}`);
  return image;
}

/** Only a `shared` image has a member list (Glance's ImageMemberRepo refuses any other). */
function sharedImage(ctx: Ctx): Image {
  const image = visibleImage(ctx);
  if (image.visibility !== 'shared') throw forbidden(`Error fetching members of image ${image.id}: Only shared images have members.`);
  return image;
}

/** The member a caller may see: the owner (or an admin) any, a member project only itself. */
function findMember(ctx: Ctx, image: Image): ImageMember {
  const memberId = ctx.param('member_id');
  const member = image.members.find((m) => m.member_id === memberId);
  const mayLook = ownsImage(image, ctx.auth) || memberId === ctx.auth.project.id;
  if (!member || !mayLook) throw notFound(`${memberId} not found`);
  return member;
}

function list(ctx: Ctx): Response {
  const image = sharedImage(ctx);
  const seen = ownsImage(image, ctx.auth) ? image.members : image.members.filter((m) => m.member_id === ctx.auth.project.id);
  return json({ members: seen.map((m) => memberView(image, m)), schema: '/v2/schemas/members' });
}

async function add(ctx: Ctx): Promise<Response> {
  const image = visibleImage(ctx);
  if (!ownsImage(image, ctx.auth) || image.visibility !== 'shared') throw forbidden(`Not allowed to create members for image ${image.id}.`);
  const body = await ctx.json();
  const memberId = isRecord(body) ? body['member'] : undefined;
  if (typeof memberId !== 'string' || memberId === '' || memberId.length > 255) throw badRequest('Member to be added not specified');
  if (image.members.some((m) => m.member_id === memberId)) throw conflict(`Member ${memberId} is duplicated for image ${image.id}`);
  if (image.members.length >= MEMBER_QUOTA) throw new ApiError(413, `The limit has been exceeded on the number of allowed image members for this image. Attempted: ${image.members.length + 1}, Maximum: ${MEMBER_QUOTA}`);
  const at = isoSeconds(ctx.now);
  const member: ImageMember = { member_id: memberId, status: 'pending', created_at: at, updated_at: at };
  image.members.push(member);
  return json(memberView(image, member));
}

async function answer(ctx: Ctx): Promise<Response> {
  const image = sharedImage(ctx);
  const member = findMember(ctx, image);
  if (member.member_id !== ctx.auth.project.id) throw forbidden(`You are not permitted to modify 'status' on this image member.`);
  const body = await ctx.json();
  const status = isRecord(body) ? statuses.find((s) => s === body['status']) : undefined;
  if (!status) throw badRequest(`Invalid status: must be one of ${statuses.join(', ')}`);
  member.status = status;
  member.updated_at = isoSeconds(ctx.now);
  return json(memberView(image, member));
}

function remove(ctx: Ctx): Response {
  const image = sharedImage(ctx);
  const member = findMember(ctx, image);
  if (!ownsImage(image, ctx.auth)) throw forbidden('You are not permitted to delete image members for the image.');
  image.members = image.members.filter((m) => m !== member);
  return empty(204);
}

/** Glance image members: owner invites, member answers, owner removes. */
export function glanceMemberRoutes(): Route[] {
  return [
    route('GET', '/v2/images/:image_id/members', list),
    route('POST', '/v2/images/:image_id/members', add),
    route('GET', '/v2/images/:image_id/members/:member_id', (ctx) => {
      const image = sharedImage(ctx);
      return json(memberView(image, findMember(ctx, image)));
    }),
    route('PUT', '/v2/images/:image_id/members/:member_id', answer),
    route('DELETE', '/v2/images/:image_id/members/:member_id', remove),
  ];
}
