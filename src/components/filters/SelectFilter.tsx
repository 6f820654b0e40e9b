import { FilterField } from './FilterField';

interface SelectFilterProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel(value: T): string;
  onChange(value: T): void;
}

/** A filter chosen from a fixed list of values. */
export function SelectFilter<T extends string>({ label, value, options, optionLabel, onChange }: SelectFilterProps<T>) {
  return (
    <FilterField label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
}
