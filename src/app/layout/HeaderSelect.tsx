interface HeaderSelectProps {
  /** The short word shown before the select ("Project", "Region"). */
  prefix: string;
  /** The select's accessible name ("Switch project"). */
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  busy?: boolean;
  /** Why the last switch failed, in plain words. */
  failure?: string | null;
  onChange(value: string): void;
  /** The user is about to use the select (pointer over it, or focus): load what it offers. */
  onInterest?(): void;
}

/** A labelled select in the header, with the reason shown when switching failed. */
export function HeaderSelect({ prefix, label, value, options, busy = false, failure, onChange, onInterest }: HeaderSelectProps) {
  return (
    <div className="header-switch">
      <label className="header-select" onPointerEnter={onInterest}>
        <span className="header-select__prefix">{prefix}</span>
        <select
          aria-label={label}
          value={value}
          disabled={busy}
          aria-busy={busy}
          onFocus={onInterest}
          onPointerDown={onInterest}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {failure && (
        <span className="header-switch__error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
