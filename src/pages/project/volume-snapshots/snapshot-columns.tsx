import { Link } from 'react-router-dom';
import type { DataTableColumn } from '@/components/data-table/DataTable';
import { StatusBadge } from '@/components/StatusBadge';
import type { I18n } from '@/i18n';
import { paths } from '@/paths';
import { displayName, type SnapshotRow } from './snapshot-rows';
import { isFailed, statusTone } from './snapshot-status';
import { snapshotPaths } from './snapshot-paths';
import { statusText } from './status-words';
import { Time } from '@/components/Time';

interface ColumnContext extends Pick<I18n, 't' | 'format'> {
  /** Why a selected row will be skipped by Delete Volume Snapshots, shown in the row itself. */
  skipNote(row: SnapshotRow): string | null;
}

function NameCell({ row, note, t }: { row: SnapshotRow; note: string | null; t: I18n['t'] }) {
  return (
    <div className="volume-snapshots__name">
      <Link to={snapshotPaths.detail(row.id)}>{displayName(row.snapshot)}</Link>
      {note && <span className="volume-snapshots__skip">{t('volumeSnapshots.willBeSkipped', { reason: note })}</span>}
      {row.image && (
        <span className="volume-snapshots__part-of">
          {t('volumeSnapshots.partOf')} <Link to={paths.imageDetail(row.image.id)}>{row.image.name}</Link>
        </span>
      )}
    </div>
  );
}

function StatusCell({ row, t }: { row: SnapshotRow; t: I18n['t'] }) {
  const { status } = row.snapshot;
  return (
    <div className="volume-snapshots__status">
      <StatusBadge tone={statusTone(status)} label={statusText(status, t)} title={status} />
      {isFailed(row.snapshot) && row.message && <span className="volume-snapshots__failure">{row.message}</span>}
    </div>
  );
}

function VolumeCell({ row, t }: { row: SnapshotRow; t: I18n['t'] }) {
  if (row.volume) return <Link to={snapshotPaths.volume(row.volume.id)}>{displayName(row.volume)}</Link>;
  if (row.volumesChecked === 'pending') return <span className="volume-snapshots__muted">{t('common.loading')}</span>;
  return (
    <Link to={snapshotPaths.volume(row.snapshot.volume_id)} title={row.snapshot.volume_id}>
      {t('volumeSnapshots.unknownVolume')}
    </Link>
  );
}

/** Horizon's columns: Name, Description, Size, Status, Volume Name, and Created. */
export function snapshotColumns({ t, format, skipNote }: ColumnContext): DataTableColumn<SnapshotRow>[] {
  return [
    { id: 'name', header: t('volumeSnapshots.columns.name'), sortKey: 'name', rowHeader: true, cell: (row) => <NameCell row={row} note={skipNote(row)} t={t} /> },
    {
      id: 'description',
      header: t('volumeSnapshots.columns.description'),
      cell: (row) => row.snapshot.description?.trim() || t('common.notAvailable'),
    },
    { id: 'size', header: t('volumeSnapshots.columns.size'), sortKey: 'size', align: 'end', cell: (row) => <span className="volume-snapshots__nowrap">{format.gigabytes(row.snapshot.size)}</span> },
    { id: 'status', header: t('volumeSnapshots.columns.status'), sortKey: 'status', cell: (row) => <StatusCell row={row} t={t} /> },
    { id: 'volume', header: t('volumeSnapshots.columns.volume'), cell: (row) => <VolumeCell row={row} t={t} /> },
    { id: 'created', header: t('volumeSnapshots.columns.created'), sortKey: 'created_at', cell: (row) => <Time className="volume-snapshots__nowrap" value={row.snapshot.created_at} show="age" /> },
  ];
}
