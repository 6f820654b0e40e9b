import type { DataTableColumn } from '@/components/data-table/DataTable';
import { Time } from '@/components/Time';
import type { I18n } from '@/i18n';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import type { LaunchSource } from '@/paths';
import type { BootCandidate } from '../candidates';

type Column = DataTableColumn<BootCandidate>;

function visibilityLabel(visibility: string, t: I18n['t']): string {
  switch (visibility) {
    case 'public':
    case 'private':
    case 'shared':
    case 'community':
      return t(`launch.source.visibility.${visibility}`);
    default:
      return visibility;
  }
}

function created(candidate: BootCandidate): string {
  switch (candidate.type) {
    case 'image':
    case 'instance_snapshot':
      return candidate.image.created_at;
    case 'volume':
      return candidate.volume.created_at;
    case 'volume_snapshot':
      return candidate.snapshot.created_at;
  }
}

/** The columns Horizon shows for each boot source, after the name. */
export function sourceColumns(type: LaunchSource, { t, format }: I18n): Column[] {
  const name: Column = { id: 'name', header: t('launch.source.columns.name'), rowHeader: true, cell: (row) => row.name };
  const date: Column = { id: 'created', header: t('launch.source.columns.created'), cell: (row) => <Time value={created(row)} show="age" /> };
  switch (type) {
    case 'image':
    case 'instance_snapshot':
      return [
        name,
        date,
        {
          id: 'size',
          header: t('launch.source.columns.size'),
          align: 'end',
          cell: (row) =>
            'image' in row
              ? isVolumeBackedSnapshot(row.image)
                ? t('launch.source.volumeBacked')
                : format.bytes(row.image.size)
              : null,
        },
        {
          id: 'format',
          header: t('launch.source.columns.format'),
          cell: (row) => ('image' in row ? (row.image.disk_format ?? '').toUpperCase() || t('common.notAvailable') : null),
        },
        {
          id: 'visibility',
          header: t('launch.source.columns.visibility'),
          cell: (row) => ('image' in row ? visibilityLabel(row.image.visibility, t) : null),
        },
      ];
    case 'volume':
      return [
        name,
        date,
        { id: 'size', header: t('launch.source.columns.size'), align: 'end', cell: (row) => ('volume' in row ? format.gigabytes(row.volume.size) : null) },
        {
          id: 'type',
          header: t('launch.source.columns.type'),
          cell: (row) => (row.type === 'volume' ? row.volume.volume_type || t('launch.source.noType') : null),
        },
        {
          id: 'zone',
          header: t('launch.source.columns.zone'),
          cell: (row) => (row.type === 'volume' ? row.volume.availability_zone || t('common.notAvailable') : null),
        },
      ];
    case 'volume_snapshot':
      return [
        name,
        date,
        { id: 'size', header: t('launch.source.columns.size'), align: 'end', cell: (row) => (row.type === 'volume_snapshot' ? format.gigabytes(row.snapshot.size) : null) },
        {
          id: 'volume',
          header: t('launch.source.columns.volume'),
          cell: (row) => (row.type === 'volume_snapshot' ? row.volume.name || row.volume.id : null),
        },
      ];
  }
}
