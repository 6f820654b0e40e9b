import { useId, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { Dialog } from '@/components/dialog/Dialog';
import { FieldError } from '@/components/FieldError';
import { useI18n } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { canRebuildVolumeBacked } from '@/openstack/nova/rebuild';
import type { Server } from '@/openstack/nova/schemas';
import { isVolumeBacked } from '@/openstack/nova/server-helpers';
import { RestoreFlowError } from './restore-flow';
import { fitProblem, newestActive, restoreBlocker, sourceProblem } from './restore-rules';
import { RestoreSummary } from './RestoreSummary';
import { RestoreSteps } from './RestoreSteps';
import { useRestore } from './use-restore';
import { useRestoreChoices } from './use-restore-choices';
import './restore.css';

export interface RestoreInstanceDialogProps {
  server: Server;
  /** Preselected snapshot or image (e.g. the snapshot whose Restore was clicked). */
  initialImageId?: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Restore in place: Nova rebuild with a snapshot as the image, after an optional safety snapshot. */
export function RestoreInstanceDialog({ server, initialImageId, open, onOpenChange }: RestoreInstanceDialogProps) {
  const api = useApi();
  const i18n = useI18n();
  const { t, format } = i18n;
  const formId = useId();
  const imageFieldId = useId();
  const imageProblemId = useId();
  const confirmId = useId();
  const confirmProblemId = useId();
  const reasonId = useId();
  const choices = useRestoreChoices(server, initialImageId);
  const { state, start } = useRestore(server);
  const [picked, setPicked] = useState<string | null>(null);
  const [safety, setSafety] = useState(true);
  const [typed, setTyped] = useState('');
  const [showProblems, setShowProblems] = useState(false);

  const volumeBacked = isVolumeBacked(server);
  const ready = choices.kind === 'ready' ? choices : null;
  const all: Image[] = ready ? [...ready.own, ...ready.others] : [];
  const chosenId = picked ?? initialImageId ?? (ready ? newestActive(ready.own)?.id : undefined) ?? ready?.others[0]?.id ?? '';
  const chosen = all.find((image) => image.id === chosenId);
  const working = state?.phase === 'running';
  const finished = state?.phase === 'succeeded';
  const started = state !== null;
  const blocker = started ? null : restoreBlocker(server, canRebuildVolumeBacked(api), api.microversion('compute'), t);
  const fit = chosen && ready ? sourceProblem(chosen, t) ?? (ready.flavor ? fitProblem(chosen, ready.flavor, volumeBacked, i18n) : t('restore.dialog.flavorUnknown')) : null;
  const nameMatches = typed.trim() === server.name;
  const reason = blocker ?? (ready && all.length === 0 ? t('restore.dialog.noChoice') : null);
  const imageName = chosen?.name ?? chosenId;

  const submit = () => {
    setShowProblems(true);
    if (working || finished || reason || !chosen || fit || !nameMatches) return;
    // Hold the choice: the safety snapshot about to appear would otherwise become the default.
    setPicked(chosen.id);
    void start({ imageId: chosen.id, safetySnapshot: safety });
  };

  const failure = state?.phase === 'failed' ? failureText(state.error, t) : null;
  // Only a refused request is offered again: the safety snapshot once more if that was refused, else
  // only the rebuild (the safety snapshot is then already active and is not taken twice).
  const refusedStep = state?.phase === 'failed' ? state.steps.find((step) => step.state === 'failed')?.id : undefined;
  const retry =
    failure?.retryable && chosen && (refusedStep === 'snapshot' || refusedStep === 'rebuild')
      ? () => void start({ imageId: chosen.id, safetySnapshot: refusedStep === 'snapshot' && safety })
      : undefined;
  const option = (image: Image) => (
    <option key={image.id} value={image.id}>
      {t('restore.dialog.optionLabel', { name: image.name ?? image.id, date: format.dateTime(image.created_at) })}
    </option>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('restore.dialog.title', { name: server.name })}
      busy={working}
      size="large"
      footer={
        <>
          {reason && (
            <p className="restore-dialog__reason" id={reasonId}>
              {reason}
            </p>
          )}
          <button type="button" className="button" disabled={working} onClick={() => onOpenChange(false)}>
            {started ? t('restore.dialog.close') : t('common.cancel')}
          </button>
          {!finished && (
            <button
              type="submit"
              form={formId}
              className="button button--danger"
              disabled={working || reason !== null || choices.kind !== 'ready'}
              aria-busy={working || undefined}
              aria-describedby={reason ? reasonId : undefined}
            >
              {working ? t('restore.dialog.submitting') : t('restore.dialog.submit')}
            </button>
          )}
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="restore-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>{t('restore.dialog.intro')}</p>
        {choices.kind === 'loading' && <p role="status">{t('restore.dialog.loadingImages')}</p>}
        {choices.kind === 'error' && (
          <p role="alert">{t('restore.dialog.imagesFailed', { message: describeError(choices.error, t).message })}</p>
        )}
        {ready && all.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor={imageFieldId}>
              {t('restore.dialog.image')}
            </label>
            <select
              id={imageFieldId}
              value={chosenId}
              disabled={started}
              aria-invalid={fit ? true : undefined}
              aria-describedby={fit ? imageProblemId : undefined}
              onChange={(event) => setPicked(event.target.value)}
            >
              {ready.own.length > 0 && <optgroup label={t('restore.dialog.ownSnapshots')}>{ready.own.map(option)}</optgroup>}
              {ready.others.length > 0 && <optgroup label={t('restore.dialog.otherImages')}>{ready.others.map(option)}</optgroup>}
            </select>
            <FieldError id={imageProblemId}>{fit}</FieldError>
          </div>
        )}
        <RestoreSummary server={server} />
        <label className="field--inline">
          <input type="checkbox" checked={safety} disabled={started} onChange={(event) => setSafety(event.target.checked)} />
          <span>
            {t('restore.dialog.safety')}
            <span className="field__hint">{t('restore.dialog.safetyHelp')}</span>
          </span>
        </label>
        <div className="field">
          <label className="field__label" htmlFor={confirmId}>
            {t('restore.dialog.confirm', { name: server.name })}
          </label>
          <input
            id={confirmId}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            disabled={started}
            aria-invalid={showProblems && !nameMatches ? true : undefined}
            aria-describedby={showProblems && !nameMatches ? confirmProblemId : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          <FieldError id={confirmProblemId}>{showProblems && !nameMatches ? t('restore.dialog.confirmMismatch', { name: server.name }) : null}</FieldError>
        </div>
        {state && <RestoreSteps state={state} imageName={imageName} />}
        {finished && (
          <p role="status" className="restore-dialog__done">
            {t('restore.dialog.done', { name: server.name, image: imageName })}
          </p>
        )}
        {failure && (
          <div role="alert" className="restore-dialog__error">
            <p>{t('restore.dialog.failed', { message: failure.message })}</p>
            {failure.requestId && <p>{t('common.requestId', { id: failure.requestId })}</p>}
            {retry && (
              <button type="button" className="button" disabled={working} onClick={retry}>
                {t('recovery.retry.button')}
              </button>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}

function failureText(error: unknown, t: ReturnType<typeof useI18n>['t']): { message: string; requestId?: string; retryable?: boolean } {
  if (error instanceof RestoreFlowError) {
    if (error.reason === 'snapshotFailed') return { message: t('restore.dialog.errors.snapshotFailed', { status: error.detail }) };
    if (error.reason === 'serverError') return { message: t('restore.dialog.errors.serverError', { message: error.detail }) };
    return { message: t('restore.dialog.errors.timedOut') };
  }
  const described = describeError(error, t);
  return { message: described.message, requestId: described.requestId ?? undefined, retryable: described.retryable };
}
