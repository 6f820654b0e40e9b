import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { STATUS_FILTERS, type StatusFilter } from './snapshot-status';
import { snapshotPaths } from './snapshot-paths';
import { statusText } from './status-words';
import type { SnapshotsFilters as Filters } from './use-snapshots-list';

/** Typing waits this long before the list asks again. */
export const NAME_DEBOUNCE_MS = 300;

interface SnapshotsFiltersProps {
  filters: Filters;
  /** The volume filter's name, when it is set. */
  volumeName: string | null;
  onChange(update: Partial<Filters>, options?: { replace?: boolean }): void;
}

/** Name and status, sent to Cinder as its own filters; a volume filter (from a volume's page) can be cleared. */
export function SnapshotsFilters({ filters, volumeName, onChange }: SnapshotsFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(filters.name);
  const [urlName, setUrlName] = useState(filters.name);

  // The URL can change under us (Back, a link): follow it.
  if (urlName !== filters.name) {
    setUrlName(filters.name);
    setName(filters.name);
  }
  useEffect(() => {
    if (name === filters.name) return;
    const timer = setTimeout(() => onChange({ name }, { replace: true }), NAME_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [name, filters.name, onChange]);

  return (
    <div role="search" className="volume-snapshots__filters" aria-label={t('volumeSnapshots.filters.label')}>
      <div className="volume-snapshots__filter volume-snapshots__filter--grow">
        <label htmlFor={`${id}-name`}>{t('volumeSnapshots.filters.name')}</label>
        <input id={`${id}-name`} type="search" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="volume-snapshots__filter">
        <label htmlFor={`${id}-status`}>{t('volumeSnapshots.filters.status')}</label>
        <select id={`${id}-status`} value={filters.status} onChange={(event) => onChange({ status: event.target.value as StatusFilter })}>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {value === '' ? t('volumeSnapshots.filters.statusAny') : statusText(value, t)}
            </option>
          ))}
        </select>
      </div>
      {filters.volume && (
        <p className="volume-snapshots__volume-filter">
          {t('volumeSnapshots.filters.volume')}{' '}
          <Link to={snapshotPaths.volume(filters.volume)}>{volumeName ?? filters.volume}</Link>{' '}
          <button type="button" className="button button--small" onClick={() => onChange({ volume: '' })}>
            {t('volumeSnapshots.filters.clearVolume')}
          </button>
        </p>
      )}
    </div>
  );
}
