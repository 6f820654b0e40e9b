import type { RowAction } from '@/components/actions/types';
import type { I18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { statusKey, taskKey } from './instance-state';
import type { InstanceRow } from './instance-rows';
import { snapshotRefusal } from './snapshot-rules';

/** The reason Create Snapshot is refused for this server, in words; true when allowed. */
function snapshotAllowed(server: Server, t: I18n['t']): true | string {
  const refusal = snapshotRefusal(server);
  if (refusal === null) return true;
  switch (refusal.kind) {
    case 'task': {
      const key = taskKey(refusal.task);
      return t('instances.snapshot.refused.task', { task: key ? t(key) : refusal.task });
    }
    case 'status': {
      const key = statusKey(refusal.status);
      return t('instances.snapshot.refused.status', { status: key ? t(key) : refusal.status });
    }
    case 'pausedVolumeBacked':
      return t('instances.snapshot.refused.pausedVolumeBacked');
  }
}

export function createSnapshotAction(t: I18n['t'], open: (server: Server) => void): RowAction<InstanceRow> {
  return {
    id: 'create-snapshot',
    label: t('instances.snapshot.action'),
    allowed: (row) => snapshotAllowed(row.server, t),
    run: (row) => open(row.server),
  };
}
