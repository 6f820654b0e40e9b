import type { Translation } from '../../types';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  appName: 'Panel migawek',
  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  cancel: 'Anuluj',
  close: 'Zamknij',
  save: 'Zapisz',
  delete: 'Usuń',
  edit: 'Edytuj',
  launch: 'Uruchom',
  yes: 'Tak',
  no: 'Nie',
  none: 'Brak',
  unknown: 'Nieznany',
  actions: 'Akcje',
  moreActions: 'Więcej akcji dla {name}',
  notAvailable: '—',
  language: 'Język',
  languages: { en: 'English', pl: 'Polski' },
  created: 'Utworzono',
  name: 'Nazwa',
  status: 'Stan',
  items: { one: '{count} element', few: '{count} elementy', many: '{count} elementów', other: '{count} elementu' },
  requestId: 'Identyfikator żądania: {id}',
  errorDetails: 'Szczegóły',
  copy: {
    id: 'Kopiuj ID',
    copied: 'Skopiowano',
    failed: 'Nie udało się skopiować; zaznacz ID i skopiuj je ręcznie.',
  },
};
