import { useId, type ReactNode } from 'react';

interface FilterFieldProps {
  label: string;
  /** Extra class, e.g. one that lets the field grow. */
  className?: string;
  /** Renders the control with the id its label points at. */
  children(id: string): ReactNode;
}

/** One labelled filter control. */
export function FilterField({ label, className, children }: FilterFieldProps) {
  const id = useId();
  return (
    <div className={className ? `filter-field ${className}` : 'filter-field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
