import type { ReactNode } from 'react';
import './FieldError.css';

interface FieldErrorProps {
  /** Point the input's `aria-describedby` at this id (and set `aria-invalid`). */
  id: string;
  children?: ReactNode;
}

/** A field's error message; renders nothing when there is none. */
export function FieldError({ id, children }: FieldErrorProps) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <p className="field__error field-error" id={id}>
      <span className="field-error__icon" aria-hidden="true">
        !
      </span>
      {children}
    </p>
  );
}
