import { useEffect, useId, useState } from 'react';
import { useI18n, type MessageKey } from '@/i18n';
import type { ImagesListFilters } from './image-list-query';
import { STATUS_FILTERS, TYPE_FILTERS, VISIBILITY_FILTERS, type StatusFilter, type TypeFilter, type VisibilityFilter } from './images-url-state';

const typeWords: Record<TypeFilter, MessageKey> = {
  all: 'images.filters.typeAll',
  images: 'images.filters.typeImages',
  snapshots: 'images.filters.typeSnapshots',
};
const visibilityWords: Record<VisibilityFilter, MessageKey> = {
  all: 'images.filters.visibilityAll',
  project: 'images.filters.visibilityProject',
  shared: 'images.filters.visibilityShared',
  public: 'images.filters.visibilityPublic',
  community: 'images.filters.visibilityCommunity',
};
const statusWords: Record<StatusFilter, MessageKey> = {
  '': 'images.filters.statusAny',
  active: 'images.status.active',
  queued: 'images.status.queued',
  saving: 'images.status.saving',
  uploading: 'images.status.uploading',
  importing: 'images.status.importing',
  pending_delete: 'images.status.pending_delete',
  killed: 'images.status.killed',
  deactivated: 'images.status.deactivated',
};

/** Typing waits this long before the list asks again. */
export const NAME_DEBOUNCE_MS = 300;

interface ImagesFiltersProps {
  filters: ImagesListFilters;
  onChange(update: Partial<ImagesListFilters>, options?: { replace?: boolean }): void;
}

export function ImagesFilters({ filters, onChange }: ImagesFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(filters.name);
  const [urlName, setUrlName] = useState(filters.name);
  // The URL can change under us (Back, a link): follow it.
  if (urlName !== filters.name) {
    setUrlName(filters.name);
    setName(filters.name);
  }
  useEffect(() => {
    if (name === filters.name) return;
    const timer = setTimeout(() => onChange({ name }, { replace: true }), NAME_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [name, filters.name, onChange]);

  return (
    <div role="search" className="images-filters" aria-label={t('images.filters.label')}>
      <fieldset className="images-filters__type">
        <legend className="visually-hidden">{t('images.filters.type')}</legend>
        {TYPE_FILTERS.map((type) => (
          <label key={type} className={`images-filters__chip${filters.type === type ? ' images-filters__chip--on' : ''}`}>
            <input type="radio" name={`${id}-type`} value={type} checked={filters.type === type} onChange={() => onChange({ type })} />
            {t(typeWords[type])}
          </label>
        ))}
      </fieldset>
      <div className="images-filters__field">
        <label htmlFor={`${id}-visibility`}>{t('images.filters.visibility')}</label>
        <select id={`${id}-visibility`} value={filters.visibility} onChange={(event) => onChange({ visibility: event.target.value as VisibilityFilter })}>
          {VISIBILITY_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(visibilityWords[value])}
            </option>
          ))}
        </select>
      </div>
      <div className="images-filters__field">
        <label htmlFor={`${id}-status`}>{t('images.filters.status')}</label>
        <select id={`${id}-status`} value={filters.status} onChange={(event) => onChange({ status: event.target.value as StatusFilter })}>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(statusWords[value])}
            </option>
          ))}
        </select>
      </div>
      <div className="images-filters__field images-filters__field--grow">
        <label htmlFor={`${id}-name`}>{t('images.filters.name')}</label>
        <input id={`${id}-name`} type="search" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      {(filters.type !== 'all' || filters.visibility !== 'all' || filters.status !== '' || filters.name !== '') && (
        <button type="button" className="button" onClick={() => onChange({ type: 'all', visibility: 'all', status: '', name: '' })}>
          {t('images.filters.clear')}
        </button>
      )}
    </div>
  );
}
