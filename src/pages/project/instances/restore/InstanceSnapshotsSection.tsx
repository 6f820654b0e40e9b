import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Spinner } from '@/components/Spinner';
import { StatusBadge, type StatusTone } from '@/components/StatusBadge';
import { useI18n, type MessageKey } from '@/i18n';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import { failedImageStatuses, isKnownImageStatus, uploadingImageStatuses, type Image } from '@/openstack/glance/schemas';
import { canRebuildVolumeBacked } from '@/openstack/nova/rebuild';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { restoreBlocker, sourceProblem } from './restore-rules';
import { RestoreInstanceDialog } from './RestoreInstanceDialog';
import { useInstanceSnapshots } from './use-instance-snapshots';
import './restore.css';

const moving: ReadonlySet<string> = new Set(uploadingImageStatuses);
const failed: ReadonlySet<string> = new Set(failedImageStatuses);

function toneOf(status: string): StatusTone {
  if (status === 'active') return 'ok';
  if (moving.has(status)) return 'transition';
  return failed.has(status) ? 'error' : 'neutral';
}

function statusLabel(status: string, t: ReturnType<typeof useI18n>['t']): string {
  return isKnownImageStatus(status) ? t(`restore.section.status.${status}` as MessageKey) : status;
}

/** An instance's snapshots (image snapshots, and for a volume-backed one its instance snapshots) with Launch and Restore. */
export function InstanceSnapshotsSection({ server }: { server: Server }) {
  const api = useApi();
  const { t, format } = useI18n();
  const headingId = useId();
  const snapshots = useInstanceSnapshots(server);
  const [restoring, setRestoring] = useState<string | null>(null);
  const blocker = restoreBlocker(server, canRebuildVolumeBacked(api), api.microversion('compute'), t);

  const restoreReason = (image: Image) =>
    blocker ?? sourceProblem(image, t) ?? (image.status === 'active' ? null : t('restore.blocked.notActive'));

  return (
    <section className="instance-snapshots" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('restore.section.title')}</h2>
      <p>{t('restore.section.description')}</p>
      {snapshots.kind === 'loading' && <Spinner label={t('restore.section.loading')} showLabel />}
      {snapshots.kind === 'error' && (
        <ErrorState
          title={t('restore.section.loadFailed')}
          message={describeError(snapshots.error, t).message}
          requestId={describeError(snapshots.error, t).requestId}
          onRetry={snapshots.retry}
        />
      )}
      {snapshots.kind === 'ready' && snapshots.images.length === 0 && (
        <EmptyState title={t('restore.section.emptyTitle')} body={t('restore.section.emptyBody')} />
      )}
      {snapshots.kind === 'ready' && snapshots.images.length > 0 && (
        <table aria-label={t('restore.section.tableLabel', { name: server.name })}>
          <thead>
            <tr>
              <th scope="col">{t('restore.section.columns.name')}</th>
              <th scope="col">{t('restore.section.columns.status')}</th>
              <th scope="col">{t('restore.section.columns.size')}</th>
              <th scope="col">{t('restore.section.columns.age')}</th>
              <th scope="col">{t('restore.section.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.images.map((image) => {
              const name = image.name ?? image.id;
              const reason = restoreReason(image);
              const reasonId = `${headingId}-${image.id}-reason`;
              return (
                <tr key={image.id}>
                  <th scope="row">
                    <Link to={paths.imageDetail(image.id)}>{name}</Link>
                  </th>
                  <td>
                    <StatusBadge tone={toneOf(image.status)} label={statusLabel(image.status, t)} />
                  </td>
                  <td>{isVolumeBackedSnapshot(image) ? t('restore.section.volumeBacked') : format.bytes(image.size)}</td>
                  <td>
                    <time dateTime={image.created_at} title={format.dateTime(image.created_at)}>
                      {format.age(image.created_at)}
                    </time>
                  </td>
                  <td>
                    <div className="instance-snapshots__actions">
                      {image.status === 'active' && (
                        <Link
                          className="button button--small"
                          to={paths.launch({ source: 'instance_snapshot', id: image.id })}
                          aria-label={t('restore.section.launchLabel', { name })}
                        >
                          {t('restore.section.launch')}
                        </Link>
                      )}
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('restore.section.restoreLabel', { instance: server.name, name })}
                        aria-disabled={reason ? true : undefined}
                        aria-describedby={reason ? reasonId : undefined}
                        title={reason ?? undefined}
                        onClick={() => !reason && setRestoring(image.id)}
                      >
                        {t('restore.section.restore')}
                      </button>
                      {reason && (
                        <span id={reasonId} className="visually-hidden">
                          {reason}
                        </span>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {restoring !== null && (
        <RestoreInstanceDialog server={server} initialImageId={restoring} open onOpenChange={(open) => !open && setRestoring(null)} />
      )}
    </section>
  );
}
