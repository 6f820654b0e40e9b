import { useId, useMemo } from 'react';
import { DataTable, type DataTableColumn } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { LaunchSource } from '@/paths';
import { matchesSearch, type BootCandidate } from '../candidates';
import type { Listing } from '../use-launch-data';
import { sourceColumns } from './source-columns';

interface CandidateTableProps {
  type: LaunchSource;
  candidates: readonly BootCandidate[];
  selectedId: string | undefined;
  search: string;
  listing: Listing;
  onSearch(value: string): void;
  onSelect(id: string): void;
}

/** Horizon's "Available" table: searchable, one choice, chosen with a radio button per row. */
export function CandidateTable({ type, candidates, selectedId, search, listing, onSearch, onSelect }: CandidateTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const rows = useMemo(() => candidates.filter((candidate) => matchesSearch(candidate, search)), [candidates, search]);
  const columns = useMemo<Array<DataTableColumn<BootCandidate>>>(
    () => [
      {
        id: 'select',
        header: t('launch.source.selected'),
        width: '5rem',
        align: 'center',
        cell: (row) => (
          <input
            type="radio"
            name={`${id}-candidate`}
            checked={row.id === selectedId}
            aria-label={t('launch.source.select', { name: row.name })}
            onChange={() => onSelect(row.id)}
          />
        ),
      },
      ...sourceColumns(type, i18n),
    ],
    [type, i18n, t, id, selectedId, onSelect],
  );
  const failure = listing.error ? describeError(listing.error, t) : null;

  return (
    <section className="launch-candidates" aria-labelledby={`${id}-heading`}>
      <div className="launch-candidates__head">
        <h3 id={`${id}-heading`} className="launch__subheading">
          {t('launch.source.available')} <span className="launch-candidates__count">{candidates.length}</span>
        </h3>
        <div className="launch-candidates__search">
          <label className="visually-hidden" htmlFor={`${id}-search`}>
            {t('launch.source.search')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder={t('launch.source.search')}
            value={search}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
      </div>
      <DataTable
        rows={rows}
        getRowId={(row) => row.id}
        columns={columns}
        caption={t(`launch.source.captions.${type}`)}
        isLoading={listing.isLoading}
        maxHeight="24rem"
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={listing.retry} /> : undefined}
        empty={
          <EmptyState
            title={candidates.length > 0 ? t('launch.source.noMatch', { search: search.trim() }) : t(`launch.source.empty.${type}`)}
          />
        }
      />
    </section>
  );
}
