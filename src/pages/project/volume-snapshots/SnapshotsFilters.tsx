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
  /** Who matches part of the name: Cinder (`name~`), or the browser over every snapshot; null before a name is typed. */
  nameMatching: 'cinder' | 'browser' | null;
  onChange(update: Partial<Filters>, options?: { replace?: boolean }): void;
}

/** Part of the name (Cinder's `name~` where it takes it, else matched here and said so) and status; a volume filter (from a volume's page) can be cleared. */
export function SnapshotsFilters({ filters, volumeName, nameMatching, onChange }: SnapshotsFiltersProps) {
  const { t } = useI18n();
  return (
    <FilterBar label={t('volumeSnapshots.filters.label')}>
      <SearchFilter
        label={t('volumeSnapshots.filters.nameContains')}
        hint={nameMatching === 'browser' ? t('volumeSnapshots.filters.nameInBrowserHint') : undefined}
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
