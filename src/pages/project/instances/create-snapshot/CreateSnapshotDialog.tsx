import { useId, useRef, useState } from 'react';
import { Dialog } from '@/components/dialog/Dialog';
import { useI18n } from '@/i18n';
import { isUnauthorized } from '@/openstack/errors';
import type { Server } from '@/openstack/nova/schemas';
import { isRunning } from '../snapshot-rules';
import { FlowSteps } from './FlowSteps';
import { QuotaSection } from './QuotaSection';
import { quotaBlockReason } from './quota-label';
import { describeSnapshotError } from './snapshot-error';
import { cleanSnapshotName, defaultSnapshotName, snapshotNameProblem } from './snapshot-name';
import { snapshotDescriptionKey } from './snapshot-description';
import { SnapshotNameField } from './SnapshotNameField';
import type { SnapshotFlowRecord, SnapshotRequest } from './use-snapshot-flows';
import { useSnapshotQuota } from './use-snapshot-quota';
import './CreateSnapshotDialog.css';

interface CreateSnapshotDialogProps {
  server: Server;
  /** The flow started from this dialog (or earlier, for this server), if any. */
  flow: SnapshotFlowRecord | undefined;
  onSubmit(request: SnapshotRequest): void;
  onClose(): void;
}

/** Horizon's Create Snapshot, with the quota checked first and an optional shut-off for a consistent copy. */
export function CreateSnapshotDialog({ server, flow, onSubmit, onClose }: CreateSnapshotDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const reasonId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(() => flow?.snapshotName ?? defaultSnapshotName(server.name));
  const [showProblem, setShowProblem] = useState(false);
  const [shutOffFirst, setShutOffFirst] = useState(flow?.shutOffFirst ?? false);
  const { quota, blocking } = useSnapshotQuota(server);

  const phase = flow?.state.phase;
  const working = phase === 'running';
  const problem = snapshotNameProblem(name);
  const blockReason = quotaBlockReason(blocking, t);
  const waitReason = quota.kind === 'loading' ? t('instances.snapshot.quota.loading') : null;
  const disabledReason = blockReason ?? waitReason;
  const running = isRunning(server);
  const showSteps = flow !== undefined && flow.shutOffFirst;
  const failure =
    phase === 'failed' && flow ? describeSnapshotError(flow.state.error, flow.state.failedStep, flow.shutOffFirst, t) : null;
  // Refused for an expired session: nothing was done, so after signing in again the user may send it again.
  const canRetry = phase === 'failed' && flow !== undefined && isUnauthorized(flow.state.error) && !flow.shutOffFirst;

  const submit = () => {
    setShowProblem(true);
    if (problem) {
      nameRef.current?.focus();
      return;
    }
    if (working || disabledReason) return;
    onSubmit({ server, name: cleanSnapshotName(name), shutOffFirst: running && shutOffFirst });
  };

  // The plain create is quick: hold the dialog until Nova answers. The shut-off flow may take
  // minutes: it can be closed and goes on in the background.
  const holdOpen = working && !(flow?.shutOffFirst ?? false);
  const finished = phase === 'succeeded';

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('instances.snapshot.title')}
      busy={holdOpen}
      initialFocus={nameRef}
      footer={
        <>
          {disabledReason && !working && !finished && (
            <p className="snapshot-dialog__reason" id={reasonId}>
              {disabledReason}
            </p>
          )}
          <button type="button" className="button" disabled={holdOpen} onClick={onClose}>
            {finished || working ? t('instances.snapshot.close') : t('common.cancel')}
          </button>
          {!finished && (
            <button
              type="submit"
              form={formId}
              className="button button--primary"
              disabled={working || disabledReason !== null}
              aria-busy={working || undefined}
              aria-describedby={disabledReason && !working ? reasonId : undefined}
            >
              {working ? t('instances.snapshot.submitting') : t('instances.snapshot.submit')}
            </button>
          )}
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="snapshot-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <dl className="snapshot-dialog__instance">
          <dt>{t('instances.snapshot.instance')}</dt>
          <dd>{server.name}</dd>
        </dl>
        <SnapshotNameField
          value={name}
          onChange={setName}
          onBlur={() => setShowProblem(true)}
          problem={showProblem ? problem : null}
          disabled={working || finished}
          inputRef={nameRef}
        />
        <p className="snapshot-dialog__about">{t(snapshotDescriptionKey(server))}</p>
        <QuotaSection quota={quota} />
        {running && (
          <div className="snapshot-dialog__consistency">
            <p className="snapshot-dialog__warning">
              <span aria-hidden="true" className="snapshot-dialog__warning-icon" />
              {t('instances.snapshot.consistency.warning')}
            </p>
            <label className="field--inline">
              <input
                type="checkbox"
                checked={shutOffFirst}
                disabled={working || finished}
                onChange={(event) => setShutOffFirst(event.target.checked)}
              />
              {t('instances.snapshot.consistency.shutOffFirst')}
            </label>
          </div>
        )}
        {showSteps && <FlowSteps steps={flow.state.steps} />}
        {showSteps && working && <p className="snapshot-dialog__note">{t('instances.snapshot.steps.canClose')}</p>}
        {failure && (
          <div className="snapshot-dialog__error" role="alert">
            <p>{failure.message}</p>
            {failure.requestId && <p className="snapshot-dialog__request">{t('common.requestId', { id: failure.requestId })}</p>}
            {canRetry && (
              <button type="button" className="button" disabled={disabledReason !== null} onClick={submit}>
                {t('recovery.retry.button')}
              </button>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
