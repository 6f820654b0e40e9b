import { useMemo } from 'react';
import { RowActions } from '@/components/actions/RowActions';
import type { RowAction } from '@/components/actions/types';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { createSnapshotAction } from './instance-actions';
import type { InstanceRow } from './instance-rows';

interface InstanceRowActionsProps {
  row: InstanceRow;
  onCreateSnapshot(server: Server): void;
  /** Start, Shut Off, Soft/Hard Reboot, Delete, in the menu after Create Snapshot. */
  powerActions?: ReadonlyArray<RowAction<InstanceRow>>;
}

/** Create Snapshot as the row's main action (Horizon's first button). */
export function InstanceRowActions({ row, onCreateSnapshot, powerActions = [] }: InstanceRowActionsProps) {
  const { t } = useI18n();
  const actions = useMemo(() => [createSnapshotAction(t, onCreateSnapshot), ...powerActions], [t, onCreateSnapshot, powerActions]);
  return <RowActions row={row} actions={actions} name={row.server.name} />;
}
