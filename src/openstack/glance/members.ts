import { runBounded } from '@/lib/run-bounded';
import { isOpenStackError } from '../errors';
import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { checkRequest, segment } from '../request';
import { listAllImages } from './images';
import {
  addMemberRequestSchema,
  imageMemberListSchema,
  imageMemberSchema,
  memberStatusRequestSchema,
  type ImageMember,
  type MemberStatus,
} from './member-schemas';
import type { Image, ImagePatchOperation } from './schemas';

/** GET /v2/images/{id}/members: the owner sees every member, a member only itself. Glance answers 403 unless the image is `shared`. */
export async function listImageMembers(api: CloudApi, imageId: string): Promise<ImageMember[]> {
  const response = await api.http('image').get(`/v2/images/${segment(imageId)}/members`);
  return parseAnswer(imageMemberListSchema, response.data, 'image', 'GET /v2/images/{id}/members').members;
}

/** POST /v2/images/{id}/members: invites a project (status `pending` until it answers). */
export async function addImageMember(api: CloudApi, imageId: string, projectId: string): Promise<ImageMember> {
  const body = checkRequest(addMemberRequestSchema, { member: projectId }, 'image', 'POST /v2/images/{id}/members');
  const response = await api.http('image').post(`/v2/images/${segment(imageId)}/members`, body);
  return parseAnswer(imageMemberSchema, response.data, 'image', 'POST /v2/images/{id}/members');
}

/** DELETE /v2/images/{id}/members/{member} (204): the project no longer sees the image. */
export async function removeImageMember(api: CloudApi, imageId: string, projectId: string): Promise<void> {
  await api.http('image').delete(`/v2/images/${segment(imageId)}/members/${segment(projectId)}`);
}

/** PUT /v2/images/{id}/members/{member}: the member project's own answer; the owner may not set it. */
export async function setImageMemberStatus(api: CloudApi, imageId: string, projectId: string, status: MemberStatus): Promise<ImageMember> {
  const body = checkRequest(memberStatusRequestSchema, { status }, 'image', 'PUT /v2/images/{id}/members/{member}');
  const response = await api.http('image').put(`/v2/images/${segment(imageId)}/members/${segment(projectId)}`, body);
  return parseAnswer(imageMemberSchema, response.data, 'image', 'PUT /v2/images/{id}/members/{member}');
}

/** Only a `shared` image has members: the PATCH that makes it so (sent through the image update). */
export const shareOperations: readonly ImagePatchOperation[] = [{ op: 'replace', path: '/visibility', value: 'shared' }];

/** GET /v2/images/{id}/members/{member}: one project's membership; 404 when it is not a member. */
export async function getImageMember(api: CloudApi, imageId: string, projectId: string): Promise<ImageMember> {
  const response = await api.http('image').get(`/v2/images/${segment(imageId)}/members/${segment(projectId)}`);
  return parseAnswer(imageMemberSchema, response.data, 'image', 'GET /v2/images/{id}/members/{member}');
}

const MEMBERSHIP_CHECKS_IN_FLIGHT = 4;

/**
 * Images other projects shared with this one that wait for its answer (`member_status=pending`).
 * Glance does not narrow an admin's listing to its memberships, so for an admin each candidate's
 * membership is read (a few at a time); anyone else's listing is already exact.
 */
export async function listPendingInvitations(api: CloudApi): Promise<Image[]> {
  const projectId = api.projectId;
  const listed = await listAllImages(api, { visibility: 'shared', extraQuery: { member_status: 'pending' }, limit: 1000 });
  const candidates = listed.filter((image) => image.owner !== projectId);
  if (!api.session.roles.includes('admin')) return candidates;
  const checked = await runBounded(candidates, (image) => getImageMember(api, image.id, projectId), { concurrency: MEMBERSHIP_CHECKS_IN_FLIGHT });
  return checked.flatMap((result) => {
    if (result.ok) return result.value.status === 'pending' ? [result.item] : [];
    if (isOpenStackError(result.error) && result.error.status === 404) return [];
    throw result.error;
  });
}
