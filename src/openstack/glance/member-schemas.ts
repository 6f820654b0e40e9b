import { z } from 'zod';

/** A Glance image member's answer to an invitation; Glance lists only these three. */
export const memberStatuses = ['pending', 'accepted', 'rejected'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** One image member (GET/POST /v2/images/{id}/members, PUT …/members/{member}). */
export const imageMemberSchema = z.looseObject({
  image_id: z.string(),
  member_id: z.string(),
  status: z.string(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});

export const imageMemberListSchema = z.looseObject({ members: z.array(imageMemberSchema) });

export const addMemberRequestSchema = z.object({ member: z.string().min(1).max(255) });
export const memberStatusRequestSchema = z.object({ status: z.enum(memberStatuses) });

export type ImageMember = z.infer<typeof imageMemberSchema>;

export function isMemberStatus(status: string): status is MemberStatus {
  return (memberStatuses as readonly string[]).includes(status);
}
