import { Link } from 'react-router-dom';
import type { DataTableColumn } from '@/components/data-table/DataTable';
import { Time } from '@/components/Time';
import type { I18n } from '@/i18n';
import { paths } from '@/paths';
import { displayName } from '../image-rules';
import { ownerLabel, type OwnerNames } from './owner-label';
import type { StoredSnapshot } from './storage-model';

function SizeCell({ snapshot, i18n: { t, format } }: { snapshot: StoredSnapshot; i18n: Pick<I18n, 't' | 'format'> }) {
  const size = format.bytes(snapshot.bytes);
  return (
    <>
      {snapshot.volumeBacked ? t('snapshotStorage.picks.inCinder', { size }) : size}
      {snapshot.missing > 0 && <span className="storage-picks__note">{t('snapshotStorage.picks.missing', { count: snapshot.missing })}</span>}
    </>
  );
}

/** Name (linked), Instance, Size (a volume-backed one's in Cinder), Created. */
export function pickColumns(i18n: Pick<I18n, 't' | 'format'>, names: OwnerNames): DataTableColumn<StoredSnapshot>[] {
  const { t } = i18n;
  return [
    {
      id: 'name',
      header: t('snapshotStorage.picks.name'),
      rowHeader: true,
      cell: ({ image }) => <Link to={paths.imageDetail(image.id)}>{displayName(image)}</Link>,
    },
    { id: 'instance', header: t('snapshotStorage.picks.instance'), cell: ({ owner }) => ownerLabel(owner, names, t) },
    { id: 'size', header: t('snapshotStorage.picks.size'), align: 'end', cell: (snapshot) => <SizeCell snapshot={snapshot} i18n={i18n} /> },
    { id: 'created', header: t('snapshotStorage.picks.created'), cell: ({ image }) => <Time value={image.created_at} /> },
  ];
}
