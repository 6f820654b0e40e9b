import type { ComponentType } from 'react';
import type { Server } from '@/openstack/nova/schemas';
import { InstanceSnapshotsSection } from '../restore/InstanceSnapshotsSection';
import { RestoreInstanceButton } from '../restore/RestoreInstanceButton';
import { InstanceMetadata } from './InstanceMetadata';
import { InstancePolicies } from './InstancePolicies';

/** What every section and extra action of the detail page is given. */
export interface InstanceDetailSlotProps {
  server: Server;
}

/**
 * Sections shown after Volumes Attached and before the Action Log, in order, and extra header actions
 * shown after the power actions. Another part of the page joins by adding its component here; the
 * page itself does not change.
 */
export const instanceDetailSections: ReadonlyArray<{ id: string; Component: ComponentType<InstanceDetailSlotProps> }> = [
  { id: 'snapshots', Component: InstanceSnapshotsSection },
  { id: 'policies', Component: InstancePolicies },
  { id: 'metadata', Component: InstanceMetadata },
];
export const instanceDetailActions: ReadonlyArray<{ id: string; Component: ComponentType<InstanceDetailSlotProps> }> = [
  { id: 'restore', Component: RestoreInstanceButton },
];
