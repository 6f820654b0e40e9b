import { useId, useState } from 'react';
import { useI18n } from '@/i18n';
import { filterableStatuses, statusKey, type FilterableStatus } from './instance-state';

interface InstancesFilterProps {
  name: string;
  status: FilterableStatus | '';
  onApply(filter: { name: string; status: FilterableStatus | '' }): void;
}

function isFilterableStatus(value: string): value is FilterableStatus {
  return (filterableStatuses as readonly string[]).includes(value);
}

/** Name and status, filtered by Nova on the server side; the name applies on Enter or Filter. */
export function InstancesFilter({ name, status, onApply }: InstancesFilterProps) {
  const { t } = useI18n();
  const nameId = useId();
  const statusId = useId();
  const [draft, setDraft] = useState(name);
  const [shownName, setShownName] = useState(name);
  // Follow the URL when it changes under us (Back, Clear).
  if (shownName !== name) {
    setShownName(name);
    setDraft(name);
  }
  const filtered = name !== '' || status !== '';

  return (
    <form
      className="instances__filter"
      role="search"
      aria-label={t('instances.filter.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ name: draft.trim(), status });
      }}
    >
      <div className="field field--inline">
        <label htmlFor={nameId}>{t('instances.filter.name')}</label>
        <input
          id={nameId}
          type="search"
          value={draft}
          placeholder={t('instances.filter.namePlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <div className="field field--inline">
        <label htmlFor={statusId}>{t('instances.filter.status')}</label>
        <select
          id={statusId}
          value={status}
          onChange={(event) => {
            const value = event.target.value;
            onApply({ name: draft.trim(), status: isFilterableStatus(value) ? value : '' });
          }}
        >
          <option value="">{t('instances.filter.anyStatus')}</option>
          {filterableStatuses.map((value) => {
            const key = statusKey(value);
            return (
              <option key={value} value={value}>
                {key ? t(key) : value}
              </option>
            );
          })}
        </select>
      </div>
      <button type="submit" className="button">
        {t('instances.filter.apply')}
      </button>
      {filtered && (
        <button type="button" className="button button--ghost" onClick={() => onApply({ name: '', status: '' })}>
          {t('instances.filter.clear')}
        </button>
      )}
    </form>
  );
}
