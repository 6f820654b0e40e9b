import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { Dialog } from '@/components/dialog/Dialog';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { volumeSnapshotMutations } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import { FailureAlert } from './FailureAlert';
import { FormField } from './FormField';
import { editChanges, hasProblems, initialEditValues, validateEdit, type EditValues, type Problems } from './snapshot-forms';
import { displayName } from './snapshot-rows';

interface EditSnapshotDialogProps {
  snapshot: VolumeSnapshot;
  onClose(): void;
}

/** Edit Snapshot: name and description, checked before Cinder is asked; a failure keeps what was typed. */
export function EditSnapshotDialog({ snapshot, onClose }: EditSnapshotDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const formId = useId();
  const [values, setValues] = useState<EditValues>(() => initialEditValues(snapshot));
  const [problems, setProblems] = useState<Problems<keyof EditValues>>({});
  const sent = useRef(false);
  const update = useMutation(volumeSnapshotMutations.update(api));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sent.current || update.isPending) return;
    const found = validateEdit(values);
    setProblems(found);
    if (hasProblems(found)) return;
    const changes = editChanges(snapshot, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    sent.current = true;
    update.mutate(
      { id: snapshot.id, ...changes },
      {
        onSuccess: (saved) => {
          toast({ tone: 'success', title: t('volumeSnapshots.edit.saved', { name: displayName(saved) }) });
          onClose();
        },
        onSettled: () => {
          sent.current = false;
        },
      },
    );
  };

  const problemText = (field: keyof EditValues) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('volumeSnapshots.edit.title', { name: displayName(snapshot) })}
      busy={update.isPending}
      footer={
        <>
          <button type="button" className="button" disabled={update.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" aria-busy={update.isPending || undefined}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit}>
        <FormField label={t('volumeSnapshots.form.name')} error={problemText('name')}>
          {(control) => (
            <input {...control} value={values.name} onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))} />
          )}
        </FormField>
        <FormField label={t('volumeSnapshots.form.description')} error={problemText('description')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.description}
              onChange={(event) => setValues((current) => ({ ...current, description: event.target.value }))}
            />
          )}
        </FormField>
        {update.isError && <FailureAlert error={update.error} />}
      </form>
    </Dialog>
  );
}
