import { describeError } from '@/cloud/describe-error';
import { RefreshControl } from '@/components/refresh/RefreshControl';
import { Time } from '@/components/Time';
import { useI18n, type MessageKey } from '@/i18n';
import type { InstanceAction } from '@/openstack/nova/instance-action-schemas';
import type { Server } from '@/openstack/nova/schemas';
import { isInTransition } from '../instance-state';
import { useInstanceActions } from './use-instance-detail';

const actionNames: Readonly<Record<string, MessageKey>> = {
  create: 'instanceDetail.actionLog.names.create',
  delete: 'instanceDetail.actionLog.names.delete',
  start: 'instanceDetail.actionLog.names.start',
  stop: 'instanceDetail.actionLog.names.stop',
  reboot: 'instanceDetail.actionLog.names.reboot',
  rebuild: 'instanceDetail.actionLog.names.rebuild',
  createImage: 'instanceDetail.actionLog.names.createImage',
  pause: 'instanceDetail.actionLog.names.pause',
  unpause: 'instanceDetail.actionLog.names.unpause',
};

function Result({ action, running, t }: { action: InstanceAction; running: boolean; t: ReturnType<typeof useI18n>['t'] }) {
  if (action.message) return <>{t('instanceDetail.actionLog.error', { message: action.message })}</>;
  return <>{running ? t('instanceDetail.actionLog.inProgress') : t('instanceDetail.actionLog.success')}</>;
}

/** Nova's os-instance-actions, newest first: refreshed with the instance while it moves. */
export function InstanceActionLog({ server }: { server: Server }) {
  const { t } = useI18n();
  const actions = useInstanceActions(server);
  const moving = isInTransition(server);
  let body;
  if (actions.isPending) body = <p>{t('common.loading')}</p>;
  else if (actions.isError) body = <p role="alert">{t('instanceDetail.actionLog.loadFailed', { message: describeError(actions.error, t).message })}</p>;
  else if (actions.data.length === 0) body = <p>{t('instanceDetail.actionLog.empty')}</p>;
  else {
    body = (
      <table className="instance-detail__table">
        <caption className="visually-hidden">{t('instanceDetail.actionLog.label')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('instanceDetail.actionLog.action')}</th>
            <th scope="col">{t('instanceDetail.actionLog.requestId')}</th>
            <th scope="col">{t('instanceDetail.actionLog.user')}</th>
            <th scope="col">{t('instanceDetail.actionLog.startTime')}</th>
            <th scope="col">{t('instanceDetail.actionLog.result')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.data.map((action, index) => {
            const key = actionNames[action.action];
            return (
              <tr key={action.request_id}>
                <th scope="row" title={action.action}>
                  {key ? t(key) : action.action}
                </th>
                <td>
                  <code>{action.request_id}</code>
                </td>
                <td>
                  <code>{action.user_id ?? t('common.notAvailable')}</code>
                </td>
                <td>
                  <Time value={action.start_time} />
                </td>
                <td>
                  <Result action={action} running={index === 0 && moving} t={t} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <section className="instance-detail__section" aria-labelledby="instance-action-log">
      <div className="instance-detail__section-head">
        <h2 id="instance-action-log">{t('instanceDetail.sections.actionLog')}</h2>
        <RefreshControl query={actions} label={t('instanceDetail.actionLog.refresh')} />
      </div>
      {body}
    </section>
  );
}
