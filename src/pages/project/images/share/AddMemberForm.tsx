import { useState } from 'react';
import { FormField } from '@/components/form/FormField';
import { useI18n, type MessageKey } from '@/i18n';
import { projectIdProblem } from './project-id';

interface AddMemberFormProps {
  ownProjectId: string;
  memberIds: readonly string[];
  busy: boolean;
  /** Sends the invitation; resolves true when it was accepted by Glance (the field is then cleared). */
  onAdd(projectId: string): Promise<boolean>;
}

/** A project id, checked before anything is sent. */
export function AddMemberForm({ ownProjectId, memberIds, busy, onAdd }: AddMemberFormProps) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const submit = async () => {
    const found = projectIdProblem(value, ownProjectId, memberIds);
    setProblem(found);
    if (found || busy) return;
    if (await onAdd(value.trim())) setValue('');
  };

  return (
    <form
      className="image-share__add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormField label={t('imageSharing.addLabel')} hint={t('imageSharing.addHint')} error={problem ? t(problem) : null}>
        {(control) => (
          <input {...control} value={value} autoComplete="off" spellCheck={false} onChange={(event) => setValue(event.target.value)} />
        )}
      </FormField>
      <button type="submit" className="button" aria-busy={busy || undefined}>
        {t('imageSharing.add')}
      </button>
    </form>
  );
}
