import { useId, useMemo, useState } from 'react';
import { blockedBy } from '@/components/actions/types';
import { DataTable, type DataTableColumn, type DataTableSelection } from '@/components/data-table/DataTable';
import { useApi } from '@/cloud/use-api';
import { useI18n } from '@/i18n';
import { DeleteImagesDialog } from '../DeleteImagesDialog';
import { imageRules } from '../image-actions';
import { displayName } from '../image-rules';
import type { OwnerNames } from './owner-label';
import { pickColumns } from './pick-columns';
import type { StoredSnapshot } from './storage-model';

interface SnapshotPicksProps {
  largest: readonly StoredSnapshot[];
  oldest: readonly StoredSnapshot[];
  names: OwnerNames;
}

interface PickListProps {
  title: string;
  rows: readonly StoredSnapshot[];
  columns: ReadonlyArray<DataTableColumn<StoredSnapshot>>;
  selection: DataTableSelection<StoredSnapshot>;
}

function PickList({ title, rows, columns, selection }: PickListProps) {
  const headingId = useId();
  return (
    <section className="storage-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <DataTable rows={rows} getRowId={({ image }) => image.id} columns={columns} caption={title} selection={selection} />
    </section>
  );
}

/** The largest and the oldest snapshots, one selection over both lists, and the usual bulk delete. */
export function SnapshotPicks({ largest, oldest, names }: SnapshotPicksProps) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [deleting, setDeleting] = useState(false);
  const rules = useMemo(() => imageRules(t, api.projectId), [t, api.projectId]);
  const columns = useMemo(() => pickColumns(i18n, names), [i18n, names]);

  const shown = new Map([...largest, ...oldest].map((snapshot) => [snapshot.image.id, snapshot.image]));
  // Only what is still listed counts: a snapshot deleted elsewhere leaves the selection.
  const chosen = [...selected].flatMap((id) => {
    const image = shown.get(id);
    return image ? [image] : [];
  });
  const selection: DataTableSelection<StoredSnapshot> = {
    selected,
    onChange: (next: Set<string>) => setSelected(next),
    rowLabel: ({ image }: StoredSnapshot) => t('images.actions.selectRow', { name: displayName(image) }),
    disabledReason: ({ image }: StoredSnapshot) => blockedBy(rules.select, image),
  };


  return (
    <div className="storage-picks">
      <div className="storage-picks__toolbar">
        <button type="button" className="button button--danger" disabled={chosen.length === 0} onClick={() => setDeleting(true)}>
          {t('snapshotStorage.picks.deleteSelected', { count: chosen.length })}
        </button>
        {chosen.length === 0 && <span className="storage-picks__hint">{t('snapshotStorage.picks.noneSelected')}</span>}
      </div>
      <PickList title={t('snapshotStorage.picks.largest')} rows={largest} columns={columns} selection={selection} />
      <PickList title={t('snapshotStorage.picks.oldest')} rows={oldest} columns={columns} selection={selection} />
      {deleting && (
        <DeleteImagesDialog
          rows={chosen}
          allowed={rules.delete}
          onClose={() => setDeleting(false)}
          onDeleted={(ids) => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))))}
        />
      )}
    </div>
  );
}
