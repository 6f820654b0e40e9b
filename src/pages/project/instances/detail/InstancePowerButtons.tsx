import { useId } from 'react';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import type { PowerAction } from '../power-actions';

interface InstancePowerButtonsProps {
  server: Server;
  actions: readonly PowerAction[];
  onRequest(action: PowerAction): void;
  /** The action whose request is in flight. */
  runningId: string | null;
}

/** The power actions as a toolbar; an unavailable one stays focusable and says why. */
export function InstancePowerButtons({ server, actions, onRequest, runningId }: InstancePowerButtonsProps) {
  const { t } = useI18n();
  const baseId = useId();
  return (
    <div role="toolbar" aria-label={t('instanceDetail.actionsLabel')} className="instance-detail__actions">
      {actions.map((action) => {
        const verdict = action.allowed(server);
        const reason = verdict === true ? null : verdict;
        const busy = runningId === action.id;
        const reasonId = `${baseId}-${action.id}`;
        return (
          <span key={action.id}>
            <button
              type="button"
              className={`button button--small${action.danger ? ' button--danger' : ''}`}
              aria-disabled={reason !== null || runningId !== null || undefined}
              aria-busy={busy || undefined}
              aria-describedby={reason ? reasonId : undefined}
              title={reason ?? undefined}
              onClick={() => {
                if (reason === null && runningId === null) onRequest(action);
              }}
            >
              {action.label}
            </button>
            {reason && (
              <span id={reasonId} className="visually-hidden">
                {reason}
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
}
