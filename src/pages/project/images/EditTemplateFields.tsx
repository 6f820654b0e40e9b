import { FormField } from '@/components/form/FormField';
import { useI18n } from '@/i18n';
import type { EditImageErrors, EditImageValues, GuestAgentChoice } from './edit-image-form';
import './EditTemplateFields.css';

interface EditTemplateFieldsProps {
  values: EditImageValues;
  errors: EditImageErrors;
  onChange(update: Partial<EditImageValues>): void;
  /** Longest property value Glance keeps. */
  max: number;
}

const guestAgentChoices: readonly GuestAgentChoice[] = ['', 'yes', 'no'];

/** What an image needs to serve as a template: description, minimums, OS and the guest agent. */
export function EditTemplateFields({ values, errors, onChange, max }: EditTemplateFieldsProps) {
  const { t } = useI18n();
  const error = (field: keyof EditImageErrors) => {
    const key = errors[field];
    return key ? t(key, { max }) : null;
  };
  const guestAgentWord = (choice: GuestAgentChoice) =>
    t(choice === 'yes' ? 'images.edit.guestAgentYes' : choice === 'no' ? 'images.edit.guestAgentNo' : 'images.edit.guestAgentUnset');
  return (
    <fieldset className="edit-image__template">
      <legend>{t('images.edit.templateSection')}</legend>
      <FormField label={t('images.edit.description')} error={error('description')}>
        {(control) => <textarea {...control} rows={2} value={values.description} onChange={(event) => onChange({ description: event.target.value })} />}
      </FormField>
      <div className="edit-image__pair">
        <FormField label={t('images.edit.minDisk')} hint={t('images.edit.minHint')} error={error('minDisk')}>
          {(control) => <input {...control} inputMode="numeric" value={values.minDisk} onChange={(event) => onChange({ minDisk: event.target.value })} />}
        </FormField>
        <FormField label={t('images.edit.minRam')} error={error('minRam')}>
          {(control) => <input {...control} inputMode="numeric" value={values.minRam} onChange={(event) => onChange({ minRam: event.target.value })} />}
        </FormField>
      </div>
      <div className="edit-image__pair">
        <FormField label={t('images.edit.osDistro')} hint={t('images.edit.osDistroHint')} error={error('osDistro')}>
          {(control) => <input {...control} value={values.osDistro} onChange={(event) => onChange({ osDistro: event.target.value })} />}
        </FormField>
        <FormField label={t('images.edit.osVersion')} error={error('osVersion')}>
          {(control) => <input {...control} value={values.osVersion} onChange={(event) => onChange({ osVersion: event.target.value })} />}
        </FormField>
      </div>
      <FormField label={t('images.edit.guestAgent')} hint={t('images.edit.guestAgentHint')}>
        {(control) => (
          <select
            {...control}
            value={values.guestAgent}
            onChange={(event) => onChange({ guestAgent: guestAgentChoices.find((choice) => choice === event.target.value) ?? '' })}
          >
            {guestAgentChoices.map((choice) => (
              <option key={choice} value={choice}>
                {guestAgentWord(choice)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </fieldset>
  );
}
