import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Dialog } from '../dialog/Dialog';
import { FormDialog } from '../dialog/FormDialog';
import { FormField } from '../form/FormField';
import type { Failure } from '../form/FailureAlert';
import { Spinner } from '../Spinner';
import { StepList, type StepItem } from '../steps/StepList';
import './CopyToImageDialog.css';

type DiskFormat = 'raw' | 'qcow2';

export interface CopyProgressView {
  steps: StepItem[];
  status: string;
  tone: 'info' | 'success' | 'error';
  imageLink: { to: string; label: string } | null;
  unreachable: string | null;
}

export interface CopyToImageDialogViewProps {
  title: string;
  loading: boolean;
  intro: string | null;
  /** Why the copy cannot start (no source, source not available). */
  blocker: string | null;
  quotaProblems: string[];
  values: { imageName: string; diskFormat: DiskFormat };
  onChange(values: { imageName: string; diskFormat: DiskFormat }): void;
  nameError: string | null;
  rawLabel: string;
  busy: boolean;
  failure: Failure | null;
  onSubmit(): Promise<unknown> | undefined;
  /** Once the copy has started (or was found running): its steps instead of the form. */
  progress: CopyProgressView | null;
  onClose(): void;
}

function CopyProgressDialog({ title, progress, onClose }: { title: string; progress: CopyProgressView; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      footer={
        <>
          {progress.imageLink && (
            <Link className="button button--primary" to={progress.imageLink.to} onClick={onClose}>
              {progress.imageLink.label}
            </Link>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      <StepList label={t('copyToImage.steps.label')} steps={progress.steps} />
      <p className={`copy-to-image__status copy-to-image__status--${progress.tone}`} role={progress.tone === 'error' ? 'alert' : 'status'}>
        {progress.status}
      </p>
      {progress.unreachable && <p className="field__hint">{progress.unreachable}</p>}
    </Dialog>
  );
}

/** Copy to Image: the form (name, disk format, quota first), then the copy's steps as they happen. */
export function CopyToImageDialogView(props: CopyToImageDialogViewProps) {
  const { t } = useI18n();
  const formatName = useId();
  const { values, onChange } = props;
  if (props.progress) return <CopyProgressDialog title={props.title} progress={props.progress} onClose={props.onClose} />;
  return (
    <FormDialog
      title={props.title}
      submitLabel={t('copyToImage.start')}
      busy={props.busy}
      failure={props.failure}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
      size="medium"
    >
      {props.loading && <Spinner label={t('copyToImage.loadingSource')} showLabel />}
      {props.intro && <p>{props.intro}</p>}
      {props.blocker && (
        <p className="copy-to-image__status copy-to-image__status--error" role="alert">
          {props.blocker}
        </p>
      )}
      {props.quotaProblems.length > 0 && (
        <div className="copy-to-image__status copy-to-image__status--error" role="alert">
          <p>{t('copyToImage.quota.title')}</p>
          <ul>
            {props.quotaProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <FormField label={t('copyToImage.imageName')} error={props.nameError}>
        {(control) => <input {...control} value={values.imageName} onChange={(event) => onChange({ ...values, imageName: event.target.value })} />}
      </FormField>
      <fieldset className="copy-to-image__formats">
        <legend>{t('copyToImage.diskFormat')}</legend>
        {(['qcow2', 'raw'] as const).map((format) => (
          <label key={format} className="field--inline">
            <input type="radio" name={formatName} value={format} checked={values.diskFormat === format} onChange={() => onChange({ ...values, diskFormat: format })} />
            {format === 'raw' ? props.rawLabel : t('copyToImage.qcow2')}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
