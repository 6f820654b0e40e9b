import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FormDialog } from '@/components/dialog/FormDialog';
import { FormField } from '@/components/form/FormField';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { imageMutations } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { editOperations, initialEditValues, NAME_MAX, PROPERTY_MAX, validateEdit, type EditImageErrors, type EditImageValues } from './edit-image-form';
import { EditTemplateFields } from './EditTemplateFields';
import { displayName } from './image-rules';

interface EditImageDialogProps {
  image: Image;
  onClose(): void;
}

/** Edit Image: the name, what a template needs, and Protected, sent as one JSON-patch of the changes; a failure keeps what was typed. */
export function EditImageDialog({ image, onClose }: EditImageDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const protectedId = useId();
  const [values, setValues] = useState<EditImageValues>(() => initialEditValues(image));
  const [errors, setErrors] = useState<EditImageErrors>({});
  const update = useMutation(imageMutations.update(api));

  const submit = () => {
    const problems = validateEdit(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return undefined;
    const operations = editOperations(image, values);
    if (operations.length === 0) {
      onClose();
      return undefined;
    }
    return update.mutateAsync(
      { id: image.id, operations },
      {
        onSuccess: (saved) => {
          toast({ tone: 'success', title: t('images.edit.saved', { name: displayName(saved) }) });
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={t('images.edit.title', { name: displayName(image) })}
      submitLabel={t('common.save')}
      busy={update.isPending}
      failure={update.isError ? describeError(update.error, t) : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormField label={t('images.edit.name')} error={errors.name ? t(errors.name, { max: NAME_MAX }) : null}>
        {(control) => (
          <input
            {...control}
            value={values.name}
            maxLength={NAME_MAX + 50}
            onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))}
          />
        )}
      </FormField>
      <EditTemplateFields
        values={values}
        errors={errors}
        onChange={(changed) => setValues((current) => ({ ...current, ...changed }))}
        max={PROPERTY_MAX}
      />
      <div className="field field--inline">
        <input
          id={protectedId}
          type="checkbox"
          checked={values.protected}
          onChange={(event) => setValues((current) => ({ ...current, protected: event.target.checked }))}
        />
        <label htmlFor={protectedId}>{t('images.edit.protected')}</label>
      </div>
      <p className="field__hint">{t('images.edit.protectedHint')}</p>
    </FormDialog>
  );
}
