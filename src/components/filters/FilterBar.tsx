import type { ReactNode } from 'react';
import './FilterBar.css';

interface FilterBarProps {
  /** Names the search landmark. */
  label: string;
  children: ReactNode;
}

/** The filters above a list, as one search landmark. */
export function FilterBar({ label, children }: FilterBarProps) {
  return (
    <div role="search" className="filter-bar" aria-label={label}>
      {children}
    </div>
  );
}
