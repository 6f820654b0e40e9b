import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { describeError } from '@/cloud/describe-error';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { isInTransition, statusKey, statusTone } from '../instance-state';
import { PlanNote } from '../PlanNote';
import { PowerConfirmDialog } from '../PowerConfirmDialog';
import { usePowerActions } from '../use-power-actions';
import { attachedVolumeRows, bootVolumeOf, deletedWithServer } from './attached-volumes';
import { instanceDetailActions, instanceDetailSections } from './detail-sections';
import { InstanceActionLog } from './InstanceActionLog';
import { InstanceAddresses } from './InstanceAddresses';
import { InstanceNotFound } from './InstanceNotFound';
import { InstanceOverview } from './InstanceOverview';
import { InstancePowerButtons } from './InstancePowerButtons';
import { InstanceVolumes } from './InstanceVolumes';
import { useAttachedVolumes, useInstance } from './use-instance-detail';
import './InstanceDetail.css';
import { RefreshControl } from '@/components/refresh/RefreshControl';

/** /project/instances/:instanceId — Horizon's instance overview, power actions and action log. */
export function InstanceDetailPage() {
  const { instanceId = '' } = useParams();
  const { t } = useI18n();
  const server = useInstance(instanceId);
  const back = <Link to={paths.instances}>{t('instanceDetail.back')}</Link>;

  if (server.isPending) return <Spinner label={t('common.loading')} showLabel />;
  if (isOpenStackError(server.error) && server.error.status === 404) return <InstanceNotFound message={server.error.message} />;
  // A failed refresh (an ended session, say) keeps the page and its open dialogs; only a first load that failed shows the error.
  if (server.isError && server.data === undefined) {
    const { message, requestId } = describeError(server.error, t);
    return (
      <>
        <p>{back}</p>
        <ErrorState title={t('instanceDetail.loadFailed')} message={message} requestId={requestId} onRetry={() => void server.refetch()} />
      </>
    );
  }
  return <InstanceDetail server={server.data} back={back} refresh={<RefreshControl query={server} label={t('common.refreshDetails')} />} />;
}

function InstanceDetail({ server, back, refresh }: { server: Server; back: React.ReactNode; refresh: React.ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { attachments, volumes } = useAttachedVolumes(server);
  const volumeData = volumes.map((v) => v.data);
  const rows = useMemo(() => attachedVolumeRows(server, attachments.data, volumeData), [server, attachments.data, volumeData]);
  const volumeError = attachments.error ?? volumes.find((v) => v.error)?.error ?? null;
  const deletedVolumes = useCallback(() => deletedWithServer(rows), [rows]);
  const onDeleted = useCallback(() => navigate(paths.instances), [navigate]);
  const power = usePowerActions({ deletedVolumes, onDeleted });
  const key = statusKey(server.status);

  return (
    <div className="instance-detail">
      <p>{back}</p>
      <PageHeader
        title={server.name || server.id}
        description={
          <span className="instance-detail__status">
            <StatusBadge tone={statusTone(server)} label={key ? t(key) : server.status} title={server.status} />
            <PlanNote serverId={server.id} />
          </span>
        }
        actions={
          <>
            <InstancePowerButtons
              server={server}
              actions={power.actions}
              runningId={power.running?.id ?? null}
              onRequest={(action) => power.request(action, server)}
            />
            {instanceDetailActions.map(({ id, Component }) => (
              <Component key={id} server={server} />
            ))}
          </>
        }
      />
      {refresh}
      {isInTransition(server) && (
        <p className="instance-detail__polling" role="status">
          {t('instanceDetail.polling')}
        </p>
      )}
      <div className="instance-detail__sections">
        <InstanceOverview server={server} bootVolume={bootVolumeOf(server, rows)} />
        <InstanceAddresses server={server} />
        <InstanceVolumes rows={rows} error={volumeError ? describeError(volumeError, t).message : null} />
        {instanceDetailSections.map(({ id, Component }) => (
          <Component key={id} server={server} />
        ))}
        <InstanceActionLog server={server} />
      </div>
      <PowerConfirmDialog
        question={power.pending && { ...power.pending.confirm, confirmLabel: power.pending.action.label, danger: power.pending.action.danger }}
        busy={power.running !== null}
        onConfirm={() => void power.confirmPending()}
        onCancel={power.cancelPending}
      />
    </div>
  );
}
