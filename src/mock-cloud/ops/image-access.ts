import type { Image } from '../db';
import type { AuthInfo } from '../http/context';

/** Glance's visibility rules for a project (admins see everything). */
export function canSeeImage(image: Image, auth: AuthInfo): boolean {
  if (auth.isAdmin) return true;
  if (image.visibility === 'public' || image.visibility === 'community') return true;
  if (image.owner === auth.project.id) return true;
  return image.visibility === 'shared' && image.members.some((m) => m.member_id === auth.project.id);
}

export function ownsImage(image: Image, auth: AuthInfo): boolean {
  return auth.isAdmin || image.owner === auth.project.id;
}

const visibilityFilters = ['public', 'private', 'shared', 'community', 'all'] as const;
export type VisibilityFilter = (typeof visibilityFilters)[number];

export function isVisibilityFilter(value: string): value is VisibilityFilter {
  return (visibilityFilters as readonly string[]).includes(value);
}

/**
 * Which images a list shows for a visibility filter. Without one, Glance lists public images, the project's
 * own (any visibility) and images shared with it and accepted — not other projects' community images.
 */
export function listedFor(image: Image, auth: AuthInfo, filter: VisibilityFilter | null, memberStatus: string): boolean {
  const own = image.owner === auth.project.id;
  const member = image.members.find((m) => m.member_id === auth.project.id);
  const sharedWithMe = member !== undefined && (memberStatus === 'all' || member.status === memberStatus);
  switch (filter) {
    case null:
      if (auth.isAdmin) return true;
      return image.visibility === 'public' || own || (image.visibility === 'shared' && sharedWithMe);
    case 'public':
      return image.visibility === 'public';
    case 'community':
      return image.visibility === 'community';
    case 'private':
      return image.visibility === 'private' && (own || auth.isAdmin);
    case 'shared':
      return image.visibility === 'shared' && (own || sharedWithMe || auth.isAdmin);
    case 'all':
      return canSeeImage(image, auth);
  }
}
