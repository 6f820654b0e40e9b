import { useEffect, useEffectEvent, useState } from 'react';
import { FilterField } from './FilterField';

/** Typing waits this long before the list asks again. */
const SEARCH_DEBOUNCE_MS = 300;

interface SearchFilterProps {
  label: string;
  /** How the filter matches, when the label does not say it. */
  hint?: string;
  /** The filter as it stands (in the URL). */
  value: string;
  /** Called once typing has paused. */
  onCommit(value: string): void;
  className?: string;
}

/** A text filter that follows its value (Back, a link) and sends what is typed after a pause. */
export function SearchFilter({ label, hint, value, onCommit, className }: SearchFilterProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL can change under us (Back, a link): follow it.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const commit = useEffectEvent((next: string) => onCommit(next));
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => commit(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <FilterField label={label} hint={hint} className={className}>
      {(id) => (
        <input id={id} type="search" aria-describedby={hint ? `${id}-hint` : undefined} value={text} onChange={(event) => setText(event.target.value)} />
      )}
    </FilterField>
  );
}
