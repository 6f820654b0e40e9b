import { Link } from 'react-router-dom';
import { FilterBar } from '@/components/filters/FilterBar';
import { SearchFilter } from '@/components/filters/SearchFilter';
import { SelectFilter } from '@/components/filters/SelectFilter';
import { useI18n } from '@/i18n';
import { STATUS_FILTERS } from './snapshot-status';
import { snapshotPaths } from './snapshot-paths';
import { statusText } from './status-words';
import type { SnapshotsFilters as Filters } from './use-snapshots-list';

interface SnapshotsFiltersProps {
  filters: Filters;
  /** The volume filter's name, when it is set. */
  volumeName: string | null;
  /** Whether Cinder matches part of the name (`name~`, volume 3.34+) or only the whole name. */
  nameContains: boolean;
  onChange(update: Partial<Filters>, options?: { replace?: boolean }): void;
}

/** Name (part of it from volume 3.34, else the whole) and status, sent to Cinder as its own filters; a volume filter (from a volume's page) can be cleared. */
export function SnapshotsFilters({ filters, volumeName, nameContains, onChange }: SnapshotsFiltersProps) {
  const { t } = useI18n();
  return (
    <FilterBar label={t('volumeSnapshots.filters.label')}>
      <SearchFilter
        label={nameContains ? t('volumeSnapshots.filters.nameContains') : t('volumeSnapshots.filters.name')}
        hint={nameContains ? undefined : t('volumeSnapshots.filters.nameExactHint')}
        value={filters.name}
        onCommit={(name) => onChange({ name }, { replace: true })}
        className="volume-snapshots__filter--grow"
      />
      <SelectFilter
        label={t('volumeSnapshots.filters.status')}
        value={filters.status}
        options={STATUS_FILTERS}
        optionLabel={(value) => (value === '' ? t('volumeSnapshots.filters.statusAny') : statusText(value, t))}
        onChange={(status) => onChange({ status })}
      />
      {filters.volume && (
        <p className="volume-snapshots__volume-filter">
          {t('volumeSnapshots.filters.volume')}{' '}
          <Link to={snapshotPaths.volume(filters.volume)}>{volumeName ?? filters.volume}</Link>{' '}
          <button type="button" className="button button--small" onClick={() => onChange({ volume: '' })}>
            {t('volumeSnapshots.filters.clearVolume')}
          </button>
        </p>
      )}
    </FilterBar>
  );
}
