import { PolicyFilterNote } from './PolicyFilterNote';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { BatchActions } from '@/components/actions/BatchActions';
import { RowActions } from '@/components/actions/RowActions';
import { DataTable, type TableSort } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { blockedBy } from '@/components/actions/types';
import { Pager } from '@/components/Pager';
import { useI18n } from '@/i18n';
import { listQueryState } from '@/lib/list-query-state';
import { useDialog } from '@/lib/use-dialog';
import { useKeptSelection } from '@/lib/use-kept-selection';
import { decodeCursor } from '@/openstack/glance/merged-pager';
import type { Image } from '@/openstack/glance/schemas';
import { DeleteImagesDialog } from './DeleteImagesDialog';
import { EditImageDialog } from './EditImageDialog';
import { CopyToImageDialog } from './copy-to-image/CopyToImageDialog';
import { ShareImageDialog } from './share/ShareImageDialog';
import { SharedInvitations } from './share/SharedInvitations';
import { DownloadImageDialog } from './download/DownloadImageDialog';
import { ImageDetails } from './ImageDetails';
import { ImagesFilters } from './ImagesFilters';
import { VanishedNotice } from './VanishedNotice';
import { imageBatchActions, imageRowActions, imageRules } from './image-actions';
import { imageColumns } from './image-columns';
import { displayName, isTransitional } from './image-rules';
import { SORT_KEYS, type SortKey } from './images-url-state';
import { useImagesList } from './use-images-list';
import { useVanishedWatch } from './use-vanished-watch';
import './ImagesPage.css';
import { RefreshControl } from '@/components/refresh/RefreshControl';
import { paths } from '@/paths';

const NO_ROWS: Image[] = [];

type ImagesDialog = { kind: 'edit'; row: Image } | { kind: 'share'; row: Image } | { kind: 'delete'; rows: Image[] } | { kind: 'copy'; row: Image } | { kind: 'download'; row: Image };

function isSortKey(key: string): key is SortKey {
  return (SORT_KEYS as readonly string[]).includes(key);
}

/** /project/images — Horizon's Images panel: images and instance snapshots, launch, edit and bulk delete. */
export function ImagesPage() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const list = useImagesList();
  const { query, filters, markers } = list;
  const rows = query.data?.images ?? NO_ROWS;
  const selection = useKeptSelection(rows);
  const { dialog, open, close } = useDialog<ImagesDialog>();
  // Mutated in place: ids this tab deleted, so their absence is not reported as a vanishing.
  const [deletedByUs] = useState(() => new Set<string>());
  const scope = JSON.stringify([filters, markers.at(-1) ?? null]);
  const { vanished, dismiss } = useVanishedWatch({ rows, scope, deletedByUs });

  const project = api.session.project;
  const columns = useMemo(() => imageColumns({ i18n, project }), [i18n, project]);
  const rules = useMemo(() => imageRules(t, project.id), [t, project.id]);
  const handlers = useMemo(
    () => ({
      navigate,
      onEdit: (row: Image) => open({ kind: 'edit', row }),
      onShare: (row: Image) => open({ kind: 'share', row }),
      onDelete: (selected: Image[]) => open({ kind: 'delete', rows: selected }),
      onCopyToImage: (row: Image) => open({ kind: 'copy', row }),
      onDownload: (row: Image) => open({ kind: 'download', row }),
    }),
    [navigate, open],
  );
  const rowActions = useMemo(() => imageRowActions(t, rules, handlers), [t, rules, handlers]);
  const batchActions = useMemo(() => imageBatchActions(t, rules, handlers), [t, rules, handlers]);
  const pageBaseIds = useMemo(() => [...new Set(rows.flatMap((row) => (row.base_image_ref ? [row.base_image_ref] : [])))], [rows]);

  const onDeleted = useCallback(
    (deletedIds: readonly string[]) => {
      for (const id of deletedIds) deletedByUs.add(id);
      selection.removeIds(deletedIds);
      // A page that starts after a deleted image cannot be asked for again: back to the first page.
      const gone = new Set(deletedIds);
      if (markers.some((cursor) => decodeCursor(cursor, 2).some((part) => gone.has(part)))) list.resetPaging();
    },
    [markers, list, selection, deletedByUs],
  );

  const filtered = filters.type !== 'all' || filters.visibility !== 'all' || filters.name !== '' || filters.status !== '' || filters.policy !== '';
  const state = listQueryState(query);
  const loadError = state.loadError ? describeError(state.loadError, t) : null;
  const refreshError = state.refreshError ? describeError(state.refreshError, t) : null;

  return (
    <>
      <PageHeader
        title={t('images.title')}
        actions={
          <Link className="button" to={paths.imageStorage}>
            {t('snapshotStorage.title')}
          </Link>
        }
      />
      <SharedInvitations />
      <ImagesFilters filters={filters} onChange={list.setFilters} />
      {filters.policy && <PolicyFilterNote policyId={filters.policy} onClear={() => list.setFilters({ policy: '' })} />}
      <div className="images-toolbar">
        <BatchActions selected={selection.selectedRows} actions={batchActions} />
        <RefreshControl query={query} label={t('images.refresh')} />
        {rows.some(isTransitional) && <p className="image-details__muted">{t('images.polling')}</p>}
      </div>
      <VanishedNotice vanished={vanished} onDismiss={dismiss} />
      {refreshError && (
        <ErrorState title={t('images.loadFailed')} message={refreshError.message} requestId={refreshError.requestId} onRetry={() => void query.refetch()} />
      )}
      {query.data?.partial && (
        <p className="images-notice images-notice--info" role="status">
          {t('images.paging.partial')}
        </p>
      )}
      <DataTable
        rows={rows}
        getRowId={(image) => image.id}
        columns={columns}
        caption={t('images.tableLabel')}
        sort={filters.sort}
        onSortChange={(sort: TableSort) => {
          if (isSortKey(sort.key)) list.setFilters({ sort: { key: sort.key, dir: sort.dir } });
        }}
        selection={{
          selected: selection.selectedIds,
          onChange: selection.setSelectedIds,
          rowLabel: (image) => t('images.actions.selectRow', { name: displayName(image) }),
          disabledReason: (image) => blockedBy(rules.select, image),
        }}
        rowActions={(image) => <RowActions row={image} actions={rowActions} name={displayName(image)} />}
        expandedRow={(image) => <ImageDetails image={image} pageBaseIds={pageBaseIds} />}
        rowName={(image) => displayName(image)}
        isLoading={state.isLoading}
        error={
          loadError ? (
            <ErrorState title={t('images.loadFailed')} message={loadError.message} requestId={loadError.requestId} onRetry={() => void query.refetch()} />
          ) : undefined
        }
        empty={
          <EmptyState
            title={filtered ? t('images.empty.filteredTitle') : t('images.empty.title')}
            body={filtered ? t('images.empty.filteredBody') : t('images.empty.body')}
          />
        }
      />
      <Pager
        paging={list}
        pageSize={filters.limit}
        onPageSizeChange={(limit) => list.setFilters({ limit })}
        count={rows.length}
      />
      {dialog?.kind === 'edit' && <EditImageDialog image={dialog.row} onClose={close} />}
      {dialog?.kind === 'copy' && <CopyToImageDialog image={dialog.row} onClose={close} />}
      {dialog?.kind === 'share' && <ShareImageDialog image={dialog.row} onClose={close} />}
      {dialog?.kind === 'download' && <DownloadImageDialog image={dialog.row} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteImagesDialog rows={dialog.rows} allowed={rules.delete} onClose={close} onDeleted={onDeleted} />}
    </>
  );
}
