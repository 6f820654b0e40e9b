import { Link } from 'react-router-dom';
import type { DataTableColumn } from '@/components/data-table/DataTable';
import { ElapsedTime } from '@/components/ElapsedTime';
import { StatusBadge } from '@/components/StatusBadge';
import type { I18n } from '@/i18n';
import { uploadingImageStatuses, type Image } from '@/openstack/glance/schemas';
import { paths } from '@/paths';
import { displayName, isOwnedBy, kindOf, statusKey, statusTone } from './image-rules';
import { Time } from '@/components/Time';
import { visibilityWords } from './image-fields';

const uploadingStatuses: ReadonlySet<string> = new Set(uploadingImageStatuses);

export interface ColumnContext {
  i18n: Pick<I18n, 't' | 'format'>;
  project: { id: string; name: string };
}

function OwnerCell({ image, project, t }: { image: Image; project: ColumnContext['project']; t: I18n['t'] }) {
  if (!image.owner) return <>{t('common.notAvailable')}</>;
  if (isOwnedBy(image, project.id)) return <>{project.name}</>;
  return (
    <span>
      <code className="image-owner-id">{image.owner}</code>
      <span className="visually-hidden">{t('images.otherProject')}</span>
    </span>
  );
}

/** Horizon's columns: Owner, Name, Type, Status, Visibility, Protected, Disk Format, Size, Created. */
export function imageColumns({ i18n: { t, format }, project }: ColumnContext): DataTableColumn<Image>[] {
  return [
    { id: 'owner', header: t('images.columns.owner'), cell: (image) => <OwnerCell image={image} project={project} t={t} /> },
    {
      id: 'name',
      header: t('images.columns.name'),
      sortKey: 'name',
      rowHeader: true,
      cell: (image) => <Link to={paths.imageDetail(image.id)}>{displayName(image)}</Link>,
    },
    {
      id: 'type',
      header: t('images.columns.type'),
      cell: (image) => (kindOf(image) === 'snapshot' ? t('images.kind.snapshot') : t('images.kind.image')),
    },
    {
      id: 'status',
      header: t('images.columns.status'),
      sortKey: 'status',
      cell: (image) => {
        const key = statusKey(image.status);
        const badge = <StatusBadge tone={statusTone(image.status)} label={key ? t(key) : image.status} title={image.status} />;
        if (!uploadingStatuses.has(image.status)) return badge;
        // A snapshot in progress says for how long ("Saving · 1 min 20 sec").
        return (
          <>
            {badge}
            <ElapsedTime since={image.created_at} />
          </>
        );
      },
    },
    {
      id: 'visibility',
      header: t('images.columns.visibility'),
      cell: (image) => {
        const key = visibilityWords[image.visibility];
        return key ? t(key) : image.visibility;
      },
    },
    {
      id: 'protected',
      header: t('images.columns.protected'),
      cell: (image) =>
        image.protected ? (
          <span className="image-flag">{t('common.yes')}</span>
        ) : (
          t('common.no')
        ),
    },
    { id: 'disk_format', header: t('images.columns.diskFormat'), sortKey: 'disk_format', cell: (image) => image.disk_format?.toUpperCase() ?? t('common.notAvailable') },
    {
      id: 'size',
      header: t('images.columns.size'),
      sortKey: 'size',
      align: 'end',
      cell: (image) => <span className="image-nowrap">{format.bytes(image.size)}</span>,
    },
    {
      id: 'created',
      header: t('images.columns.created'),
      sortKey: 'created_at',
      cell: (image) => <Time className="image-nowrap" value={image.created_at} show="age" />,
    },
  ];
}
