import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FormDialog } from '@/components/dialog/FormDialog';
import { FormField } from '@/components/form/FormField';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { volumeSnapshotMutations } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
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
  const [values, setValues] = useState<EditValues>(() => initialEditValues(snapshot));
  const [problems, setProblems] = useState<Problems<keyof EditValues>>({});
  const update = useMutation(volumeSnapshotMutations.update(api));

  const submit = () => {
    const found = validateEdit(values);
    setProblems(found);
    if (hasProblems(found)) return undefined;
    const changes = editChanges(snapshot, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return undefined;
    }
    return update.mutateAsync(
      { id: snapshot.id, ...changes },
      {
        onSuccess: (saved) => {
          toast({ tone: 'success', title: t('volumeSnapshots.edit.saved', { name: displayName(saved) }) });
          onClose();
        },
      },
    );
  };

  const problemText = (field: keyof EditValues) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  return (
    <FormDialog
      title={t('volumeSnapshots.edit.title', { name: displayName(snapshot) })}
      submitLabel={t('common.save')}
      busy={update.isPending}
      failure={update.isError ? describeError(update.error, t) : null}
      onClose={onClose}
      onSubmit={submit}
    >
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
    </FormDialog>
  );
}
