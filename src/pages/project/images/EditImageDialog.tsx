import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { Dialog } from '@/components/dialog/Dialog';
import { FieldError } from '@/components/FieldError';
import { useToast } from '@/components/toast/toast-context';
import { useI18n, type MessageKey } from '@/i18n';
import { imageMutations } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { editOperations, initialEditValues, NAME_MAX, validateName, type EditImageValues } from './edit-image-form';
import { displayName } from './image-rules';

interface EditImageDialogProps {
  image: Image;
  onClose(): void;
}

/** Edit Image: the name and the Protected flag, sent as one JSON-patch; a failure keeps what was typed. */
export function EditImageDialog({ image, onClose }: EditImageDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const formId = useId();
  const nameErrorId = useId();
  const [values, setValues] = useState<EditImageValues>(() => initialEditValues(image));
  const [nameError, setNameError] = useState<MessageKey | null>(null);
  const sent = useRef(false);
  const update = useMutation(imageMutations.update(api));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sent.current || update.isPending) return;
    const problem = validateName(values.name);
    setNameError(problem);
    if (problem) return;
    const operations = editOperations(image, values);
    if (operations.length === 0) {
      onClose();
      return;
    }
    sent.current = true;
    update.mutate(
      { id: image.id, operations },
      {
        onSuccess: (saved) => {
          toast({ tone: 'success', title: t('images.edit.saved', { name: displayName(saved) }) });
          onClose();
        },
        onSettled: () => {
          sent.current = false;
        },
      },
    );
  };

  const failure = update.isError ? describeError(update.error, t) : null;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('images.edit.title', { name: displayName(image) })}
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
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-name`}>
            {t('images.edit.name')}
          </label>
          <input
            id={`${formId}-name`}
            value={values.name}
            maxLength={NAME_MAX + 50}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? nameErrorId : undefined}
            onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))}
          />
          <FieldError id={nameErrorId}>{nameError ? t(nameError, { max: NAME_MAX }) : null}</FieldError>
        </div>
        <div className="field field--inline">
          <input
            id={`${formId}-protected`}
            type="checkbox"
            checked={values.protected}
            onChange={(event) => setValues((current) => ({ ...current, protected: event.target.checked }))}
          />
          <label htmlFor={`${formId}-protected`}>{t('images.edit.protected')}</label>
        </div>
        <p className="field__hint">{t('images.edit.protectedHint')}</p>
        {failure && (
          <div role="alert" className="image-form__error">
            <p>{failure.message}</p>
            {failure.requestId && <p className="image-details__muted">{t('common.requestId', { id: failure.requestId })}</p>}
          </div>
        )}
      </form>
    </Dialog>
  );
}
