import { useId } from 'react';
import { useI18n } from '@/i18n';

interface YesNoProps {
  legend: string;
  value: boolean;
  onChange(value: boolean): void;
}

/** Horizon's Yes / No toggle, as a radio group. */
export function YesNo({ legend, value, onChange }: YesNoProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="launch-yes-no">
      <legend className="field__label">{legend}</legend>
      <label className="launch-yes-no__option">
        <input type="radio" name={name} checked={value} onChange={() => onChange(true)} />
        {t('common.yes')}
      </label>
      <label className="launch-yes-no__option">
        <input type="radio" name={name} checked={!value} onChange={() => onChange(false)} />
        {t('common.no')}
      </label>
    </fieldset>
  );
}
