import { Link } from 'react-router-dom';
import { ElapsedTime } from '@/components/ElapsedTime';
import { StatusBadge } from '@/components/StatusBadge';
import type { DataTableColumn } from '@/components/data-table/DataTable';
import type { I18n } from '@/i18n';
import { serverIpAddresses, serverTaskState, snapshotTaskStates } from '@/openstack/nova/server-helpers';
import { useApi } from '@/cloud/use-api';
import { useWatches } from '@/cloud/watches/watch-store';
import { paths } from '@/paths';
import type { InstanceSortKey } from './instances-url-state';
import { powerStateKey, statusKey, statusTone, taskKey } from './instance-state';
import type { ImageCell, InstanceRow } from './instance-rows';
import { InstancePoliciesCell } from './InstancePoliciesCell';
import { PlanNote } from './PlanNote';
import { Time } from '@/components/Time';

function ImageName({ image, t }: { image: ImageCell; t: I18n['t'] }) {
  switch (image.kind) {
    case 'volume':
      return <span className="instances__volume-boot">{t('instances.image.bootsFromVolume')}</span>;
    case 'image':
      return <>{image.name}</>;
    case 'missing':
      return (
        <span className="instances__muted" title={t('instances.image.missingTitle', { id: image.id })}>
          {t('instances.image.missing')}
        </span>
      );
    case 'loading':
      return <span className="instances__muted">{t('instances.image.loading')}</span>;
  }
}

function TaskCell({ row, t }: { row: InstanceRow; t: I18n['t'] }) {
  const task = serverTaskState(row.server);
  if (task === null) return <>{t('instances.noTask')}</>;
  const key = taskKey(task);
  const badge = <StatusBadge tone="transition" label={key ? t(key) : task} title={task} />;
  if (!snapshotTasks.has(task)) return badge;
  return (
    <>
      {badge}
      <SnapshotElapsed serverId={row.server.id} />
    </>
  );
}

const snapshotTasks: ReadonlySet<string> = new Set(snapshotTaskStates);

/** How long the snapshot started from this browser has been going on (Nova does not say). */
function SnapshotElapsed({ serverId }: { serverId: string }) {
  const { scope } = useApi();
  const started = useWatches(scope).find((watch) => watch.kind === 'snapshot' && watch.serverId === serverId)?.startedAt;
  return started === undefined ? null : <ElapsedTime since={started} />;
}

type Column = DataTableColumn<InstanceRow> & { sortKey?: InstanceSortKey };

/** Horizon's columns, in Horizon's order. */
export function instanceColumns({ t }: Pick<I18n, 't'>): Column[] {
  const dash = t('common.notAvailable');
  return [
    { id: 'name', header: t('instances.columns.name'), rowHeader: true, sortKey: 'display_name', cell: (row) => <Link to={paths.instanceDetail(row.server.id)}>{row.server.name || row.server.id}</Link> },
    { id: 'image', header: t('instances.columns.image'), cell: (row) => <ImageName image={row.image} t={t} /> },
    {
      id: 'ip',
      header: t('instances.columns.ip'),
      cell: (row) => {
        const addresses = serverIpAddresses(row.server);
        if (addresses.length === 0) return dash;
        return (
          <ul className="instances__addresses">
            {addresses.map((entry) => (
              <li key={`${entry.network}-${entry.address}`}>{entry.address}</li>
            ))}
          </ul>
        );
      },
    },
    { id: 'flavor', header: t('instances.columns.flavor'), cell: (row) => row.flavorName ?? dash },
    { id: 'keyPair', header: t('instances.columns.keyPair'), sortKey: 'key_name', cell: (row) => row.server.key_name || dash },
    {
      id: 'status',
      header: t('instances.columns.status'),
      sortKey: 'vm_state',
      cell: (row) => {
        const key = statusKey(row.server.status);
        const fault = row.server.status === 'ERROR' ? row.server.fault?.message : undefined;
        return (
          <>
            <StatusBadge tone={statusTone(row.server)} label={key ? t(key) : row.server.status} title={row.server.status} />
            {fault && <span className="instances__fault">{fault}</span>}
            <PlanNote serverId={row.server.id} />
          </>
        );
      },
    },
    {
      id: 'availabilityZone',
      header: t('instances.columns.availabilityZone'),
      sortKey: 'availability_zone',
      cell: (row) => row.server['OS-EXT-AZ:availability_zone'] || dash,
    },
    { id: 'task', header: t('instances.columns.task'), sortKey: 'task_state', cell: (row) => <TaskCell row={row} t={t} /> },
    {
      id: 'powerState',
      header: t('instances.columns.powerState'),
      sortKey: 'power_state',
      cell: (row) => {
        const key = powerStateKey(row.server['OS-EXT-STS:power_state']);
        return key ? t(key) : dash;
      },
    },
    {
      id: 'age',
      header: t('instances.columns.age'),
      sortKey: 'created_at',
      cell: (row) => <Time value={row.server.created} show="age" />,
    },
    {
      id: 'policies',
      header: t('instances.columns.policies'),
      cell: (row) => <InstancePoliciesCell server={row.server} none={dash} />,
    },
  ];
}
