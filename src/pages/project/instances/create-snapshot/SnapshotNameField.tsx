import { useId, type RefObject } from 'react';
import { FieldError } from '@/components/FieldError';
import { useI18n } from '@/i18n';
import type { SnapshotNameProblem } from './snapshot-name';

interface SnapshotNameFieldProps {
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  /** Shown once the user has left the field or tried to submit. */
  problem: SnapshotNameProblem | null;
  disabled: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function SnapshotNameField({ value, onChange, onBlur, problem, disabled, inputRef }: SnapshotNameFieldProps) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const message =
    problem?.kind === 'required'
      ? t('instances.snapshot.nameErrors.required')
      : problem?.kind === 'tooLong'
        ? t('instances.snapshot.nameErrors.tooLong', { length: problem.length })
        : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t('instances.snapshot.name')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        required
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <p className="field__hint" id={hintId}>
        {t('instances.snapshot.nameHint')}
      </p>
      <FieldError id={errorId}>{message}</FieldError>
    </div>
  );
}
