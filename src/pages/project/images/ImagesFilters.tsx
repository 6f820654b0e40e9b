import { useId } from 'react';
import { FilterBar } from '@/components/filters/FilterBar';
import { SearchFilter } from '@/components/filters/SearchFilter';
import { SelectFilter } from '@/components/filters/SelectFilter';
import { useI18n, type MessageKey } from '@/i18n';
import { STATUS_FILTERS, TYPE_FILTERS, VISIBILITY_FILTERS, type ImagesListFilters, type StatusFilter, type TypeFilter, type VisibilityFilter } from './images-url-state';

const typeWords: Record<TypeFilter, MessageKey> = {
  all: 'images.filters.typeAll',
  images: 'images.filters.typeImages',
  snapshots: 'images.filters.typeSnapshots',
};
const visibilityWords: Record<VisibilityFilter, MessageKey> = {
  all: 'images.filters.visibilityAll',
  project: 'images.filters.visibilityProject',
  shared: 'images.filters.visibilityShared',
  'shared-with-me': 'images.filters.visibilitySharedWithMe',
  public: 'images.filters.visibilityPublic',
  community: 'images.filters.visibilityCommunity',
};
const statusWord = (status: StatusFilter): MessageKey => (status === '' ? 'images.filters.statusAny' : `images.status.${status}`);

interface ImagesFiltersProps {
  filters: ImagesListFilters;
  onChange(update: Partial<ImagesListFilters>, options?: { replace?: boolean }): void;
}

export function ImagesFilters({ filters, onChange }: ImagesFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <FilterBar label={t('images.filters.label')}>
      <fieldset className="images-filters__type">
        <legend className="visually-hidden">{t('images.filters.type')}</legend>
        {TYPE_FILTERS.map((type) => (
          <label key={type} className={`images-filters__chip${filters.type === type ? ' images-filters__chip--on' : ''}`}>
            <input type="radio" name={`${id}-type`} value={type} checked={filters.type === type} onChange={() => onChange({ type })} />
            {t(typeWords[type])}
          </label>
        ))}
      </fieldset>
      <SelectFilter
        label={t('images.filters.visibility')}
        value={filters.visibility}
        options={VISIBILITY_FILTERS}
        optionLabel={(value) => t(visibilityWords[value])}
        onChange={(visibility) => onChange({ visibility })}
      />
      <SelectFilter
        label={t('images.filters.status')}
        value={filters.status}
        options={STATUS_FILTERS}
        optionLabel={(value) => t(statusWord(value))}
        onChange={(status) => onChange({ status })}
      />
      <SearchFilter
        label={t('images.filters.name')}
        value={filters.name}
        onCommit={(name) => onChange({ name }, { replace: true })}
        className="images-filters__field--grow"
      />
      {(filters.type !== 'all' || filters.visibility !== 'all' || filters.status !== '' || filters.name !== '') && (
        <button type="button" className="button" onClick={() => onChange({ type: 'all', visibility: 'all', status: '', name: '' })}>
          {t('images.filters.clear')}
        </button>
      )}
    </FilterBar>
  );
}
