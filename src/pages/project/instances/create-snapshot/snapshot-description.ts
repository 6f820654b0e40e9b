import type { MessageKey } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';

const byStatus: Readonly<Record<string, MessageKey>> = {
  ACTIVE: 'instances.snapshot.description.running',
  SHUTOFF: 'instances.snapshot.description.shutoff',
  PAUSED: 'instances.snapshot.description.paused',
  SUSPENDED: 'instances.snapshot.description.suspended',
};

/** What a snapshot of this instance keeps, in words that fit its state: only a running one is called running. */
export function snapshotDescriptionKey(server: Server): MessageKey {
  return byStatus[server.status.toUpperCase()] ?? 'instances.snapshot.description.unknownState';
}
