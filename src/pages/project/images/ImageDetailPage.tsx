import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { imageQueries } from '@/openstack/glance/queries';
import { paths } from '@/paths';
import { DeleteImagesDialog } from './DeleteImagesDialog';
import { EditImageDialog } from './EditImageDialog';
import { CopyToImageDialog } from './copy-to-image/CopyToImageDialog';
import { ShareImageDialog } from './share/ShareImageDialog';
import { DownloadImageButton } from './download/DownloadImageButton';
import { DownloadImageDialog } from './download/DownloadImageDialog';
import { ImageDeleteButton } from './ImageDeleteButton';
import { ImageDetails } from './ImageDetails';
import { ImageProperties } from './ImageProperties';
import { displayName, editBlocker, isTransitional, launchBlocker, statusKey, statusTone } from './image-rules';
import { imageRules, launchPath } from './image-actions';
import { RestoreFromSnapshotLink } from './RestoreFromSnapshotLink';
import { POLL_MS } from './use-images-list';
import { RefreshControl } from '@/components/refresh/RefreshControl';

/** /project/images/:imageId — one image or snapshot, polled while it moves. */
export function ImageDetailPage() {
  const { imageId = '' } = useParams();
  const api = useApi();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'edit' | 'share' | 'copy' | 'download' | 'delete' | null>(null);
  const rules = useMemo(() => imageRules(t, api.projectId), [t, api.projectId]);
  const image = useQuery({
    ...imageQueries.detail(api, imageId),
    refetchInterval: (query) => (query.state.data && isTransitional(query.state.data) ? POLL_MS : false),
  });

  const back = <Link to={paths.images}>{t('images.details.back')}</Link>;
  if (image.isPending) return <Spinner label={t('common.loading')} showLabel />;
  // A failed refresh (an ended session, say) keeps the page and its open dialogs; a vanished image does not.
  if (image.isError && (image.data === undefined || (isOpenStackError(image.error) && image.error.status === 404))) {
    const { message, requestId } = describeError(image.error, t);
    return (
      <>
        <p>{back}</p>
        <ErrorState title={t('images.details.loadFailed')} message={message} requestId={requestId} onRetry={() => void image.refetch()} />
      </>
    );
  }
  const data = image.data;
  const key = statusKey(data.status);
  const deleteReason = rules.delete(data);
  const downloadReason = rules.download(data);
  return (
    <>
      <p>{back}</p>
      <PageHeader
        title={displayName(data)}
        description={
          <span className="image-page__badges">
            <StatusBadge tone={statusTone(data.status)} label={key ? t(key) : data.status} />
            {data.protected && <StatusBadge tone="neutral" label={t('images.details.protectedBadge')} />}
          </span>
        }
        actions={
          <>
            {launchBlocker(data) === null && (
              <Link className="button button--primary" to={launchPath(data)}>
                {t('images.actions.launch')}
              </Link>
            )}
            <RestoreFromSnapshotLink image={data} />
            {editBlocker(data, api.projectId) === null && (
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                {t('images.actions.edit')}
              </button>
            )}
            {rules.copyToImage(data) === true && (
              <button type="button" className="button" onClick={() => setDialog('copy')}>
                {t('copyToImage.action')}
              </button>
            )}
            {rules.share(data) === true && (
              <button type="button" className="button" onClick={() => setDialog('share')}>
                {t('imageSharing.action')}
              </button>
            )}
            <DownloadImageButton blockedReason={downloadReason === true ? null : downloadReason} onDownload={() => setDialog('download')} />
            <ImageDeleteButton blockedReason={deleteReason === true ? null : deleteReason} onDelete={() => setDialog('delete')} />
          </>
        }
      />
      <RefreshControl query={image} label={t('common.refreshDetails')} />
      <ImageDetails image={data} pageBaseIds={data.base_image_ref ? [data.base_image_ref] : []} />
      <ImageProperties image={data} />
      {dialog === 'edit' && <EditImageDialog image={data} onClose={() => setDialog(null)} />}
      {dialog === 'copy' && <CopyToImageDialog image={data} onClose={() => setDialog(null)} />}
      {dialog === 'share' && <ShareImageDialog image={data} onClose={() => setDialog(null)} />}
      {dialog === 'download' && <DownloadImageDialog image={data} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <DeleteImagesDialog rows={[data]} allowed={rules.delete} onClose={() => setDialog(null)} onDeleted={() => void navigate(paths.images)} />
      )}
    </>
  );
}
