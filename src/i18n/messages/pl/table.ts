import type { Translation } from '../../types';
import type { table as en } from '../en/table';

export const table: Translation<typeof en> = {
  title: 'Tabela',
  actions: 'Akcje',
  selectAll: 'Zaznacz wszystkie wiersze na tej stronie',
  selectRow: 'Zaznacz {name}',
  details: 'Szczegóły: {name}',
  detailsColumn: 'Szczegóły',
  empty: 'Brak elementów do wyświetlenia.',
  loading: 'Wczytywanie…',
  pager: {
    label: 'Stronicowanie',
    previous: 'Poprzednia',
    next: 'Następna',
    pageSize: 'Elementów na stronie',
    displaying: {
      one: 'Wyświetlono {count} element',
      few: 'Wyświetlono {count} elementy',
      many: 'Wyświetlono {count} elementów',
      other: 'Wyświetlono {count} elementu',
    },
  },
  rowActions: {
    more: 'Więcej akcji dla {name}',
    menu: 'Akcje dla {name}',
  },
  batch: {
    label: 'Akcje dla zaznaczonych wierszy',
    selected: {
      one: 'Zaznaczono {count} element',
      few: 'Zaznaczono {count} elementy',
      many: 'Zaznaczono {count} elementów',
      other: 'Zaznaczono {count} elementu',
    },
    noneSelected: 'Zaznacz wiersze, aby wykonać na nich akcję.',
    skipped: {
      one: '{count} z zaznaczonych elementów zostanie pominięty: {reasons}',
      few: '{count} z zaznaczonych elementów zostaną pominięte: {reasons}',
      many: '{count} z zaznaczonych elementów zostanie pominiętych: {reasons}',
      other: '{count} z zaznaczonych elementów zostanie pominięte: {reasons}',
    },
    noneAllowed: 'Żadnego z zaznaczonych elementów nie można zmienić: {reasons}',
  },
  dialog: {
    close: 'Zamknij okno',
    cancel: 'Anuluj',
    working: 'Trwa wykonywanie…',
  },
  quota: {
    used: 'Wykorzystano {used} z {limit}',
    usedUnlimited: 'Wykorzystano {used}, bez limitu',
    request: 'To żądanie: {requested}',
    left: 'Po tym żądaniu zostanie {amount}',
    over: 'Przekroczono o {amount}',
    valueText: '{total} z {limit}',
    valueTextUnlimited: '{total}, bez limitu',
  },
  error: {
    title: 'Coś poszło nie tak',
    requestId: 'Identyfikator żądania: {id}',
    retry: 'Spróbuj ponownie',
  },
  toast: {
    region: 'Powiadomienia',
    dismiss: 'Zamknij powiadomienie: {title}',
  },
  bulk: {
    toDelete: {
      one: 'Zaznaczono {count} element. Zostanie usunięty:',
      few: 'Zaznaczono {count} elementy. Zostaną usunięte:',
      many: 'Zaznaczono {count} elementów. Zostaną usunięte:',
      other: 'Zaznaczono {count} elementu. Zostaną usunięte:',
    },
    toSkip: {
      one: '{count} zaznaczony element nie zostanie usunięty:',
      few: '{count} zaznaczone elementy nie zostaną usunięte:',
      many: '{count} zaznaczonych elementów nie zostanie usuniętych:',
      other: '{count} zaznaczonego elementu nie zostanie usunięte:',
    },
    nothingToDelete: 'Żadnego z zaznaczonych elementów nie można usunąć.',
    progressLabel: 'Postęp usuwania',
    progress: 'Usuwanie {done} z {total}',
    deleted: {
      one: 'Usunięto {count} element:',
      few: 'Usunięto {count} elementy:',
      many: 'Usunięto {count} elementów:',
      other: 'Usunięto {count} elementu:',
    },
    failed: {
      one: 'Nie udało się usunąć {count} elementu:',
      few: 'Nie udało się usunąć {count} elementów:',
      many: 'Nie udało się usunąć {count} elementów:',
      other: 'Nie udało się usunąć {count} elementu:',
    },
    skipped: {
      one: 'Pominięto {count} element:',
      few: 'Pominięto {count} elementy:',
      many: 'Pominięto {count} elementów:',
      other: 'Pominięto {count} elementu:',
    },
    allDeleted: {
      one: 'Element został usunięty.',
      few: 'Wszystkie {count} elementy zostały usunięte.',
      many: 'Wszystkie {count} elementów zostało usuniętych.',
      other: 'Usunięto wszystkie elementy ({count}).',
    },
    delete: 'Usuń',
    close: 'Zamknij',
    cancel: 'Anuluj',
  },
};
