import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { imageQueries } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { computeQueries } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';
import { isEmbeddedFlavor } from '@/openstack/nova/server-helpers';
import { flavorSizeOf, type FlavorSize } from './restore-rules';
import { useInstanceSnapshots } from './use-instance-snapshots';

/** Other images offered besides the instance's own snapshots: one page of active images by name. */
const OTHER_IMAGES = { status: 'active', limit: 100, sortKey: 'name', sortDir: 'asc' } as const;

export type RestoreChoices =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; own: Image[]; others: Image[]; flavor: FlavorSize | null };

/** What the Restore dialog offers: the instance's active snapshots first, then other active images, and the flavor to fit them to. */
export function useRestoreChoices(server: Server, initialImageId: string | undefined): RestoreChoices {
  const api = useApi();
  const snapshots = useInstanceSnapshots(server);
  const others = useQuery(imageQueries.list(api, OTHER_IMAGES));
  const initial = useQuery({ ...imageQueries.detail(api, initialImageId ?? ''), enabled: initialImageId !== undefined });
  const flavors = useQuery({ ...computeQueries.flavors(api), enabled: !isEmbeddedFlavor(server.flavor) });
  if (snapshots.kind === 'error') return { kind: 'error', error: snapshots.error };
  if (others.isError) return { kind: 'error', error: others.error };
  if (snapshots.kind === 'loading' || others.isPending || (initialImageId !== undefined && initial.isPending)) return { kind: 'loading' };
  const own = snapshots.images.filter((image) => image.status === 'active');
  const ownIds = new Set(own.map((image) => image.id));
  // A snapshot opened from its page is offered even when Glance's filter did not list it (a volume-backed one).
  if (initial.data && initial.data.status === 'active' && !ownIds.has(initial.data.id)) {
    own.unshift(initial.data);
    ownIds.add(initial.data.id);
  }
  return {
    kind: 'ready',
    own,
    others: others.data.images.filter((image) => !ownIds.has(image.id)),
    flavor: flavorSizeOf(server, flavors.data),
  };
}
