import { useId, type ReactNode } from 'react';

interface FilterFieldProps {
  label: string;
  /** Says how the filter matches when the label cannot (read with the control). */
  hint?: string;
  /** Extra class, e.g. one that lets the field grow. */
  className?: string;
  /** Renders the control with the id its label points at (its hint, if any, is `${id}-hint`). */
  children(id: string): ReactNode;
}

/** One labelled filter control. */
export function FilterField({ label, hint, className, children }: FilterFieldProps) {
  const id = useId();
  return (
    <div className={className ? `filter-field ${className}` : 'filter-field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && (
        <span id={`${id}-hint`} className="filter-field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
